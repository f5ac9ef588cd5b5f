//! The one place that touches the `cel` crate's parser: CEL text → khung's [`Expr`], with every
//! position mapped to a span in the rule file. Macros (`has`, `exists`, …) are not expanded by
//! the crate; they are recognised here, so the tree the checker sees is the tree that was written.

use cel::common::ast::SourceInfo;
use cel::common::ast::{CallExpr, EntryExpr, Expr as CelExpr, IdedExpr, LiteralValue, operators};
use khung_diag::{Code, Diagnostic, FileId, Message, Span};

use crate::cel::ast::{BinaryOp, ComprehensionKind, Expr, ExprKind};

/// Longest expression accepted (the parser is not linear on hostile input).
const MAX_EXPRESSION_BYTES: usize = 16 * 1024;

/// Where the text of an expression sits in its file, to turn offsets into spans.
#[derive(Debug, Clone, Copy)]
pub struct TextLocation {
    /// The file.
    pub file: FileId,
    /// Byte offset of the expression's first byte in the file, when the expression is written
    /// verbatim there (no escapes); otherwise every span is `fallback`.
    pub base: Option<usize>,
    /// The span used when offsets cannot be mapped (the KDL string token).
    pub fallback: Span,
}

impl TextLocation {
    /// A location for an expression written verbatim at `base` in `file`.
    #[must_use]
    pub fn verbatim(file: FileId, base: usize, len: usize) -> TextLocation {
        TextLocation {
            file,
            base: Some(base),
            fallback: Span::new(file, base, base + len),
        }
    }

    /// A location that maps every offset to one span.
    #[must_use]
    pub fn fixed(span: Span) -> TextLocation {
        TextLocation {
            file: span.file,
            base: None,
            fallback: span,
        }
    }

    /// The span of `start..end` (byte offsets in the expression text).
    #[must_use]
    pub fn span(&self, start: usize, end: usize) -> Span {
        match self.base {
            Some(base) => Span::new(self.file, base + start, base + end.max(start)),
            None => self.fallback,
        }
    }
}

/// Parses one CEL expression. Syntax errors are `rule-pack-syntax`, constructs outside the
/// subset `unsupported-expression`; all are returned, with spans.
pub fn parse_expression(text: &str, location: TextLocation) -> Result<Expr, Vec<Diagnostic>> {
    if text.len() > MAX_EXPRESSION_BYTES {
        return Err(vec![Diagnostic::new(
            Code::RulePackSyntax,
            location.fallback,
            Message::new(Code::RulePackSyntax.as_str()).arg(
                "detail",
                format!("expression longer than {MAX_EXPRESSION_BYTES} bytes"),
            ),
        )]);
    }
    let parser = cel::Env::default()
        .parser()
        .enable_optional_syntax(false)
        .max_recursion_depth(64);
    match parser.parse_with_source_info(text) {
        Ok((expr, info)) => {
            let mut converter = Converter {
                text,
                info: &info,
                location,
                diagnostics: Vec::new(),
            };
            let converted = converter.convert(&expr);
            if converter.diagnostics.is_empty() {
                Ok(converted)
            } else {
                Err(converter.diagnostics)
            }
        }
        Err(errors) => Err(errors
            .errors
            .iter()
            .map(|error| {
                let offset = offset_of_line_column(text, error.pos.0, error.pos.1);
                let span = location.span(offset, (offset + 1).min(text.len()));
                Diagnostic::new(
                    Code::RulePackSyntax,
                    span,
                    Message::new(Code::RulePackSyntax.as_str()).arg("detail", error.msg.clone()),
                )
            })
            .collect()),
    }
}

