//! The canonical KDL text of a document, as the official test suite prints its expected
//! outputs: no comments, 4-space indents, arguments in order, properties sorted with the
//! rightmost duplicate kept, identifiers bare where possible, every other string quoted with
//! escapes, numbers in decimal (decimals as written, minus `_`, with `E±` exponents).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::chars::{is_disallowed, is_identifier_char, is_newline};
use crate::tree::{Document, Entry, Node};
use crate::value::{Number, NumberValue, Value};

impl Document {
    /// The document in the canonical form of the KDL test suite (see the module doc). The
    /// output of an empty document is a single newline.
    #[must_use]
    pub fn to_canonical_kdl(&self) -> String {
        let mut out = String::new();
        // Explicit stack of sibling iterators: printing never recurses.
        let mut stack: Vec<crate::tree::Nodes<'_>> = vec![self.nodes()];
        loop {
            let depth = stack.len().saturating_sub(1);
            let Some(siblings) = stack.last_mut() else {
                break;
            };
            match siblings.next() {
                Some(node) => {
                    push_indent(&mut out, depth);
                    push_node_line(&mut out, node);
                    if node.child_nodes().len() == 0 {
                        out.push('\n');
                    } else {
                        out.push_str(" {\n");
                        stack.push(node.child_nodes());
                    }
                }
                None => {
                    stack.pop();
                    if depth > 0 {
                        push_indent(&mut out, depth - 1);
                        out.push_str("}\n");
                    }
                }
            }
        }
        if out.is_empty() {
            out.push('\n');
        }
        out
    }
}

fn push_indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("    ");
    }
}

fn push_node_line(out: &mut String, node: Node<'_>) {
    if let Some(ty) = node.ty() {
        push_type(out, ty.value);
    }
    push_string(out, node.name().value);
    for argument in node.arguments() {
        out.push(' ');
        push_entry_value(out, argument);
    }
    // Sorted by key; a later duplicate replaces an earlier one.
    let mut properties: BTreeMap<&str, Entry<'_>> = BTreeMap::new();
    for property in node.properties() {
        if let Some(key) = property.key() {
            properties.insert(key.value, property);
        }
    }
    for (key, property) in properties {
        out.push(' ');
        push_string(out, key);
        out.push('=');
        push_entry_value(out, property);
    }
}

fn push_type(out: &mut String, ty: &str) {
    out.push('(');
    push_string(out, ty);
    out.push(')');
}

fn push_entry_value(out: &mut String, entry: Entry<'_>) {
    if let Some(ty) = entry.ty() {
        push_type(out, ty.value);
    }
    match entry.value() {
        Value::String(text) => push_string(out, text),
        Value::Number(number) => push_number(out, &number),
        Value::Bool(true) => out.push_str("#true"),
        Value::Bool(false) => out.push_str("#false"),
        Value::Null => out.push_str("#null"),
    }
}

/// Whether `text` can be written as a bare identifier.
#[must_use]
pub(crate) fn is_bare_identifier(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit_at = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_digit);
    let signed = matches!(bytes.first(), Some(b'+' | b'-'));
    let unsigned = usize::from(signed);
    let looks_numeric =
        digit_at(unsigned) || (bytes.get(unsigned) == Some(&b'.') && digit_at(unsigned + 1));
    !text.is_empty()
        && !looks_numeric
        && !matches!(text, "true" | "false" | "null" | "inf" | "-inf" | "nan")
        && text.chars().all(is_identifier_char)
}

fn push_string(out: &mut String, text: &str) {
    if is_bare_identifier(text) {
        out.push_str(text);
        return;
    }
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{0008}' => out.push_str("\\b"),
            '\u{000C}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if is_disallowed(ch) || is_newline(ch) || ch.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(ch));
            }
            _ => out.push(ch),
        }
    }
    out.push('"');
}

fn push_number(out: &mut String, number: &Number) {
    match number.value {
        NumberValue::Integer(value) => {
            let _ = write!(out, "{value}");
        }
        NumberValue::BigInteger => out.push_str(&big_integer_decimal(number.source)),
        NumberValue::Float(_) => out.push_str(&decimal_as_written(number.source)),
        NumberValue::Inf => out.push_str("#inf"),
        NumberValue::NegInf => out.push_str("#-inf"),
        NumberValue::NaN => out.push_str("#nan"),
    }
}

