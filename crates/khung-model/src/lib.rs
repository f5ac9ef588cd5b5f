//! KDL → typed, spanned khung model → resolved model.

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
