//! Escaping of model strings for each output format. Every string that comes from a model
//! (names, ids, descriptions, labels) goes through one of these before it reaches output.
//!
//! All of them first [`clean`] the text: control characters and bidirectional overrides are
//! removed, and line breaks become spaces (every format here is line-based or would
//! otherwise let a name start a new statement).

/// Removes control characters (line breaks and tabs become spaces), bidirectional
/// embedding/override/isolate characters, and the non-characters U+FFFE/U+FFFF that XML
/// forbids.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            '\u{0000}'..='\u{001F}'
            | '\u{007F}'..='\u{009F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FFFE}'
            | '\u{FFFF}' => None,
            other => Some(other),
        })
        .collect()
}

/// [`clean`]s `text`, then writes each character through `replacement` (`None`: keep it).
/// Every escaper below is one such table.
fn escape_with(text: &str, replacement: fn(char) -> Option<&'static str>) -> String {
    let cleaned = clean(text);
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        match replacement(c) {
            Some(escaped) => out.push_str(escaped),
            None => out.push(c),
        }
    }
    out
}

/// Text content of an XML/SVG element.
pub(crate) fn xml_text(text: &str) -> String {
    escape_with(text, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        _ => None,
    })
}

/// An XML/SVG attribute value (to be written inside double quotes).
pub(crate) fn xml_attribute(text: &str) -> String {
    escape_with(text, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&apos;"),
        _ => None,
    })
}

/// The inside of a backslash-escaped double-quoted string: DOT labels (backslash escapes such
/// as `\N` or `\l` would otherwise be interpreted by Graphviz) and YAML double-quoted scalars
/// (the Mermaid front-matter title).
fn backslash_quoted(text: &str) -> String {
    escape_with(text, |c| match c {
        '"' => Some("\\\""),
        '\\' => Some("\\\\"),
        _ => None,
    })
}

/// The inside of a DOT double-quoted string.
pub(crate) fn dot_string(text: &str) -> String {
    backslash_quoted(text)
}

/// The inside of a Mermaid double-quoted label. Mermaid decodes `#name;` and `#number;`
/// entity codes in labels; everything that could close the label, start markdown, or be
/// read as HTML is written as such a code.
pub(crate) fn mermaid_string(text: &str) -> String {
    escape_with(text, |c| match c {
        '"' => Some("#quot;"),
        '#' => Some("#35;"),
        '&' => Some("#amp;"),
        '<' => Some("#lt;"),
        '>' => Some("#gt;"),
        '`' => Some("#96;"),
        '|' => Some("#124;"),
        '%' => Some("#37;"),
        '\\' => Some("#92;"),
        _ => None,
    })
}

/// A YAML double-quoted scalar's inside (the Mermaid front-matter title).
pub(crate) fn yaml_string(text: &str) -> String {
    backslash_quoted(text)
}

/// The inside of a PlantUML double-quoted macro argument. PlantUML renders `&#N;` as the
/// character N; the preprocessor's markers (`!`, `$`, `%`, `'`, `\`, `@`), Creole's HTML-like
/// tags, links and colours, and doubled Creole markup (`**`, `//`, `--`, `__`, `~~`, `==`,
/// `^^`, `{{`, `}}`) are written that way so a name cannot end the string, start a directive
/// or change the markup.
pub(crate) fn plantuml_string(text: &str) -> String {
    const ALWAYS: &[char] = &[
        '"', '\\', '$', '%', '!', '@', '\'', '<', '>', '&', '`', '[', ']', '#', '|', ';',
    ];
    const WHEN_DOUBLED: &[char] = &['-', '_', '*', '/', '~', '=', '^', '{', '}', '.'];
    let characters: Vec<char> = clean(text).chars().collect();
    let mut out = String::with_capacity(text.len());
    for (index, c) in characters.iter().enumerate() {
        let previous = index.checked_sub(1).and_then(|i| characters.get(i));
        let next = characters.get(index + 1);
        let doubled = previous == Some(c) || next == Some(c);
        if ALWAYS.contains(c) || (WHEN_DOUBLED.contains(c) && doubled) {
            out.push_str(&format!("&#{};", u32::from(*c)));
        } else {
            out.push(*c);
        }
    }
    out
}

/// An identifier safe in every format: `prefix` + index + the ASCII letters and digits of
/// `id` (others become `_`), e.g. `n3_qn_motcua`. The index makes it unique.
pub(crate) fn identifier(prefix: &str, index: usize, id: &str) -> String {
    let readable: String = id
        .chars()
        .take(40)
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("{prefix}{index}_{readable}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_removes_controls_and_bidi_overrides() {
        assert_eq!(clean("a\nb\u{0007}c\u{202E}d\u{2066}e\tf"), "a bcde f");
    }

    #[test]
    fn xml_escapes_markup() {
        assert_eq!(
            xml_text("<script>&</script>]]>"),
            "&lt;script&gt;&amp;&lt;/script&gt;]]&gt;"
        );
        assert_eq!(xml_attribute("\"'<"), "&quot;&apos;&lt;");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes() {
        assert_eq!(dot_string("a\"];\\N"), "a\\\"];\\\\N");
    }

    #[test]
    fn mermaid_uses_entity_codes() {
        assert_eq!(
            mermaid_string("\"]; A-->B `x` #1 <b>"),
            "#quot;]; A--#gt;B #96;x#96; #35;1 #lt;b#gt;"
        );
    }

    #[test]
    fn plantuml_encodes_preprocessor_and_markup() {
        let escaped = plantuml_string("@enduml \"x\" !include $v **b** qn-motcua a--b");
        assert!(!escaped.contains('"'));
        assert!(!escaped.contains('@'));
        assert!(!escaped.contains('!'));
        assert!(!escaped.contains('$'));
        assert!(!escaped.contains("**"));
        assert!(!escaped.contains("--"));
        assert!(escaped.contains("qn-motcua"), "{escaped}");
    }

    #[test]
    fn identifiers_are_ascii_and_unique_by_index() {
        assert_eq!(identifier("n", 3, "qn-motcua"), "n3_qn_motcua");
        assert_eq!(identifier("n", 0, "\"];<x>"), "n0_____x_");
    }
}
