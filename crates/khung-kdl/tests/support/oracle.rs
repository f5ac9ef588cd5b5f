//! Compares khung's parser with the `kdl` crate on one text, and recognises the disagreements
//! that come from known bugs of the `kdl` crate (6.7.1).

use std::panic::{AssertUnwindSafe, catch_unwind};

use khung_diag::FileId;
use khung_kdl::{ParseOptions, parse};

use crate::support::semantic::{equal_but_float_range, from_kdl, from_ours};

/// How the two parsers treated one input.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Agree,
    /// Both accept; the trees differ only where we keep a decimal out of the `f64` range that
    /// the `kdl` crate turned into infinity or zero.
    KdlLostFloatRange,
    TreesDiffer(String),
    OnlyWeAccept,
    /// The `kdl` crate accepts; our diagnostics as (message id, source text).
    OnlyKdlAccepts(Vec<(String, String)>),
    KdlPanicked,
}

/// Parses `text` with both parsers and compares acceptance and trees.
pub fn compare(text: &str) -> Verdict {
    let (document, diagnostics) = parse(FileId(0), text, &ParseOptions::default());
    let ours = diagnostics.is_empty().then(|| from_ours(&document));
    let theirs = match catch_unwind(AssertUnwindSafe(|| kdl::KdlDocument::parse_v2(text))) {
        Ok(Ok(document)) => Some(from_kdl(&document)),
        Ok(Err(_)) => None,
        Err(_) => return Verdict::KdlPanicked,
    };
    match (ours, theirs) {
        (None, None) => Verdict::Agree,
        (Some(ours), Some(theirs)) if ours == theirs => Verdict::Agree,
        (Some(ours), Some(theirs)) if equal_but_float_range(&ours, &theirs) => {
            Verdict::KdlLostFloatRange
        }
        (Some(ours), Some(theirs)) => {
            Verdict::TreesDiffer(format!("ours: {ours:?}\ntheirs: {theirs:?}"))
        }
        (Some(_), None) => Verdict::OnlyWeAccept,
        (None, Some(_)) => Verdict::OnlyKdlAccepts(
            diagnostics
                .iter()
                .map(|diagnostic| {
                    let span = diagnostic.primary_span().map_or(0..0, |span| span.range());
                    let quoted = text.get(span).unwrap_or("").to_owned();
                    (diagnostic.message.id.to_string(), quoted)
                })
                .collect(),
        ),
    }
}

/// Known bugs of the `kdl` crate 6.7.1, each with the reason (see [`known_kdl_bug`]).
pub const SLASHDASH_WITHOUT_SPACE: &str = "rejects a slashdash that is not preceded by \
     whitespace (`a/-b`, `{/-a}`, `/* c *//-a`); KDL 2.0 needs none";
pub const SLASHDASHED_NODE_WITH_SEMICOLON: &str = "rejects a slashdashed node that ends with \
     `;` (`/-a; b`); `node-terminator` includes `;` for every node";
pub const BOTH_SLASHDASH_BUGS: &str = "both slashdash bugs above in one document";
pub const DISALLOWED_LITERALS: &str = "accepts disallowed literal code points: DEL anywhere, \
     and any of them (controls, bidi controls, BOM) inside comments; the spec forbids them \
     anywhere in the document";
pub const BARE_NEGATIVE_INF: &str =
    "accepts the bare identifier `-inf`, one of the disallowed keyword identifiers";
pub const RAW_MULTILINE_ON_ONE_LINE: &str =
    "accepts `#\"\"\"…\"\"\"#` with no newline after the opening quotes";
pub const FLOAT_RANGE: &str =
    "reads a decimal beyond the f64 range as infinity or 0.0 (we keep its source text)";

