//! Which view to draw: `--view landscape`, `context:<system>`, `agency:<id>`, ….

use std::collections::BTreeSet;

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, FileId, Message, Span, closest};
use khung_model::Model;

/// A view of the model (see the design's "Views (diagrams)").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ViewSpec {
    /// Agencies as clusters, their systems, flows aggregated per pair.
    Landscape,
    /// One system, its direct neighbours and the flows between them.
    Context(String),
    /// Systems and the platforms they exchange through, flows drawn along `via`.
    Integration,
    /// Zones as nested clusters, systems inside, flows labelled with data and encryption.
    Dataflow,
    /// Systems coloured by declared security level, marked when below the minimum.
    Security,
    /// One agency's systems, datasets and everything they connect to.
    Agency(String),
    /// As-is vs to-be: added, removed and changed elements.
    Gap,
}

/// The view names `--view` accepts, in documentation order (`context` and `agency` take an id).
pub const VIEW_NAMES: [&str; 7] = [
    "landscape",
    "context",
    "integration",
    "dataflow",
    "security",
    "agency",
    "gap",
];

impl ViewSpec {
    /// Parses a `--view` value: a view name, or `context:<system>` / `agency:<id>`. The ids
    /// are checked against the model by [`crate::build_view`]. Errors are `invalid-argument`
    /// diagnostics (with "did you mean").
    #[expect(
        clippy::result_large_err,
        reason = "one diagnostic per invocation; it is the CLI's error value"
    )]
    pub fn parse(text: &str) -> Result<ViewSpec, Diagnostic> {
        let (name, id) = match text.split_once(':') {
            Some((name, id)) => (name, Some(id)),
            None => (text, None),
        };
        let plain = |spec: ViewSpec| match id {
            None => Ok(spec),
            Some(_) => Err(argument_error(
                Message::new("diagram-view-takes-no-id").arg("view", name),
                None,
            )),
        };
        let with_id = |make: fn(String) -> ViewSpec| match id.map(str::trim) {
            Some(id) if !id.is_empty() => Ok(make(id.to_owned())),
            _ => Err(argument_error(
                Message::new("diagram-view-needs-id").arg("view", name),
                None,
            )),
        };
        match name {
            "landscape" => plain(ViewSpec::Landscape),
            "integration" => plain(ViewSpec::Integration),
            "dataflow" => plain(ViewSpec::Dataflow),
            "security" => plain(ViewSpec::Security),
            "gap" => plain(ViewSpec::Gap),
            "context" => with_id(ViewSpec::Context),
            "agency" => with_id(ViewSpec::Agency),
            unknown => Err(argument_error(
                Message::new("diagram-unknown-view").arg("view", unknown),
                closest(unknown, VIEW_NAMES.iter().copied()).map(str::to_owned),
            )),
        }
    }

    /// The view as `--view` writes it (`landscape`, `context:qn-motcua`).
    #[must_use]
    pub fn name(&self) -> String {
        match self {
            ViewSpec::Landscape => "landscape".to_owned(),
            ViewSpec::Context(id) => format!("context:{id}"),
            ViewSpec::Integration => "integration".to_owned(),
            ViewSpec::Dataflow => "dataflow".to_owned(),
            ViewSpec::Security => "security".to_owned(),
            ViewSpec::Agency(id) => format!("agency:{id}"),
            ViewSpec::Gap => "gap".to_owned(),
        }
    }

    /// The file name without extension that `--view all` writes (`landscape`,
    /// `agency-ubnd-quang-ninh`): the name with `:` replaced by `-`.
    #[must_use]
    pub fn file_stem(&self) -> String {
        self.name().replace(':', "-")
    }

    /// The views `--view all` writes: every fixed view (`landscape`, `integration`,
    /// `dataflow`, `security`, `gap`) and `agency:<id>` for each top agency of the workspace's
    /// agencies at `as_of`, sorted by id.
    #[must_use]
    pub fn all(model: &Model, as_of: Date) -> Vec<ViewSpec> {
        let mut views = vec![
            ViewSpec::Landscape,
            ViewSpec::Integration,
            ViewSpec::Dataflow,
            ViewSpec::Security,
            ViewSpec::Gap,
        ];
        views.extend(
            workspace_top_agencies(model, as_of)
                .into_iter()
                .map(ViewSpec::Agency),
        );
        views
    }
}

impl std::fmt::Display for ViewSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name())
    }
}

/// The top agencies of the workspace's own agencies (and of the owners of its systems), sorted.
pub(crate) fn workspace_top_agencies(model: &Model, as_of: Date) -> BTreeSet<String> {
    let agencies = model.agencies.keys().filter(|id| model.is_workspace(id));
    let owners = model
        .systems
        .iter()
        .filter(|(id, _)| model.is_workspace(id))
        .filter_map(|(_, system)| system.owner.as_ref().map(|o| &o.value));
    agencies
        .chain(owners)
        .filter_map(|id| model.top_agency(id, as_of))
        .map(str::to_owned)
        .collect()
}

/// An `invalid-argument` diagnostic for a `--view` value (it has no source span).
pub(crate) fn argument_error(message: Message, suggestion: Option<String>) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::InvalidArgument,
        Span::file_start(FileId::DETACHED),
        message,
    );
    match suggestion {
        Some(name) => diagnostic.with_help(Message::new("did-you-mean").arg("name", name)),
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_view() {
        assert_eq!(ViewSpec::parse("landscape"), Ok(ViewSpec::Landscape));
        assert_eq!(
            ViewSpec::parse("context:qn-motcua"),
            Ok(ViewSpec::Context("qn-motcua".into()))
        );
        assert_eq!(
            ViewSpec::parse("agency:ubnd-qn"),
            Ok(ViewSpec::Agency("ubnd-qn".into()))
        );
        for name in ["integration", "dataflow", "security", "gap"] {
            assert_eq!(ViewSpec::parse(name).map(|v| v.name()), Ok(name.to_owned()));
        }
    }

    #[test]
    fn names_round_trip_and_file_stems_have_no_colon() {
        let view = ViewSpec::Agency("ubnd-quang-ninh".into());
        assert_eq!(ViewSpec::parse(&view.name()), Ok(view.clone()));
        assert_eq!(view.file_stem(), "agency-ubnd-quang-ninh");
    }

    #[test]
    fn unknown_views_suggest_the_closest_name() {
        let error = ViewSpec::parse("landscap").unwrap_err();
        assert_eq!(error.code, Code::InvalidArgument);
        assert_eq!(error.message.id, "diagram-unknown-view");
        let help = error.help.unwrap();
        assert_eq!(help.args, vec![("name".into(), "landscape".to_owned())]);
    }

    #[test]
    fn ids_are_required_exactly_where_they_belong() {
        assert_eq!(
            ViewSpec::parse("context").unwrap_err().message.id,
            "diagram-view-needs-id"
        );
        assert_eq!(
            ViewSpec::parse("context:").unwrap_err().message.id,
            "diagram-view-needs-id"
        );
        assert_eq!(
            ViewSpec::parse("gap:x").unwrap_err().message.id,
            "diagram-view-takes-no-id"
        );
    }
}
