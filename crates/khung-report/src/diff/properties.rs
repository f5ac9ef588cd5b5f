//! The canonical property listing of an element: every fact as `path → text`, read through
//! the rule engine's schema (the same CEL shape the rules see, so it covers every property the
//! model language has). Paths are kebab-case (`security-level.approved.by`); the argument of a
//! sub-record is the sub-record's own path (`security-level` = `3`); repeated sub-records are
//! keyed by their id or argument (`api[tra-cuu].protocol`). Spans are not facts: moving an
//! element within or between files changes nothing here.

use std::collections::BTreeMap;

use khung_model::ElementRef;
use khung_rules::eval::value::Value;
use khung_rules::schema::{Record, fields_of};

/// The lifecycle facts, compared on their own (`khung diff` lists them separately).
pub const LIFECYCLE_FIELDS: [&str; 3] = ["status", "since", "retire"];

/// Sub-records nested deeper than this are listed by their rendered text (the model's
/// sub-records nest three deep at most; this only bounds hostile shapes).
const MAX_DEPTH: usize = 8;

/// Every fact of `element` but its id and lifecycle, by path.
#[must_use]
pub fn properties(element: ElementRef<'_>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let record = Record::of_element(element);
    for field in fields_of(record.kind()) {
        if field.name == "id" || LIFECYCLE_FIELDS.contains(&field.name) {
            continue;
        }
        if let Some(value) = (field.get)(&record) {
            flatten(&kebab(field.name), &value, 0, &mut out);
        }
    }
    out
}

fn flatten(path: &str, value: &Value<'_>, depth: usize, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Record(record) if record.element().is_none() && depth < MAX_DEPTH => {
            let mut any = false;
            for field in fields_of(record.kind()) {
                if let Some(inner) = (field.get)(record) {
                    any = true;
                    let inner_path = if field.name == "value" {
                        path.to_owned()
                    } else {
                        format!("{path}.{}", kebab(field.name))
                    };
                    flatten(&inner_path, &inner, depth + 1, out);
                }
            }
            // A sub-record written with nothing in it is still a fact (`dpia` alone).
            if !any {
                out.insert(path.to_owned(), String::new());
            }
        }
        Value::List(list) if list.iter().any(|item| is_sub_record(&item)) => {
            for (index, item) in list.iter().enumerate() {
                let key = record_key(&item).unwrap_or_else(|| index.to_string());
                flatten(&format!("{path}[{key}]"), &item, depth + 1, out);
            }
        }
        other => {
            out.insert(path.to_owned(), other.render());
        }
    }
}

fn is_sub_record(value: &Value<'_>) -> bool {
    matches!(value, Value::Record(record) if record.element().is_none())
}

/// A repeated sub-record's key: its `id` (apis) or its argument, else its `year` (reports).
fn record_key(value: &Value<'_>) -> Option<String> {
    let Value::Record(record) = value else {
        return None;
    };
    ["id", "value", "year"].into_iter().find_map(|name| {
        let field = fields_of(record.kind()).iter().find(|f| f.name == name)?;
        let text = (field.get)(record)?.render();
        (!text.is_empty()).then_some(text)
    })
}

fn kebab(name: &str) -> String {
    name.replace('_', "-")
}
