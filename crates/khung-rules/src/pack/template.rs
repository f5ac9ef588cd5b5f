//! Message and help templates: literal text with `{expr}` holes (CEL), `{{` and `}}` for braces.

use khung_diag::{Code, Diagnostic, Message};

use crate::cel::parse::TextLocation;
use crate::pack::read::SourceText;

/// One piece of a template before checking.
#[derive(Debug, Clone)]
pub enum RawPart {
    /// Literal text.
    Text(String),
    /// An expression and where it is.
    Expr(String, TextLocation),
}

/// Splits a template into text and expressions.
pub fn split(source: &SourceText, diagnostics: &mut Vec<Diagnostic>) -> Vec<RawPart> {
    let text = source.text.as_str();
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((offset, ch)) = chars.next() {
        match ch {
            '{' if chars.peek().is_some_and(|(_, next)| *next == '{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek().is_some_and(|(_, next)| *next == '}') => {
                chars.next();
                literal.push('}');
            }
            '{' => {
                // The hole ends at the matching `}` outside string literals.
                let start = offset + 1;
                let mut depth = 1usize;
                let mut quote: Option<char> = None;
                let mut end = None;
                for (position, c) in chars.by_ref() {
                    match (quote, c) {
                        (Some(q), c) if c == q => quote = None,
                        (Some(_), _) => {}
                        (None, '\'' | '"') => quote = Some(c),
                        (None, '{') => depth += 1,
                        (None, '}') => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(position);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let Some(end) = end else {
                    diagnostics.push(Diagnostic::new(
                        Code::RulePackSyntax,
                        source.span,
                        Message::new("rule-template-unclosed"),
                    ));
                    return parts;
                };
                if !literal.is_empty() {
                    parts.push(RawPart::Text(std::mem::take(&mut literal)));
                }
                let location = match source.verbatim_at {
                    Some(base) => {
                        TextLocation::verbatim(source.span.file, base + start, end - start)
                    }
                    None => TextLocation::fixed(source.span),
                };
                parts.push(RawPart::Expr(text[start..end].to_owned(), location));
            }
            _ => literal.push(ch),
        }
    }
    if !literal.is_empty() {
        parts.push(RawPart::Text(literal));
    }
    parts
}
