//! Reads the text of a number token (`12`, `-1_000`, `0xFF`, `0o17`, `0b1010`, `1.5e-3`).

use crate::value::NumberValue;

/// The value of `text`, or `None` when `text` is not a KDL 2.0 number.
///
/// Integers that do not fit in `i128` become [`NumberValue::BigInteger`]; decimals become
/// `f64` (infinite or zero when out of range — the token's source text keeps the exact value).
#[must_use]
pub(crate) fn parse_number(text: &str) -> Option<NumberValue> {
    let bytes = text.as_bytes();
    let (negative, unsigned) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let radix = match unsigned {
        [b'0', b'x', ..] => 16,
        [b'0', b'o', ..] => 8,
        [b'0', b'b', ..] => 2,
        _ => return parse_decimal(text, negative, unsigned),
    };
    let digits = &unsigned[2..];
    // The first digit after the prefix must be a digit, not `_`.
    if digits
        .first()
        .is_none_or(|&byte| digit_value(byte, radix).is_none())
    {
        return None;
    }
    let mut value: Option<i128> = Some(0);
    for &byte in digits {
        if byte == b'_' {
            continue;
        }
        let digit = i128::from(digit_value(byte, radix)?);
        // Accumulate towards the sign so `i128::MIN` is reachable.
        value = value.and_then(|current| current.checked_mul(i128::from(radix)));
        value = value.and_then(|current| {
            if negative {
                current.checked_sub(digit)
            } else {
                current.checked_add(digit)
            }
        });
    }
    Some(value.map_or(NumberValue::BigInteger, NumberValue::Integer))
}

fn digit_value(byte: u8, radix: u32) -> Option<u32> {
    char::from(byte).to_digit(radix)
}

/// `decimal := sign? integer ('.' integer)? exponent?` with `integer := digit (digit | '_')*`.
fn parse_decimal(text: &str, negative: bool, unsigned: &[u8]) -> Option<NumberValue> {
    let mut index = integer_end(unsigned, 0)?;
    let mut is_float = false;
    if unsigned.get(index) == Some(&b'.') {
        index = integer_end(unsigned, index + 1)?;
        is_float = true;
    }
    if matches!(unsigned.get(index), Some(b'e' | b'E')) {
        index += 1;
        if matches!(unsigned.get(index), Some(b'+' | b'-')) {
            index += 1;
        }
        index = integer_end(unsigned, index)?;
        is_float = true;
    }
    if index != unsigned.len() {
        return None;
    }
    if is_float {
        let cleaned: String = text.chars().filter(|&ch| ch != '_').collect();
        return cleaned.parse::<f64>().ok().map(NumberValue::Float);
    }
    let mut value: Option<i128> = Some(0);
    for &byte in unsigned {
        if byte == b'_' {
            continue;
        }
        let digit = i128::from(byte - b'0');
        value = value.and_then(|current| current.checked_mul(10));
        value = value.and_then(|current| {
            if negative {
                current.checked_sub(digit)
            } else {
                current.checked_add(digit)
            }
        });
    }
    Some(value.map_or(NumberValue::BigInteger, NumberValue::Integer))
}

/// The end of `digit (digit | '_')*` starting at `start`, or `None` if no digit is there.
fn integer_end(bytes: &[u8], start: usize) -> Option<usize> {
    if !bytes.get(start).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut index = start + 1;
    while bytes
        .get(index)
        .is_some_and(|&byte| byte.is_ascii_digit() || byte == b'_')
    {
        index += 1;
    }
    Some(index)
}

#[cfg(test)]
mod tests {
    use super::parse_number;
    use crate::value::NumberValue;

    #[test]
    fn integers_in_every_radix() {
        assert_eq!(parse_number("12"), Some(NumberValue::Integer(12)));
        assert_eq!(parse_number("-1_000"), Some(NumberValue::Integer(-1000)));
        assert_eq!(parse_number("+0x1F"), Some(NumberValue::Integer(31)));
        assert_eq!(parse_number("0o17"), Some(NumberValue::Integer(15)));
        assert_eq!(parse_number("-0b101_"), Some(NumberValue::Integer(-5)));
        let min = "-170141183460469231731687303715884105728";
        assert_eq!(parse_number(min), Some(NumberValue::Integer(i128::MIN)));
        let over = "170141183460469231731687303715884105728";
        assert_eq!(parse_number(over), Some(NumberValue::BigInteger));
    }

    #[test]
    fn decimals_and_exponents() {
        assert_eq!(parse_number("1.5"), Some(NumberValue::Float(1.5)));
        assert_eq!(
            parse_number("1_1.0_2e-1_0"),
            Some(NumberValue::Float(11.02e-10))
        );
        assert_eq!(parse_number("1E+3"), Some(NumberValue::Float(1000.0)));
        assert_eq!(
            parse_number("1.23E+1000"),
            Some(NumberValue::Float(f64::INFINITY))
        );
    }

    #[test]
    fn malformed_numbers_are_rejected() {
        for text in [
            "1.",
            "1.e7",
            ".0",
            "1._7",
            "0x",
            "0x_1",
            "0xx1",
            "0b2",
            "0o8",
            "1.0.0",
            "1e",
            "1e_1",
            "1ee1",
            "0n",
            "+",
            "-",
            "1.0E10e10",
            "0x10g10",
        ] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }
}
