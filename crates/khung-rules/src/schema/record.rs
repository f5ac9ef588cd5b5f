//! [`Record`]: a borrowed element or sub-record of the model, the value a CEL record holds.

use khung_model::{
    Agency, AgencyReport, Api, Approval, Architecture, Assessment, Backup, Budget, Catalogue,
    CatalogueItem, Dataset, Dpia, ElementKind, Flow, Form, FormField, Hosting, IncidentResponse,
    Issued, Logs, Monitoring, NewProtection, OpenData, Operator, Project, Published, Regulation,
    SdtnLink, SecurityLevel, Service, Subjects, System, SystemAuth, Zone,
};

use crate::eval::value::{List, Value};
use crate::schema::RecordKind;

/// Declares [`Record`], [`RecordSlice`] and the [`RecordType`] impls from one list.
macro_rules! records {
    (elements { $($evariant:ident($etype:ty)),+ } records { $($rvariant:ident($rtype:ty)),+ } lists { $($lvariant:ident),+ }) => {
        /// A borrowed record of the model; `Empty` is an absent sub-record (every fact reads
        /// as its zero value).
        #[derive(Debug, Clone, Copy)]
        pub enum Record<'a> {
            $(
                #[doc = concat!("An `", stringify!($evariant), "` element.")]
                $evariant(&'a $etype),
            )+
            $(
                #[doc = concat!("A `", stringify!($rvariant), "` sub-record.")]
                $rvariant(&'a $rtype),
            )+
            /// An absent sub-record of this kind.
            Empty(RecordKind),
        }

        impl Record<'_> {
            /// The record kind.
            #[must_use]
            pub fn kind(&self) -> RecordKind {
                match self {
                    $( Record::$evariant(_) => RecordKind::Element(ElementKind::$evariant), )+
                    $( Record::$rvariant(_) => RecordKind::$rvariant, )+
                    Record::Empty(kind) => *kind,
                }
            }
        }

        /// A borrowed list of sub-records (the repeatable child nodes).
        #[derive(Debug, Clone, Copy)]
        pub enum RecordSlice<'a> {
            $(
                #[doc = concat!("`", stringify!($lvariant), "` records.")]
                $lvariant(&'a [$lvariant]),
            )+
        }

        impl<'a> RecordSlice<'a> {
            /// Number of records.
            #[must_use]
            pub fn len(&self) -> usize {
                match self { $( RecordSlice::$lvariant(items) => items.len(), )+ }
            }

            /// Whether there are none.
            #[must_use]
            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// The record at `index`.
            #[must_use]
            pub fn get(&self, index: usize) -> Option<Record<'a>> {
                match self { $( RecordSlice::$lvariant(items) => items.get(index).map(Record::$lvariant), )+ }
            }
        }

        $(
            impl RecordType for $etype {
                fn unwrap<'a>(record: &Record<'a>) -> Option<&'a Self> {
                    match record { Record::$evariant(inner) => Some(inner), _ => None }
                }
                fn wrap(&self) -> Record<'_> {
                    Record::$evariant(self)
                }
            }
        )+
        $(
            impl RecordType for $rtype {
                fn unwrap<'a>(record: &Record<'a>) -> Option<&'a Self> {
                    match record { Record::$rvariant(inner) => Some(inner), _ => None }
                }
                fn wrap(&self) -> Record<'_> {
                    Record::$rvariant(self)
                }
            }
        )+
        $(
            impl RecordListType for $lvariant {
                fn wrap_slice(items: &[Self]) -> List<'_> {
                    List::Records(RecordSlice::$lvariant(items))
                }
            }
        )+
    };
}

/// A model struct that is a CEL record.
pub trait RecordType: Sized {
    /// The struct inside a record of its kind.
    fn unwrap<'a>(record: &Record<'a>) -> Option<&'a Self>;
    /// The record holding this struct.
    fn wrap(&self) -> Record<'_>;
}

/// A model struct that appears in repeatable child nodes.
pub trait RecordListType: Sized {
    /// The CEL list of these records.
    fn wrap_slice(items: &[Self]) -> List<'_>;
}

records! {
    elements {
        Agency(Agency), System(System), Dataset(Dataset), Flow(Flow), Service(Service),
        Zone(Zone), Project(Project), Architecture(Architecture)
    }
    records {
        Operator(Operator), Hosting(Hosting), Subjects(Subjects), SecurityLevel(SecurityLevel),
        Approval(Approval), Regulation(Regulation), Assessment(Assessment),
        Monitoring(Monitoring), Logs(Logs), Backup(Backup), SystemAuth(SystemAuth),
        SdtnLink(SdtnLink), Dpia(Dpia), IncidentResponse(IncidentResponse),
        NewProtection(NewProtection), Api(Api), Published(Published), Catalogue(Catalogue),
        CatalogueItem(CatalogueItem), OpenData(OpenData), AgencyReport(AgencyReport),
        Form(Form), FormField(FormField), Issued(Issued), Budget(Budget)
    }
    lists { Api, CatalogueItem, AgencyReport, FormField }
}

impl<'a> Record<'a> {
    /// The record of a borrowed element.
    #[must_use]
    pub fn of_element(element: khung_model::ElementRef<'a>) -> Record<'a> {
        use khung_model::ElementRef;
        match element {
            ElementRef::Agency(x) => Record::Agency(x),
            ElementRef::System(x) => Record::System(x),
            ElementRef::Dataset(x) => Record::Dataset(x),
            ElementRef::Flow(x) => Record::Flow(x),
            ElementRef::Service(x) => Record::Service(x),
            ElementRef::Zone(x) => Record::Zone(x),
            ElementRef::Project(x) => Record::Project(x),
            ElementRef::Architecture(x) => Record::Architecture(x),
        }
    }

    /// The element this record is, if it is one.
    #[must_use]
    pub fn element(&self) -> Option<khung_model::ElementRef<'a>> {
        use khung_model::ElementRef;
        Some(match *self {
            Record::Agency(x) => ElementRef::Agency(x),
            Record::System(x) => ElementRef::System(x),
            Record::Dataset(x) => ElementRef::Dataset(x),
            Record::Flow(x) => ElementRef::Flow(x),
            Record::Service(x) => ElementRef::Service(x),
            Record::Zone(x) => ElementRef::Zone(x),
            Record::Project(x) => ElementRef::Project(x),
            Record::Architecture(x) => ElementRef::Architecture(x),
            _ => return None,
        })
    }

    /// Whether the value is a record at all (for `Value` conversions).
    #[must_use]
    pub fn into_value(self) -> Value<'a> {
        Value::Record(self)
    }
}
