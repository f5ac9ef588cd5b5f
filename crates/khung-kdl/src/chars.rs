//! The code-point classes of the KDL 2.0 grammar: whitespace, newlines, disallowed literal code
//! points and identifier characters.
//!
//! ASCII goes through a 128-entry table (the hot path of every model file); other code points
//! through the spec's short tables. Only a few UTF-8 lead bytes can start a special code point,
//! which lets scanners skip everything else by byte.

/// What an ASCII byte is to the lexer.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum AsciiClass {
    /// Tab or space.
    Space,
    /// LF, VT, FF or CR.
    Newline,
    /// A control character other than tab and the newlines, or DEL: never allowed literally.
    Disallowed,
    /// One of `\ / ( ) { } ; [ ] " # =`: ends an identifier.
    Punctuation,
    /// Anything else: may appear in an identifier.
    IdentifierChar,
}

const fn ascii_class(byte: u8) -> AsciiClass {
    match byte {
        b'\t' | b' ' => AsciiClass::Space,
        b'\n' | 0x0B | 0x0C | b'\r' => AsciiClass::Newline,
        0x00..=0x1F | 0x7F => AsciiClass::Disallowed,
        b'\\' | b'/' | b'(' | b')' | b'{' | b'}' | b';' | b'[' | b']' | b'"' | b'#' | b'=' => {
            AsciiClass::Punctuation
        }
        _ => AsciiClass::IdentifierChar,
    }
}

const fn build_ascii_table() -> [AsciiClass; 128] {
    let mut table = [AsciiClass::IdentifierChar; 128];
    let mut index = 0;
    while index < 128 {
        // `index < 128`, so the cast is lossless.
        #[expect(clippy::cast_possible_truncation, reason = "index < 128")]
        let byte = index as u8;
        table[index] = ascii_class(byte);
        index += 1;
    }
    table
}

/// The class of every ASCII byte.
pub(crate) static ASCII: [AsciiClass; 128] = build_ascii_table();

/// Byte flag: the byte never needs a closer look inside an identifier (an ASCII identifier
/// character, a UTF-8 continuation byte or a lead byte that cannot start a special code point).
pub(crate) const PLAIN_IN_IDENTIFIER: u8 = 1;
/// Byte flag: the byte never needs a closer look inside a quoted or raw string (anything but
/// `"`, `\\`, `#`, control characters, DEL and the lead bytes of special code points).
pub(crate) const PLAIN_IN_STRING: u8 = 2;

const fn build_byte_table() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut index = 0;
    while index < 256 {
        #[expect(clippy::cast_possible_truncation, reason = "index < 256")]
        let byte = index as u8;
        let mut flags = 0;
        if byte < 0x80 {
            if matches!(ascii_class(byte), AsciiClass::IdentifierChar) {
                flags |= PLAIN_IN_IDENTIFIER;
            }
            if !matches!(
                ascii_class(byte),
                AsciiClass::Newline | AsciiClass::Disallowed
            ) && byte != b'"'
                && byte != b'\\'
                && byte != b'#'
            {
                flags |= PLAIN_IN_STRING;
            }
        } else if !matches!(byte, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF) {
            flags |= PLAIN_IN_IDENTIFIER | PLAIN_IN_STRING;
        }
        table[index] = flags;
        index += 1;
    }
    table
}

/// [`PLAIN_IN_IDENTIFIER`] and [`PLAIN_IN_STRING`] for every byte: scanners skip runs of plain
/// bytes in a tight loop and look closer only at the rest.
pub(crate) static BYTE_FLAGS: [u8; 256] = build_byte_table();

/// The index of the first byte at or after `start` that lacks `flag` (or `bytes.len()`).
#[inline]
#[must_use]
pub(crate) fn skip_plain(bytes: &[u8], start: usize, flag: u8) -> usize {
    let mut index = start;
    while index < bytes.len() && BYTE_FLAGS[usize::from(bytes[index])] & flag != 0 {
        index += 1;
    }
    index
}

/// Whether a UTF-8 lead byte can start a non-ASCII space, newline or disallowed code point
/// (U+0085, U+00A0, U+1680, U+2000–U+2069, U+3000, U+FEFF). Every other non-ASCII code point is
/// an ordinary identifier or string character.
#[must_use]
pub(crate) fn lead_byte_may_be_special(byte: u8) -> bool {
    matches!(byte, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
}

/// `unicode-space`: every White_Space code point that is not a newline.
#[must_use]
pub(crate) fn is_unicode_space(ch: char) -> bool {
    matches!(
        ch,
        '\t' | ' ' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// `newline` (CRLF is two code points; callers treat the pair as one newline).
#[must_use]
pub(crate) fn is_newline(ch: char) -> bool {
    matches!(
        ch,
        '\n' | '\u{000B}' | '\u{000C}' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// `disallowed-literal-code-points`: control characters, DEL, the bidirectional controls and a
/// BOM past the start of the file. They may only appear through a `\u{…}` escape.
#[must_use]
pub(crate) fn is_disallowed(ch: char) -> bool {
    matches!(
        ch,
        '\u{0000}'..='\u{0008}'
            | '\u{000E}'..='\u{001F}'
            | '\u{007F}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// `identifier-char`: anything but whitespace, newlines, the punctuation of the grammar and
/// disallowed code points.
#[must_use]
pub(crate) fn is_identifier_char(ch: char) -> bool {
    if ch.is_ascii() {
        // `ch` is ASCII, so the index is below 128.
        return ASCII[ch as usize] == AsciiClass::IdentifierChar;
    }
    !(is_unicode_space(ch) || is_newline(ch) || is_disallowed(ch))
}

/// The printable name of a code point for messages: `U+007F`.
#[must_use]
pub(crate) fn code_point_name(ch: char) -> String {
    format!("U+{:04X}", u32::from(ch))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_table_agrees_with_the_char_predicates() {
        for byte in 0u8..128 {
            let ch = char::from(byte);
            let class = ASCII[usize::from(byte)];
            assert_eq!(
                class == AsciiClass::Space,
                is_unicode_space(ch),
                "{byte:#x}"
            );
            assert_eq!(class == AsciiClass::Newline, is_newline(ch), "{byte:#x}");
            assert_eq!(
                class == AsciiClass::Disallowed,
                is_disallowed(ch),
                "{byte:#x}"
            );
        }
    }

    #[test]
    fn plain_bytes_are_never_special() {
        for code in 0u32..0x11_0000 {
            let Some(ch) = char::from_u32(code) else {
                continue;
            };
            let mut buffer = [0u8; 4];
            let lead = ch.encode_utf8(&mut buffer).as_bytes()[0];
            let flags = BYTE_FLAGS[usize::from(lead)];
            if flags & PLAIN_IN_IDENTIFIER != 0 {
                assert!(is_identifier_char(ch), "{}", code_point_name(ch));
            }
            if flags & PLAIN_IN_STRING != 0 {
                assert!(!is_newline(ch) && !is_disallowed(ch) && !matches!(ch, '"' | '\\' | '#'));
            }
        }
    }

    #[test]
    fn special_code_points_all_start_with_a_flagged_lead_byte() {
        for code in 0x80u32..0x11_0000 {
            let Some(ch) = char::from_u32(code) else {
                continue;
            };
            if is_unicode_space(ch) || is_newline(ch) || is_disallowed(ch) {
                let mut buffer = [0u8; 4];
                let lead = ch.encode_utf8(&mut buffer).as_bytes()[0];
                assert!(lead_byte_may_be_special(lead), "{}", code_point_name(ch));
            }
        }
    }
}