/// Byte offset of a 1-based line and 1-based column counted in characters (the parser's
/// error positions); clamped into the text.
fn offset_of_line_column(text: &str, line: isize, column: isize) -> usize {
    let mut offset = 0;
    for (index, line_text) in text.split_inclusive('\n').enumerate() {
        if isize::try_from(index + 1).unwrap_or(isize::MAX) == line {
            let chars = usize::try_from(column - 1).unwrap_or(0);
            let within = line_text
                .char_indices()
                .nth(chars)
                .map_or(line_text.len(), |(byte, _)| byte);
            return offset + within;
        }
        offset += line_text.len();
    }
    text.len()
}

struct Converter<'t> {
    text: &'t str,
    info: &'t SourceInfo,
    location: TextLocation,
    diagnostics: Vec<Diagnostic>,
}

impl Converter<'_> {
    /// The token span of a node (start..=stop in the parser's terms).
    fn token(&self, id: u64) -> (usize, usize) {
        match self.info.offset_for(id) {
            Some((start, stop)) => (start as usize, (stop as usize + 1).min(self.text.len())),
            None => (0, self.text.len()),
        }
    }

    fn span(&self, range: (usize, usize)) -> Span {
        self.location.span(range.0, range.1)
    }

    /// The span of `word` at or after `from` (skipping whitespace and dots), else at `from`.
    fn word_after(&self, from: usize, word: &str) -> Span {
        let rest = self.text.get(from..).unwrap_or("");
        let skipped = rest.len()
            - rest
                .trim_start_matches(|c: char| c == '.' || c.is_whitespace())
                .len();
        let start = from + skipped;
        if self.text.get(start..start + word.len()) == Some(word) {
            self.span((start, start + word.len()))
        } else {
            self.span((from, from + 1))
        }
    }

    /// The span of `word` ending right before `before` (a call's name before its `(`).
    fn word_before(&self, before: usize, word: &str) -> Span {
        let head = self.text.get(..before).unwrap_or("");
        let trimmed = head.trim_end();
        if trimmed.ends_with(word) {
            let start = trimmed.len() - word.len();
            self.span((start, trimmed.len()))
        } else {
            self.span((before, before + 1))
        }
    }

    /// Reports a construct outside the subset, quoting the source text at `span`.
    fn unsupported(&mut self, span: Span, _what: &str) -> Expr {
        let quoted = match self.location.base {
            Some(base) => {
                let start = (span.start as usize).saturating_sub(base);
                let end = (span.end as usize).saturating_sub(base);
                self.text.get(start..end).unwrap_or(self.text).to_owned()
            }
            None => self.text.to_owned(),
        };
        self.diagnostics.push(Diagnostic::new(
            Code::UnsupportedExpression,
            span,
            Message::new(Code::UnsupportedExpression.as_str()).arg("detail", format!("`{quoted}`")),
        ));
        Expr::new(ExprKind::Bool(false), span)
    }

    fn convert(&mut self, node: &IdedExpr) -> Expr {
        let token = self.token(node.id);
        let token_span = self.span(token);
        match &node.expr {
            CelExpr::Literal(literal) => match literal {
                LiteralValue::Boolean(value) => {
                    Expr::new(ExprKind::Bool(*value.inner()), token_span)
                }
                LiteralValue::Int(value) => Expr::new(ExprKind::Int(*value.inner()), token_span),
                LiteralValue::UInt(value) => match i64::try_from(*value.inner()) {
                    Ok(value) => Expr::new(ExprKind::Int(value), token_span),
                    Err(_) => {
                        self.unsupported(token_span, "an unsigned integer above the int range")
                    }
                },
                LiteralValue::String(value) => {
                    Expr::new(ExprKind::Str(value.inner().to_owned()), token_span)
                }
                LiteralValue::Double(_) => self.unsupported(token_span, "a floating-point number"),
                LiteralValue::Bytes(_) => self.unsupported(token_span, "a bytes literal"),
                LiteralValue::Null => self.unsupported(token_span, "`null`"),
            },
            CelExpr::Ident(name) => Expr::new(ExprKind::Ident(name.clone()), token_span),
            CelExpr::Select(select) => {
                let operand = self.convert(&select.operand);
                let field_span = self.word_after(token.0, &select.field);
                let span = operand.span.cover(field_span).cover(token_span);
                Expr::new(
                    ExprKind::Select {
                        operand: Box::new(operand),
                        field: select.field.clone(),
                        field_span,
                    },
                    span,
                )
            }
            CelExpr::List(list) => {
                let items: Vec<Expr> = list
                    .elements
                    .iter()
                    .map(|item| self.convert(item))
                    .collect();
                let span = items
                    .iter()
                    .fold(token_span, |span, item| span.cover(item.span));
                let span = span.cover(self.closing(span, ']'));
                Expr::new(ExprKind::List(items), span)
            }
            CelExpr::Map(map) => {
                let mut entries = Vec::new();
                let mut span = token_span;
                for entry in &map.entries {
                    match &entry.expr {
                        EntryExpr::MapEntry(entry) if !entry.optional => {
                            let key = self.convert(&entry.key);
                            let value = self.convert(&entry.value);
                            span = span.cover(key.span).cover(value.span);
                            entries.push((key, value));
                        }
                        _ => {
                            return self.unsupported(token_span, "an optional or struct map entry");
                        }
                    }
                }
                let span = span.cover(self.closing(span, '}'));
                Expr::new(ExprKind::Map(entries), span)
            }
            CelExpr::Call(call) => self.convert_call(call, token, token_span),
            CelExpr::Struct(_) => self.unsupported(token_span, "a message literal"),
            CelExpr::Comprehension(_) => self.unsupported(token_span, "a comprehension"),
            CelExpr::Unspecified => self.unsupported(token_span, "an empty expression"),
        }
    }

    /// The span of the closing bracket right after `span`, if it is there.
    fn closing(&self, span: Span, bracket: char) -> Span {
        let Some(base) = self.location.base else {
            return span;
        };
        let end = (span.end as usize).saturating_sub(base);
        let rest = self.text.get(end..).unwrap_or("");
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if trimmed.starts_with(bracket) {
            let at = end + (rest.len() - trimmed.len());
            self.span((at, at + 1))
        } else {
            span
        }
    }

    fn convert_call(&mut self, call: &CallExpr, token: (usize, usize), token_span: Span) -> Expr {
        let name = call.func_name.as_str();
        let binary = |op: &str| -> Option<BinaryOp> {
            Some(match op {
                operators::LOGICAL_AND => BinaryOp::And,
                operators::LOGICAL_OR => BinaryOp::Or,
                operators::EQUALS => BinaryOp::Eq,
                operators::NOT_EQUALS => BinaryOp::Ne,
                operators::LESS => BinaryOp::Lt,
                operators::LESS_EQUALS => BinaryOp::Le,
                operators::GREATER => BinaryOp::Gt,
                operators::GREATER_EQUALS => BinaryOp::Ge,
                operators::ADD => BinaryOp::Add,
                operators::SUBSTRACT => BinaryOp::Sub,
                operators::MULTIPLY => BinaryOp::Mul,
                operators::DIVIDE => BinaryOp::Div,
                operators::MODULO => BinaryOp::Rem,
                operators::IN => BinaryOp::In,
                _ => return None,
            })
        };
        if call.target.is_none() {
            if let (Some(op), [lhs, rhs]) = (binary(name), call.args.as_slice()) {
                let lhs = self.convert(lhs);
                let rhs = self.convert(rhs);
                let span = lhs.span.cover(rhs.span).cover(token_span);
                return Expr::new(
                    ExprKind::Binary {
                        op,
                        lhs: Box::new(lhs),
                        rhs: Box::new(rhs),
                    },
                    span,
                );
            }
            match (name, call.args.as_slice()) {
                (operators::LOGICAL_NOT, [operand]) => {
                    let operand = self.convert(operand);
                    let span = token_span.cover(operand.span);
                    return Expr::new(ExprKind::Not(Box::new(operand)), span);
                }
                (operators::NEGATE, [operand]) => {
                    let operand = self.convert(operand);
                    let span = token_span.cover(operand.span);
                    if let ExprKind::Int(value) = operand.kind {
                        return Expr::new(ExprKind::Int(value.wrapping_neg()), span);
                    }
                    return Expr::new(ExprKind::Neg(Box::new(operand)), span);
                }
                (operators::CONDITIONAL, [cond, then, otherwise]) => {
                    let cond = self.convert(cond);
                    let then = self.convert(then);
                    let otherwise = self.convert(otherwise);
                    let span = cond.span.cover(otherwise.span);
                    return Expr::new(
                        ExprKind::Cond {
                            cond: Box::new(cond),
                            then: Box::new(then),
                            otherwise: Box::new(otherwise),
                        },
                        span,
                    );
                }
                (operators::INDEX, [operand, index]) => {
                    let operand = self.convert(operand);
                    let index = self.convert(index);
                    let span = operand
                        .span
                        .cover(index.span)
                        .cover(self.closing(index.span, ']'));
                    return Expr::new(
                        ExprKind::Index {
                            operand: Box::new(operand),
                            index: Box::new(index),
                        },
                        span,
                    );
                }
                (operators::HAS, [argument]) => {
                    let name_span = self.word_before(token.0, name);
                    let converted = self.convert(argument);
                    let span = name_span
                        .cover(converted.span)
                        .cover(self.closing(converted.span, ')'));
                    return match converted.kind {
                        ExprKind::Select {
                            operand,
                            field,
                            field_span,
                        } => Expr::new(
                            ExprKind::Has {
                                operand,
                                field,
                                field_span,
                            },
                            span,
                        ),
                        _ => self.unsupported(span, "`has()` of anything but a field selection"),
                    };
                }
                _ => {}
            }
            if name.starts_with('_')
                || name.starts_with('@')
                || name.starts_with('!')
                || name.starts_with('-')
            {
                return self.unsupported(token_span, &format!("the operator `{name}`"));
            }
        }
        let name_span = self.word_before(token.0, name);
        if let Some(target) = &call.target
            && let Some(kind) = ComprehensionKind::from_name(name)
        {
            let argument_count_fits = match kind {
                ComprehensionKind::Map => matches!(call.args.len(), 2 | 3),
                _ => call.args.len() == 2,
            };
            if argument_count_fits {
                if let CelExpr::Ident(var) = &call.args[0].expr {
                    let var_span = self.span(self.token(call.args[0].id));
                    let range = self.convert(target);
                    let mut rest: Vec<Expr> =
                        call.args[1..].iter().map(|arg| self.convert(arg)).collect();
                    let body = rest
                        .pop()
                        .unwrap_or_else(|| Expr::new(ExprKind::Bool(false), var_span));
                    let filter = rest.pop().map(Box::new);
                    let span = range
                        .span
                        .cover(body.span)
                        .cover(self.closing(body.span, ')'));
                    return Expr::new(
                        ExprKind::Comprehension {
                            kind,
                            range: Box::new(range),
                            var: var.clone(),
                            var_span,
                            filter,
                            body: Box::new(body),
                        },
                        span,
                    );
                }
                let span = self.span(self.token(call.args[0].id));
                return self.unsupported(span, "a comprehension variable that is not a plain name");
            }
        }
        let target = call
            .target
            .as_ref()
            .map(|target| Box::new(self.convert(target)));
        let args: Vec<Expr> = call.args.iter().map(|arg| self.convert(arg)).collect();
        let mut span = name_span.cover(token_span);
        if let Some(target) = &target {
            span = span.cover(target.span);
        }
        for arg in &args {
            span = span.cover(arg.span);
        }
        let span = span.cover(self.closing(span, ')'));
        Expr::new(
            ExprKind::Call {
                name: name.to_owned(),
                name_span,
                target,
                args,
            },
            span,
        )
    }
}
