//! Text measurement and wrapping for the built-in layout.
//!
//! Widths come from a per-character table of a common sans-serif font (DejaVu Sans) at a
//! fixed size; combining marks and invisible format characters are zero-width, so Vietnamese
//! text measures the same whether it is precomposed (NFC) or decomposed (NFD).

mod dejavu_sans;
mod wrap;

pub(crate) use wrap::wrap;

use dejavu_sans::{DEJAVU_SANS_ADVANCES, UNITS_PER_EM};

/// The font every diagram text is set in (see the SVG emitter's `font-family`).
pub(crate) const FONT_FAMILY: &str = "'DejaVu Sans', Verdana, sans-serif";

/// Font sizes in pixels.
pub(crate) mod size {
    /// Diagram title.
    pub(crate) const TITLE: f64 = 18.0;
    /// Node labels and cluster titles.
    pub(crate) const LABEL: f64 = 13.0;
    /// Node captions, edge labels and legend rows.
    pub(crate) const SMALL: f64 = 11.0;
}

/// Line height as a multiple of the font size.
pub(crate) const LINE_HEIGHT: f64 = 1.25;

/// The advance width of `text` set at `font_size` pixels.
#[must_use]
pub(crate) fn text_width(text: &str, font_size: f64) -> f64 {
    let units: f64 = text.chars().map(advance_units).sum();
    units / UNITS_PER_EM * font_size
}

/// The height of `lines` lines of text at `font_size`.
#[must_use]
pub(crate) fn text_height(lines: usize, font_size: f64) -> f64 {
    // usize → f64 is exact for any realistic line count.
    #[expect(clippy::cast_precision_loss, reason = "line counts are small")]
    let lines = lines as f64;
    lines * font_size * LINE_HEIGHT
}

/// The advance of one character in font units.
fn advance_units(character: char) -> f64 {
    if is_zero_width(character) {
        return 0.0;
    }
    if let Ok(index) = DEJAVU_SANS_ADVANCES.binary_search_by(|(c, _)| c.cmp(&character))
        && let Some((_, advance)) = DEJAVU_SANS_ADVANCES.get(index)
    {
        return f64::from(*advance);
    }
    if is_wide(character) {
        // East Asian wide characters and emoji: a full em.
        return UNITS_PER_EM;
    }
    // Anything else (other scripts, symbols): as wide as the widest capital letters, so an
    // unknown character over-estimates rather than overflows.
    2048.0
}

/// Combining marks, zero-width and bidirectional format characters, variation selectors,
/// and control characters (which the emitters drop anyway).
pub(crate) fn is_zero_width(character: char) -> bool {
    matches!(character,
        '\u{0000}'..='\u{001F}'
        | '\u{007F}'..='\u{009F}'
        | '\u{00AD}'
        | '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{FEFF}')
}

fn is_wide(character: char) -> bool {
    matches!(character,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{20000}'..='\u{3FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(DEJAVU_SANS_ADVANCES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn ascii_widths_follow_the_font() {
        // 'a' is 1255 units: at 2048 px per em it is 1255 px wide.
        assert!((text_width("a", 2048.0) - 1255.0).abs() < 1e-9);
        assert!(text_width("m", 12.0) > text_width("i", 12.0) * 3.0);
        assert!((text_width("", 12.0)).abs() < 1e-9);
    }

    #[test]
    fn precomposed_and_decomposed_vietnamese_measure_the_same() {
        let precomposed = "Ủy ban nhân dân tỉnh Quảng Ninh";
        let decomposed = "U\u{309}y ban nha\u{302}n da\u{302}n ti\u{309}nh Qua\u{309}ng Ninh";
        assert!((text_width(precomposed, 13.0) - text_width(decomposed, 13.0)).abs() < 0.01);
    }

    #[test]
    fn vietnamese_letters_are_measured_from_the_table() {
        // Ư is much wider than U in DejaVu Sans; a base-letter approximation would overflow.
        assert!(text_width("Ư", 13.0) > text_width("U", 13.0) * 1.1);
        assert!(text_width("Đ", 13.0) >= text_width("D", 13.0));
    }

    #[test]
    fn unknown_and_wide_characters_are_not_underestimated() {
        assert!(text_width("漢", 10.0) >= 10.0);
        assert!(text_width("\u{0E01}", 10.0) >= text_width("M", 10.0));
        assert!(text_width("a\u{200B}\u{FE0F}", 10.0) - text_width("a", 10.0) < 1e-9);
    }
}
