//! Every enumeration of `model-language.md`, one Rust enum each (those only systems use are in
//! [`crate::model::system_vocabulary`], re-exported here).

use crate::model::enumeration::enumeration;

pub use crate::model::system_vocabulary::*;

enumeration! {
    /// Lifecycle status of an element (`status`).
    Status {
        /// `planned`: decided, not yet being built.
        Planned = "planned",
        /// `building`: under construction.
        Building = "building",
        /// `operating`: in operation (the default).
        Operating = "operating",
        /// `retired`: no longer operating.
        Retired = "retired",
    }
}

enumeration! {
    /// Administrative tier of an agency (`tier`).
    Tier {
        /// The national level (`chinh-phu`).
        National = "national",
        /// A ministry or ministerial-level agency.
        Ministry = "ministry",
        /// A province or centrally run city.
        Province = "province",
        /// A commune-level authority.
        Commune = "commune",
        /// A unit inside a ministry or province.
        Unit = "unit",
        /// An organisation outside the state (a vendor, an assessor firm).
        External = "external",
    }
}

enumeration! {
    /// Kind of an agency (`kind` on `agency`).
    AgencyKind {
        /// A governing body.
        Government = "government",
        /// A department.
        Department = "department",
        /// The specialised IT unit (đơn vị chuyên trách CNTT).
        ItUnit = "it-unit",
        /// The specialised security unit (đơn vị chuyên trách ATTT).
        SecurityUnit = "security-unit",
        /// A vendor or service provider.
        ServiceProvider = "service-provider",
        /// Anything else.
        Other = "other",
    }
}

enumeration! {
    /// Exchange protocol (`protocol` on `api` and `flow`).
    Protocol {
        /// REST.
        Rest = "rest",
        /// SOAP.
        Soap = "soap",
        /// SFTP.
        Sftp = "sftp",
        /// A message queue.
        MessageQueue = "message-queue",
        /// Anything else.
        Other = "other",
    }
}

enumeration! {
    /// Data format (`format` on `api`, `flow` and `open`).
    Format {
        /// JSON.
        Json = "json",
        /// XML.
        Xml = "xml",
        /// CSV.
        Csv = "csv",
        /// PDF.
        Pdf = "pdf",
        /// Anything else.
        Other = "other",
    }
}

enumeration! {
    /// Authentication of a connection (`auth` on `api` and `flow`).
    ConnectionAuth {
        /// A connection account.
        Account = "account",
        /// Mutual TLS.
        Mtls = "mtls",
        /// A token.
        Token = "token",
        /// No authentication.
        None = "none",
    }
}

enumeration! {
    /// Kind of a dataset (`kind` on `dataset`).
    DatasetKind {
        /// A national database.
        NationalDb = "national-db",
        /// A shared database.
        SharedDb = "shared-db",
        /// A sector database.
        SectorDb = "sector-db",
        /// Internal data.
        Internal = "internal",
    }
}

enumeration! {
    /// Personal-data level of a dataset (`personal`).
    PersonalLevel {
        /// No personal data.
        None = "none",
        /// Basic personal data.
        Basic = "basic",
        /// Sensitive personal data.
        Sensitive = "sensitive",
    }
}

enumeration! {
    /// Classification of a dataset (`classification`).
    Classification {
        /// Public.
        Public = "public",
        /// Internal.
        Internal = "internal",
        /// Restricted.
        Restricted = "restricted",
        /// Secret.
        Secret = "secret",
    }
}

enumeration! {
    /// Category under the Law on Data (`category`).
    DataCategory {
        /// Core data.
        Core = "core",
        /// Important data.
        Important = "important",
        /// Other data.
        Other = "other",
    }
}

enumeration! {
    /// How a dataset is shared (`sharing`).
    Sharing {
        /// Shared by default.
        Default = "default",
        /// Shared on specific conditions.
        Specific = "specific",
        /// Not shared.
        None = "none",
    }
}

enumeration! {
    /// How a catalogue item is shared (`item … sharing=`).
    ItemSharing {
        /// Open data.
        Open = "open",
        /// Shared by default.
        Default = "default",
        /// Shared on specific conditions.
        Specific = "specific",
        /// Not shared.
        None = "none",
    }
}

enumeration! {
    /// How a flow moves data (`method`).
    Method {
        /// Real time.
        Realtime = "realtime",
        /// Synchronisation.
        Sync = "sync",
        /// Batch.
        Batch = "batch",
        /// Physical media.
        Media = "media",
    }
}

enumeration! {
    /// How far a service is online (`mode`).
    ServiceMode {
        /// Full process online (toàn trình).
        Full = "full",
        /// Partly online (một phần).
        Partial = "partial",
    }
}

enumeration! {
    /// Trust level of a zone (`trust`).
    Trust {
        /// The Internet.
        Internet = "internet",
        /// A partner network.
        Partner = "partner",
        /// A demilitarised zone.
        Dmz = "dmz",
        /// An internal network.
        Internal = "internal",
        /// A restricted network.
        Restricted = "restricted",
    }
}

enumeration! {
    /// Network a zone belongs to (`network`).
    Network {
        /// The Internet.
        Internet = "internet",
        /// The specialised data network.
        Sdtn = "sdtn",
        /// A local network.
        Lan = "lan",
        /// A government cloud.
        GovCloud = "gov-cloud",
        /// The National Data Center.
        Ndc = "ndc",
    }
}

enumeration! {
    /// Architecture framework (`framework`).
    Framework {
        /// VNEAF 1.0.
        Vneaf10 = "vneaf-1.0",
        /// VNEAF 2.0.
        Vneaf20 = "vneaf-2.0",
        /// VNEAF 3.0.
        Vneaf30 = "vneaf-3.0",
        /// VNEAF 4.0.
        Vneaf40 = "vneaf-4.0",
        /// NODAF 2025.
        Nodaf2025 = "nodaf-2025",
    }
}

enumeration! {
    /// A VNEAF view (`views`).
    View {
        /// Business.
        Business = "business",
        /// Data.
        Data = "data",
        /// Application.
        Application = "application",
        /// Technology.
        Technology = "technology",
        /// Security.
        Security = "security",
    }
}

enumeration! {
    /// A part of an architecture document (`parts`).
    ArchitecturePart {
        /// Current state.
        CurrentState = "current-state",
        /// Target.
        Target = "target",
        /// Gap analysis.
        Gap = "gap",
        /// Roadmap.
        Roadmap = "roadmap",
    }
}
