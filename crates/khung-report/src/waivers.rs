//! Section 4: the workspace's waivers at as-of: active, expiring within 90 days, expired.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;
use khung_diag::{Origin, Span};
use khung_rules::engine::finding::Suppression;

use crate::location::Location;
use crate::model::{WaiverEntry, WaiverSections};
use crate::run::CheckRun;

/// Days ahead within which an active waiver is listed as expiring in the report.
pub const REPORT_EXPIRY_WINDOW_DAYS: i64 = 90;

/// The workspace waivers in three lists, each sorted by (until, rule, target); a waiver is
/// expired when its `until` is before as-of (the engine's rule), expiring when it ends within
/// `window_days` of as-of.
#[must_use]
pub fn waiver_sections(run: &CheckRun<'_>, window_days: i64) -> WaiverSections {
    let mut sections = WaiverSections::default();
    let horizon = add_days(run.as_of, window_days);
    // Findings suppressed per waiver node, counted once (not once per waiver).
    let mut suppressed_by: BTreeMap<Span, usize> = BTreeMap::new();
    for finding in &run.outcome.findings {
        if let Some(Suppression::Waived { span, .. }) = &finding.suppression {
            *suppressed_by.entry(*span).or_default() += 1;
        }
    }
    for waiver in &run.model.waivers {
        if waiver.origin != Origin::Workspace {
            continue;
        }
        let until = waiver.until.as_ref().map(|u| u.value);
        let suppressed = suppressed_by.get(&waiver.span).copied().unwrap_or(0);
        let entry = WaiverEntry {
            rule: waiver.rule.value.clone(),
            rule_title: run
                .rules
                .rule(&waiver.rule.value)
                .map(|rule| rule.title.get(run.lang).to_owned()),
            target: waiver
                .target
                .as_ref()
                .map(|t| t.value.clone())
                .unwrap_or_default(),
            matches: waiver.matches.clone(),
            reason: waiver.reason.as_ref().map(|r| r.value.clone()),
            owner: waiver.owner.as_ref().map(|o| o.value.clone()),
            approved_by: waiver.approved_by.as_ref().map(|a| a.value.clone()),
            until: until.map(|u| u.to_string()),
            days_left: until.and_then(|u| days_between(run.as_of, u)),
            reference: waiver.r#ref.as_ref().map(|r| r.value.clone()),
            suppressed,
            location: Location::of(waiver.span, run.sources),
        };
        match until {
            Some(until) if until < run.as_of => sections.expired.push(entry),
            Some(until) if horizon.is_some_and(|h| until <= h) => sections.expiring.push(entry),
            _ => sections.active.push(entry),
        }
    }
    for list in [
        &mut sections.active,
        &mut sections.expiring,
        &mut sections.expired,
    ] {
        list.sort_by(|a, b| {
            (&a.until, &a.rule, &a.target, &a.location).cmp(&(
                &b.until,
                &b.rule,
                &b.target,
                &b.location,
            ))
        });
    }
    sections
}

/// `date + days`, `None` past the calendar's end.
#[must_use]
pub fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(days.days()).ok()
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
#[must_use]
pub fn days_between(from: Date, to: Date) -> Option<i64> {
    from.until((jiff::Unit::Day, to))
        .ok()
        .map(|span| i64::from(span.get_days()))
}
