//! KDL → typed, spanned khung model → resolved model.
//!
//! `khung-model` reads an agency's architecture, written in the khung model language
//! (`design/model-language.md`), into typed Rust values that the rule engine, the diagrams and
//! the reports read. It does no IO of its own: every file comes through a [`Vfs`] (`khung-cli`
//! implements it over `std::fs`; [`MemoryVfs`] is an in-memory one for tests).
//!
//! # Pipeline
//!
//! 1. **Workspace** ([`load_workspace`]): the manifest `khung.kdl` ([`Manifest`]), the model
//!    files chosen by `include`/`exclude` (sorted by path), the imported models (`import`,
//!    inside the project root, cycles reported) and the national reference model embedded from
//!    `models/vn-national/` ([`ReferenceModel`]). Each file is size-checked before it is read
//!    (`too-large`), must be UTF-8 (`not-utf8`) and is parsed by `khung-kdl` with the depth
//!    limit (`too-deep`, `kdl-syntax`). Display paths: relative to the root for workspace files,
//!    `import:<name>/<path>` (`<name>` is the imported folder's name, also its
//!    [`khung_diag::Origin::Import`]), `reference:<path>`.
//!    Files are read one after the other through the `Vfs`, then parsed and lowered in
//!    parallel (rayon) and merged in the order read, so the result never depends on the
//!    scheduling.
//! 2. **Lowering**: each file on its own, through a reader that implements the written forms
//!    (a scalar as a property or a one-argument child), and reports everything it did not read
//!    (`unknown-node`, `unknown-property` with "did you mean"), bad values (`invalid-value`,
//!    listing the allowed values), bad ids (`invalid-id`) and missing required facts.
//! 3. **Merging**: one id namespace (`duplicate-id` with both spans, `reference-redefined`),
//!    `extend` of the reference agency the manifest names (`invalid-extend`).
//! 4. **Resolution**: every reference of the design's reference table is looked up and
//!    kind-checked (`unresolved-reference` with the closest id, `wrong-reference-kind`), api
//!    references `<system>/<api>`, waiver targets (`waiver-no-match`, `waiver-self-approved`),
//!    project dates (`project-date-mismatch`) and field names (`unknown-vocabulary-field`).
//! 5. **Graph** ([`ModelGraph`]): systems and flow legs (petgraph) with flows indexed by
//!    endpoint.
//!
//! Loading never stops at the first problem and never panics: [`Loaded`] holds the best model
//! that could be built, every file read ([`khung_diag::SourceMap`]) and every diagnostic,
//! sorted by (file, offset, code).
//!
//! # The model
//!
//! [`Model`] holds one `BTreeMap` per element kind, keyed by id ([`Agency`], [`System`],
//! [`Dataset`], [`Flow`], [`Service`], [`Zone`], [`Project`], [`Architecture`]), the
//! [`Waiver`]s and the field vocabulary ([`FieldDef`]). Field names are the model's property
//! names in snake_case (`security-level` → `security_level`; `type` and `ref` are `r#type`
//! and `r#ref`), so the CEL shape of `rule-catalogue.md` §1.2 maps one to one: a child node
//! with an argument and properties is a record with the argument under `value`, repeated
//! child nodes are `Vec`s of records. Every fact read from a file is a
//! [`khung_diag::Spanned`]; optional facts are `Option`s (a required fact is `None` only when
//! it was missing, which is reported); closed vocabularies are enums with `as_str()`
//! ([`Enumeration`]); dates are [`jiff::civil::Date`]. Every element records its
//! [`khung_diag::Origin`] and the span of its node; [`Model::is_workspace`] is the rules'
//! `ws(id)`. The maps hold every element whatever its lifecycle: [`Model::exists_at`] (the
//! design's rule), [`Model::top_agency`] (across 2025 mergers), [`Model::system_type`]
//! (`security-levels.md` §1.2 with the `type` override) and [`Model::ancestors`] answer the
//! questions rules ask.
//!
//! # Example
//!
//! ```
//! use khung_model::{LoadOptions, load_snippet};
//!
//! let loaded = load_snippet(
//!     r#"system "qn-motcua" { name "Một cửa"; owner "vpcp"; kind "one-stop"; zone "internet"; }"#,
//!     &LoadOptions::default(),
//! );
//! assert!(loaded.diagnostics.is_empty());
//! let system = &loaded.model.systems["qn-motcua"];
//! assert_eq!(system.kind.as_ref().map(|k| k.as_str()), Some("one-stop"));
//! assert_eq!(system.r#type.as_ref().map(|t| t.as_str()), Some("citizen-service"));
//! ```

mod checks;
pub mod graph;
pub mod lifecycle;
mod lower;
pub mod model;
mod resolve;
pub mod workspace;

pub use graph::{FlowLeg, ModelGraph};
pub use lifecycle::{exists_at, retired_at, type_of_kind};
pub use lower::value::{is_valid_id, parse_iso_date};
pub use model::agency::{Agency, AgencyReport};
pub use model::architecture::{Architecture, Issued};
pub use model::common::{Element, ElementKind, Id, LifecycleFacts, Text};
pub use model::dataset::{Catalogue, CatalogueItem, Dataset, OpenData};
pub use model::enumeration::Enumeration;
pub use model::field::FieldDef;
pub use model::flow::Flow;
pub use model::project::{Budget, Project};
pub use model::service::{Form, FormField, Service};
pub use model::system::System;
pub use model::system_records::{
    Api, Approval, Assessment, Backup, Dpia, Hosting, IncidentResponse, Logs, Monitoring,
    NewProtection, Operator, Published, Regulation, SdtnLink, SecurityLevel, Subjects, SystemAuth,
};
pub use model::vocabulary::*;
pub use model::waiver::Waiver;
pub use model::zone::Zone;
pub use model::{ElementRef, Model};
pub use workspace::manifest::{Manifest, RuleSetting};
pub use workspace::memory::MemoryVfs;
pub use workspace::reference::embedded_reference_files;
pub use workspace::vfs::{Vfs, VfsDirEntry, VfsError, VfsErrorKind, VfsFileKind, VfsMetadata};
pub use workspace::{
    DEFAULT_MAX_DEPTH, DEFAULT_MAX_FILE_SIZE, LoadInput, LoadOptions, Loaded, ReferenceModel,
    load_snippet, load_workspace,
};
