//! [`EvalError`]: why an evaluation failed. Reported as a `rule-error` diagnostic.

use khung_diag::Message;

/// A runtime failure of a rule on one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvalError {
    /// `systems[id]` with an id not in the map, or a missing key of a literal map.
    MissingKey {
        /// The map.
        map: String,
        /// The key.
        key: String,
    },
    /// A value of an unexpected type (possible only through dynamic values).
    Type {
        /// What was expected.
        expected: &'static str,
        /// What was found.
        found: &'static str,
    },
    /// The evaluation used more steps than its budget.
    Budget {
        /// The budget.
        steps: u64,
    },
    /// Integer division or remainder by zero.
    DivisionByZero,
    /// Integer overflow.
    Overflow,
    /// A list index outside the list.
    IndexOutOfRange {
        /// The index.
        index: i64,
        /// The list length.
        len: usize,
    },
    /// `date(y, m, d)` of an invalid date, or date arithmetic out of range.
    InvalidDate {
        /// The arguments, as written.
        text: String,
    },
}

impl EvalError {
    /// The message describing the failure (the detail of `rule-error`).
    #[must_use]
    pub fn message(&self, rule: &str, element: &str) -> Message {
        let base = |id: &'static str| Message::new(id).arg("rule", rule).arg("element", element);
        match self {
            EvalError::MissingKey { map, key } => base("rule-error-missing-key")
                .arg("map", map.clone())
                .arg("key", key.clone()),
            EvalError::Type { expected, found } => base("rule-error-type")
                .arg("expected", *expected)
                .arg("found", *found),
            EvalError::Budget { steps } => {
                base("rule-error-budget").arg("steps", steps.to_string())
            }
            EvalError::DivisionByZero => base("rule-error-division-by-zero"),
            EvalError::Overflow => base("rule-error-overflow"),
            EvalError::IndexOutOfRange { index, len } => base("rule-error-index")
                .arg("index", index.to_string())
                .arg("len", len.to_string()),
            EvalError::InvalidDate { text } => base("rule-error-date").arg("date", text.clone()),
        }
    }
}
