//! Text from the message catalogue: the fixed words of the templates, percentages, element
//! names. Nothing user-facing is written in Rust; these helpers only look messages up.

use std::collections::BTreeMap;

use khung_diag::{Catalogue, Lang, Message};
use khung_model::{ElementRef, Model};

use crate::model::{ElementLabel, Ratio};

/// The prefix of every message of the report area (`messages/<lang>/report.ftl`).
pub const MESSAGE_PREFIX: &str = "report-";

/// A message without arguments in `lang`.
#[must_use]
pub fn text(id: &'static str, lang: Lang) -> String {
    Message::new(id).render(lang)
}

/// The fixed words the templates use: every `report-*` message, keyed by its id without the
/// prefix and with `-` replaced by `_` (`report-section-summary` → `t.section_summary`).
#[must_use]
pub fn template_labels(lang: Lang) -> BTreeMap<String, String> {
    let catalogue = Catalogue::builtin();
    catalogue
        .ids(lang)
        .into_iter()
        .filter_map(|id| {
            let key = id.strip_prefix(MESSAGE_PREFIX)?.replace('-', "_");
            let value = catalogue.render(&Message::new(id.clone()), lang);
            Some((key, value))
        })
        .collect()
}

/// A ratio with its percentage rounded to one decimal and written in `lang`.
#[must_use]
pub fn ratio(numerator: usize, denominator: usize, lang: Lang) -> Ratio {
    if denominator == 0 {
        return Ratio {
            numerator,
            denominator,
            percent: None,
            text: text("report-percent-none", lang),
        };
    }
    // Integer arithmetic so rounding is exact and identical on every platform.
    let tenths = (numerator as u128 * 1000 + denominator as u128 / 2) / denominator as u128;
    let whole = tenths / 10;
    let fraction = tenths % 10;
    let separator = text("report-decimal-separator", lang);
    let value = format!("{whole}{separator}{fraction}");
    #[expect(
        clippy::cast_precision_loss,
        reason = "a percentage in tenths is far below 2^52"
    )]
    let percent = tenths as f64 / 10.0;
    Ratio {
        numerator,
        denominator,
        percent: Some(percent),
        text: Message::new("report-percent")
            .arg("value", value)
            .render(lang),
    }
}

/// The label of element `id` (kind and name looked up in the model).
#[must_use]
pub fn element_label(model: &Model, kind: &str, id: &str, lang: Lang) -> ElementLabel {
    let element = model.element(id);
    ElementLabel {
        kind: element.map_or_else(|| kind.to_owned(), |e| e.kind().as_str().to_owned()),
        id: id.to_owned(),
        name: element
            .and_then(|e| e.name())
            .map(|n| n.get(lang).to_owned()),
    }
}

/// The label of an element held.
#[must_use]
pub fn label_of(element: ElementRef<'_>, lang: Lang) -> ElementLabel {
    ElementLabel {
        kind: element.kind().as_str().to_owned(),
        id: element.id().value.clone(),
        name: element.name().map(|n| n.get(lang).to_owned()),
    }
}

/// The name of a VNEAF view in `lang` (`report-view-<view>`; unknown views keep their id).
#[must_use]
pub fn view_title(view: &str, lang: Lang) -> String {
    let id = format!("report-view-{view}");
    if Catalogue::builtin().has(&id, lang) {
        Message::new(id).render(lang)
    } else {
        view.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_up_to_one_decimal() {
        assert_eq!(ratio(2, 3, Lang::En).percent, Some(66.7));
        assert_eq!(ratio(1, 3, Lang::En).percent, Some(33.3));
        assert_eq!(ratio(1, 8, Lang::En).percent, Some(12.5));
        assert_eq!(ratio(0, 5, Lang::En).percent, Some(0.0));
        assert_eq!(ratio(5, 5, Lang::En).percent, Some(100.0));
        assert_eq!(ratio(0, 0, Lang::En).percent, None);
    }

    #[test]
    fn percentages_use_the_language_decimal_separator() {
        assert_eq!(ratio(2, 3, Lang::En).text, "66.7 %");
        assert_eq!(ratio(2, 3, Lang::Vi).text, "66,7 %");
    }
}
