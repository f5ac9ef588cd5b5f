//! Greedy word wrapping by measured width.

use super::{is_zero_width, text_width};

/// The ellipsis appended when text is cut to `max_lines`.
const ELLIPSIS: char = '…';

/// Splits `text` into lines no wider than `max_width` pixels at `font_size` (a single
/// character wider than `max_width` still gets its own line). Whitespace runs, including
/// newlines, become single spaces; words longer than a line are broken between characters
/// (never before a combining mark). At most `max_lines` lines are returned; when text is cut,
/// the last line ends with `…`. Empty text gives no lines.
#[must_use]
pub(crate) fn wrap(text: &str, max_width: f64, font_size: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut truncated = false;
    'words: for word in text.split_whitespace() {
        for piece in split_long_word(word, max_width, font_size) {
            let candidate = if current.is_empty() {
                piece.clone()
            } else {
                format!("{current} {piece}")
            };
            if current.is_empty() || text_width(&candidate, font_size) <= max_width {
                current = candidate;
            } else {
                lines.push(std::mem::replace(&mut current, piece));
                if lines.len() == max_lines {
                    truncated = true;
                    break 'words;
                }
            }
        }
    }
    if !truncated && !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        truncated = true;
    }
    if truncated && let Some(last) = lines.last_mut() {
        append_ellipsis(last, max_width, font_size);
    }
    lines
}

/// Breaks a word into pieces that fit `max_width` (each piece at least one character, with
/// the combining marks that follow it).
fn split_long_word(word: &str, max_width: f64, font_size: f64) -> Vec<String> {
    if text_width(word, font_size) <= max_width {
        return vec![word.to_owned()];
    }
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for character in word.chars() {
        let mut candidate = piece.clone();
        candidate.push(character);
        let breakable = !is_zero_width(character) && !piece.is_empty();
        if breakable && text_width(&candidate, font_size) > max_width {
            pieces.push(std::mem::take(&mut piece));
            piece.push(character);
        } else {
            piece = candidate;
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Shortens `line` until `line…` fits `max_width` (keeping at least the ellipsis).
fn append_ellipsis(line: &mut String, max_width: f64, font_size: f64) {
    loop {
        let candidate = format!("{line}{ELLIPSIS}");
        if line.is_empty() || text_width(&candidate, font_size) <= max_width {
            *line = candidate;
            return;
        }
        line.pop();
        // Drop the combining marks whose base was removed, and a trailing space.
        while line.ends_with(is_zero_width) || line.ends_with(' ') {
            line.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: f64 = 13.0;

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(wrap("Một cửa", 200.0, SIZE, 4), ["Một cửa"]);
        assert!(wrap("  \n ", 200.0, SIZE, 4).is_empty());
    }

    #[test]
    fn long_text_wraps_within_width() {
        let text = "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Quảng Ninh";
        let lines = wrap(text, 150.0, SIZE, 10);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(text_width(line, SIZE) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn newlines_and_tabs_become_spaces() {
        assert_eq!(wrap("a\nb\tc", 500.0, SIZE, 4), ["a b c"]);
    }

    #[test]
    fn long_words_break_between_characters_not_before_marks() {
        let word = "Nghi\u{0323}\u{0302}quyê\u{0301}t".repeat(6);
        let lines = wrap(&word, 60.0, SIZE, 20);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(text_width(line, SIZE) <= 60.0, "{line}");
            assert!(!line.starts_with(is_zero_width), "{line:?}");
        }
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn cut_text_ends_with_an_ellipsis_and_still_fits() {
        let text = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(10);
        let lines = wrap(&text, 100.0, SIZE, 3);
        assert_eq!(lines.len(), 3);
        let last = lines.last().map_or("", String::as_str);
        assert!(last.ends_with('…'), "{last}");
        for line in &lines {
            assert!(text_width(line, SIZE) <= 100.0, "{line}");
        }
    }

    #[test]
    fn a_character_wider_than_the_line_gets_its_own_line() {
        assert_eq!(wrap("WW", 5.0, SIZE, 4), ["W", "W"]);
    }
}
