//! KDL → typed, spanned khung model → resolved model.

pub mod model;

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
