//! Dates in JSON outputs as ISO strings.

use jiff::civil::Date;

/// Serialises a date as `YYYY-MM-DD`.
pub(crate) fn date<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// Serialises an optional date as `YYYY-MM-DD` or `null`.
pub(crate) fn optional_date<S: serde::Serializer>(
    date: &Option<Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}
