//! Escaping of model strings for each output language. Every string from a model or a rule
//! pack is untrusted: it must come out as text, never as markup.

use std::fmt::Write as _;

/// Escapes text for Markdown (CommonMark/GFM), safe inside a table cell and inline anywhere:
/// markup characters are backslash-escaped, `<`, `>` and `&` become entities (no raw HTML or
/// comments can start), and line breaks become spaces (a cell cannot end, a block cannot start).
#[must_use]
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if is_line_break(c) || c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for XML character data and attribute values; drops the characters XML 1.0
/// cannot hold at all (most C0 controls, U+FFFE, U+FFFF).
#[must_use]
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Tabs and line breaks in attributes would be normalised away; keep them as
            // character references so the value survives.
            '\t' | '\n' | '\r' => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// Escapes text for XML element content: as [`xml`], but tabs and line feeds stay as they are
/// (they are kept in content).
#[must_use]
pub fn xml_text(text: &str) -> String {
    xml(text).replace("&#9;", "\t").replace("&#10;", "\n")
}

/// Makes text safe for a terminal: control characters (escape sequences, carriage returns,
/// line breaks) and bidirectional overrides become spaces, so a name cannot recolour, move
/// the cursor, reorder or fake lines of the output.
#[must_use]
pub fn terminal(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || is_line_break(c) || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The longest run of backticks in `text` plus one (at least 3): a code fence that the text
/// cannot close.
#[must_use]
pub fn fence_for(text: &str) -> String {
    let mut longest = 0;
    let mut current = 0;
    for c in text.chars() {
        if c == '`' {
            current += 1;
            longest = longest.max(current);
        } else {
            current = 0;
        }
    }
    "`".repeat((longest + 1).max(3))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_neutralises_cells_code_html_and_breaks() {
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(markdown("`x`"), "\\`x\\`");
        assert_eq!(markdown("<script>"), "&lt;script&gt;");
        assert_eq!(markdown("one\ntwo\r\nthree"), "one two  three");
        assert_eq!(markdown("<!-- c -->"), "&lt;\\!-- c --&gt;");
        assert_eq!(markdown("Hệ thống"), "Hệ thống");
    }

    #[test]
    fn xml_escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(xml("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&apos;");
        assert_eq!(xml("]]>"), "]]&gt;");
        assert_eq!(xml("x\u{1}y"), "x\u{FFFD}y");
        assert_eq!(xml("a\nb"), "a&#10;b");
    }

    #[test]
    fn terminal_text_has_no_escape_sequences_or_breaks() {
        assert_eq!(terminal("a\u{1b}[31mb\nc\u{202E}d"), "a [31mb c d");
    }

    #[test]
    fn fences_are_longer_than_any_backtick_run() {
        assert_eq!(fence_for("plain"), "```");
        assert_eq!(fence_for("a ```` b"), "`````");
    }
}