/// A decimal as written, without `_` or a leading `+`, with `E` and a signed exponent, and
/// without leading zeros: `+01_000.5e3` → `1000.5E+3`.
fn decimal_as_written(source: &str) -> String {
    let cleaned: String = source.chars().filter(|&ch| ch != '_').collect();
    let (sign, unsigned) = match cleaned.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(index) => (&unsigned[..index], Some(&unsigned[index + 1..])),
        None => (unsigned, None),
    };
    let (integer, fraction) = match mantissa.find('.') {
        Some(index) => (&mantissa[..index], Some(&mantissa[index + 1..])),
        None => (mantissa, None),
    };
    let mut out = format!("{sign}{}", strip_leading_zeros(integer));
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    if let Some(exponent) = exponent {
        let (exponent_sign, digits) = match exponent.strip_prefix('-') {
            Some(rest) => ('-', rest),
            None => ('+', exponent.strip_prefix('+').unwrap_or(exponent)),
        };
        out.push('E');
        out.push(exponent_sign);
        out.push_str(strip_leading_zeros(digits));
    }
    out
}

fn strip_leading_zeros(digits: &str) -> &str {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() && !digits.is_empty() {
        "0"
    } else {
        trimmed
    }
}

/// The decimal digits of an integer too large for `i128`, in any radix.
fn big_integer_decimal(source: &str) -> String {
    let cleaned: String = source.chars().filter(|&ch| ch != '_').collect();
    let (negative, unsigned) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let (radix, digits) = match unsigned.get(..2) {
        Some("0x") => (16, &unsigned[2..]),
        Some("0o") => (8, &unsigned[2..]),
        Some("0b") => (2, &unsigned[2..]),
        _ => (10, unsigned),
    };
    // Little-endian limbs of 10^9.
    const LIMB: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    for ch in digits.chars() {
        let Some(digit) = ch.to_digit(radix) else {
            continue;
        };
        let mut carry = u64::from(digit);
        for limb in &mut limbs {
            let value = *limb * u64::from(radix) + carry;
            *limb = value % LIMB;
            carry = value / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = String::from(if negative { "-" } else { "" });
    let mut limbs = limbs.iter().rev();
    if let Some(first) = limbs.next() {
        let _ = write!(out, "{first}");
    }
    for limb in limbs {
        let _ = write!(out, "{limb:09}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{big_integer_decimal, decimal_as_written, is_bare_identifier};

    #[test]
    fn decimals_keep_their_digits() {
        assert_eq!(decimal_as_written("+01_000.5e3"), "1000.5E+3");
        assert_eq!(decimal_as_written("1.0e-10_0"), "1.0E-100");
        assert_eq!(decimal_as_written("-0.0"), "-0.0");
        assert_eq!(decimal_as_written("1.23E+1000"), "1.23E+1000");
    }

    #[test]
    fn big_integers_convert_to_decimal() {
        let hex = "0x1_0000_0000_0000_0000_0000_0000_0000_0000";
        assert_eq!(
            big_integer_decimal(hex),
            "340282366920938463463374607431768211456"
        );
        assert_eq!(
            big_integer_decimal("-999999999999999999999999999999999999999999"),
            "-999999999999999999999999999999999999999999"
        );
    }

    #[test]
    fn identifiers_that_need_quotes() {
        for bare in [
            "node",
            "+",
            "-.",
            "..5",
            "foo123~!@$%^&*.:'|?+<>,`-_",
            "_15",
            "r",
        ] {
            assert!(is_bare_identifier(bare), "{bare}");
        }
        for quoted in [
            "",
            "0node",
            "-1",
            ".5",
            "+.5",
            "a b",
            "true",
            "-inf",
            "a=b",
            "a\u{200E}",
        ] {
            assert!(!is_bare_identifier(quoted), "{quoted}");
        }
    }
}
