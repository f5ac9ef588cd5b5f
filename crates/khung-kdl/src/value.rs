//! KDL values as the tree hands them out: strings borrowed from the document, numbers with
//! their source text.

/// A KDL value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// A string (identifier, quoted, raw or multi-line), unescaped.
    String(&'a str),
    /// A number, with its source text kept.
    Number(Number<'a>),
    /// `#true` or `#false`.
    Bool(bool),
    /// `#null`.
    Null,
}

/// A number as written and as read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number<'a> {
    /// The source text (e.g. `0x1F`, `1_000`, `1.23E+1000`), so out-of-range values are not lost.
    pub source: &'a str,
    /// The value, when it fits.
    pub value: NumberValue,
}

/// The value of a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberValue {
    /// An integer that fits in `i128`.
    Integer(i128),
    /// An integer outside the `i128` range (the source text holds it).
    BigInteger,
    /// A decimal or exponent number (may be infinite when out of the `f64` range).
    Float(f64),
    /// `#inf`.
    Inf,
    /// `#-inf`.
    NegInf,
    /// `#nan`.
    NaN,
}

impl<'a> Value<'a> {
    /// The string, if this is a string.
    #[must_use]
    pub fn as_str(&self) -> Option<&'a str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The integer, if this is an integer that fits in `i64`.
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(number) => match number.value {
                NumberValue::Integer(value) => i64::try_from(value).ok(),
                _ => None,
            },
            _ => None,
        }
    }

    /// The number, if this is a number (including `#inf`, `#-inf` and `#nan`).
    #[must_use]
    pub fn as_number(&self) -> Option<Number<'a>> {
        match self {
            Value::Number(number) => Some(*number),
            _ => None,
        }
    }

    /// The boolean, if this is `#true` or `#false`.
    #[must_use]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// Whether this is `#null`.
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A short English name of the value's type, for messages (`string`, `number`, …).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Number(_) => "number",
            Value::Bool(_) => "boolean",
            Value::Null => "null",
        }
    }

    /// The value as KDL source would show it in a message (`"text"`, `12`, `#true`, `#null`).
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Value::String(text) => format!("{text:?}"),
            Value::Number(number) => number.source.to_owned(),
            Value::Bool(true) => "#true".to_owned(),
            Value::Bool(false) => "#false".to_owned(),
            Value::Null => "#null".to_owned(),
        }
    }
}
