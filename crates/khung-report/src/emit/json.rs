//! JSON: a serialisable value, pretty-printed with a trailing newline.

use serde::Serialize;

/// Serialises `value` (the report view-model, or the diff) as pretty JSON with a trailing
/// newline. Keys come in struct order, lists as built: the same value gives the same bytes.
#[must_use]
pub fn to_json(value: &impl Serialize) -> String {
    match serde_json::to_string_pretty(value) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // These plain structs have string keys only; serialising them cannot fail.
        Err(error) => format!("{{\"error\": {:?}}}\n", error.to_string()),
    }
}
