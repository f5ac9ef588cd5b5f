//! Every enumeration of `model-language.md`, one Rust enum each.

use crate::model::enumeration::enumeration;

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
    /// Kind of an information system (`kind` on `system`).
    SystemKind {
        /// A portal offering online public services.
        PublicServicePortal = "public-service-portal",
        /// A one-stop (TTHC-processing) system.
        OneStop = "one-stop",
        /// An information portal.
        InformationPortal = "information-portal",
        /// Document management.
        DocumentManagement = "document-management",
        /// Meeting and work system (e-Cabinet).
        ECabinet = "e-cabinet",
        /// Reporting / management information.
        Reporting = "reporting",
        /// A business application.
        BusinessApplication = "business-application",
        /// A database server or system.
        Database = "database",
        /// An integration platform (LGSP class).
        IntegrationPlatform = "integration-platform",
        /// The national integration platform class (NDXP).
        NationalIntegrationPlatform = "national-integration-platform",
        /// A document interconnection axis (VDXP class).
        DocumentAxis = "document-axis",
        /// An electronic identification provider.
        IdentityProvider = "identity-provider",
        /// A payment platform.
        PaymentPlatform = "payment-platform",
        /// A certificate / digital-signature service.
        Ca = "ca",
        /// Security monitoring (SOC/SIEM).
        Monitoring = "monitoring",
        /// A data centre.
        DataCenter = "data-center",
        /// A cloud platform.
        CloudPlatform = "cloud-platform",
        /// A network (WAN, SDTN).
        Network = "network",
        /// An industrial control system.
        Ics = "ics",
        /// Anything else.
        Other = "other",
    }
}

enumeration! {
    /// Decree 85 system type (`type`; filled from the kind unless written).
    SystemType {
        /// Serves the agency's internal work.
        Internal = "internal",
        /// Serves people and businesses.
        CitizenService = "citizen-service",
        /// Information infrastructure.
        Infrastructure = "infrastructure",
        /// Industrial control.
        Ics = "ics",
        /// Other (treated like internal by the criteria).
        Other = "other",
    }
}

enumeration! {
    /// Where a system is hosted (`hosting` argument).
    HostingKind {
        /// The agency's own premises.
        OnPrem = "on-prem",
        /// A government cloud.
        GovCloud = "gov-cloud",
        /// The National Data Center.
        Ndc = "ndc",
        /// A commercial cloud.
        CommercialCloud = "commercial-cloud",
    }
}

enumeration! {
    /// Cloud tenancy (`hosting … tenancy=`).
    Tenancy {
        /// Shared with other tenants.
        Shared = "shared",
        /// Logically separated.
        Logical = "logical",
        /// Physically separated.
        Physical = "physical",
    }
}

enumeration! {
    /// Class of information a system handles (`info`).
    InfoClass {
        /// Public information.
        Public = "public",
        /// Private (non-public) information.
        Private = "private",
        /// Personal data.
        Personal = "personal",
        /// State secrets.
        StateSecret = "state-secret",
    }
}

enumeration! {
    /// Infrastructure reach of a system (`scope`).
    Scope {
        /// One agency.
        Agency = "agency",
        /// A sector.
        Sector = "sector",
        /// A province.
        Province = "province",
        /// Several provinces.
        MultiProvince = "multi-province",
        /// The whole country (a national system).
        National = "national",
    }
}

enumeration! {
    /// Harm to defence or security if the system is sabotaged (`defence-impact`).
    DefenceImpact {
        /// No harm.
        None = "none",
        /// Harm.
        Harm = "harm",
        /// Serious harm.
        Serious = "serious",
        /// Especially serious harm.
        EspeciallySerious = "especially-serious",
    }
}

enumeration! {
    /// Who approved the security level (`approved … by=`).
    ApprovedBy {
        /// The specialised security unit.
        SecurityUnit = "security-unit",
        /// The owner (chủ quản).
        Owner = "owner",
        /// The prime minister.
        Pm = "pm",
    }
}

enumeration! {
    /// A part of a security-level dossier (`dossier`).
    DossierPart {
        /// System overview.
        Overview = "overview",
        /// Design.
        Design = "design",
        /// Justification of the level.
        Justification = "justification",
        /// Protection plan.
        Plan = "plan",
        /// Opinion of the specialised unit (levels 4–5).
        UnitOpinion = "unit-opinion",
    }
}

enumeration! {
    /// A part of the security plan (`security-plan`).
    SecurityPlanPart {
        /// Security in design.
        Design = "design",
        /// Security in operation.
        Operation = "operation",
        /// Periodic assessment.
        Assessment = "assessment",
        /// Risk management.
        Risk = "risk",
        /// Monitoring.
        Monitoring = "monitoring",
        /// Incident response.
        Incident = "incident",
        /// Decommissioning.
        Decommission = "decommission",
    }
}

enumeration! {
    /// Digital-signature service a system uses (`signature`).
    Signature {
        /// The Government dedicated CA.
        GovCa = "gov-ca",
        /// A public CA.
        PublicCa = "public-ca",
        /// None.
        None = "none",
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
    /// Class of construction works an industrial control system runs (`ics-class`).
    IcsClass {
        /// Special class.
        Special = "special",
        /// Class I.
        I = "I",
        /// Class II.
        Ii = "II",
        /// Class III.
        Iii = "III",
        /// Class IV.
        Iv = "IV",
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