/// The known `kdl` crate bug that explains a disagreement. Where a rewrite of the text can
/// avoid the bug without changing its meaning, the parsers must then agree on the rewrite.
pub fn known_kdl_bug(text: &str, verdict: &Verdict) -> Option<&'static str> {
    match verdict {
        Verdict::KdlLostFloatRange => Some(FLOAT_RANGE),
        Verdict::OnlyWeAccept => [
            (rewrite(text, true, false), SLASHDASH_WITHOUT_SPACE),
            (rewrite(text, false, true), SLASHDASHED_NODE_WITH_SEMICOLON),
            (rewrite(text, true, true), BOTH_SLASHDASH_BUGS),
        ]
        .into_iter()
        .find(|(rewritten, _)| both_accept_alike(text, rewritten))
        .map(|(_, bug)| bug),
        Verdict::OnlyKdlAccepts(diagnostics) => {
            let all = |pick: &dyn Fn(&str, &str) -> bool| {
                diagnostics.iter().all(|(id, quoted)| pick(id, quoted))
            };
            if all(&|id, _| id.starts_with("kdl-disallowed-")) {
                let cleaned: String = text
                    .chars()
                    .map(|ch| if is_disallowed(ch) { ' ' } else { ch })
                    .collect();
                return both_accept_alike(text, &cleaned).then_some(DISALLOWED_LITERALS);
            }
            if all(&|id, quoted| id == "kdl-bare-keyword" && quoted == "-inf") {
                return Some(BARE_NEGATIVE_INF);
            }
            if all(&|id, quoted| id == "kdl-multiline-opening" && quoted.starts_with('#')) {
                return Some(RAW_MULTILINE_ON_ONE_LINE);
            }
            None
        }
        _ => None,
    }
}

fn is_disallowed(ch: char) -> bool {
    matches!(ch, '\u{0}'..='\u{8}' | '\u{E}'..='\u{1F}' | '\u{7F}' | '\u{200E}' | '\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether `rewritten` differs from `text` and both parsers accept it alike.
fn both_accept_alike(text: &str, rewritten: &str) -> bool {
    if rewritten == text {
        return false;
    }
    let verdict = compare(rewritten);
    (verdict == Verdict::Agree || verdict == Verdict::KdlLostFloatRange)
        && parse(FileId(0), rewritten, &ParseOptions::default())
            .1
            .is_empty()
}

/// Rewrites valid KDL outside strings and comments: a space before every `/-` that follows a
/// non-space (`space_slashdashes`) and a newline for every `;` (`newline_semicolons`). Both keep
/// the document's meaning.
fn rewrite(text: &str, space_slashdashes: bool, newline_semicolons: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut index = 0;
    while index < chars.len() {
        let skip = skip_string_or_comment(&chars, index);
        if skip > index {
            out.extend(&chars[index..skip]);
            index = skip;
            continue;
        }
        let ch = chars[index];
        if space_slashdashes
            && ch == '/'
            && chars.get(index + 1) == Some(&'-')
            && index > 0
            && !chars[index - 1].is_whitespace()
        {
            out.push(' ');
        }
        if newline_semicolons && ch == ';' {
            out.push('\n');
        } else {
            out.push(ch);
        }
        index += 1;
    }
    out
}

/// If a string or comment starts at `start`, the index just past it; otherwise `start`.
fn skip_string_or_comment(chars: &[char], start: usize) -> usize {
    let at = |index: usize| chars.get(index).copied().unwrap_or('\0');
    let find = |from: usize, pattern: &[char]| {
        (from..=chars.len().saturating_sub(pattern.len()))
            .find(|&index| chars[index..].starts_with(pattern))
            .map_or(chars.len(), |index| index + pattern.len())
    };
    match (at(start), at(start + 1)) {
        ('/', '/') => (start..chars.len())
            .find(|&index| chars[index] == '\n')
            .unwrap_or(chars.len()),
        ('/', '*') => {
            let (mut depth, mut index) = (1, start + 2);
            while depth > 0 && index < chars.len() {
                if at(index) == '/' && at(index + 1) == '*' {
                    depth += 1;
                    index += 2;
                } else if at(index) == '*' && at(index + 1) == '/' {
                    depth -= 1;
                    index += 2;
                } else {
                    index += 1;
                }
            }
            index
        }
        ('"', _) if chars[start..].starts_with(&['"', '"', '"']) => {
            let mut index = start + 3;
            while index < chars.len() && !chars[index..].starts_with(&['"', '"', '"']) {
                index += if chars[index] == '\\' { 2 } else { 1 };
            }
            index + 3
        }
        ('"', _) => {
            let mut index = start + 1;
            while index < chars.len() && chars[index] != '"' {
                index += if chars[index] == '\\' { 2 } else { 1 };
            }
            index + 1
        }
        ('#', '#' | '"') => {
            let hashes = chars[start..].iter().take_while(|&&ch| ch == '#').count();
            let open = start + hashes;
            let multiline = chars[open..].starts_with(&['"', '"', '"']);
            let mut closing: Vec<char> = vec!['"'; if multiline { 3 } else { 1 }];
            closing.extend(std::iter::repeat_n('#', hashes));
            find(open + closing.len() - hashes, &closing)
        }
        _ => start,
    }
}
