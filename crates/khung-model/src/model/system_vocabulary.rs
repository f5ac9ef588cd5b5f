//! The enumerations that only `system` and its sub-records use.

use crate::model::enumeration::enumeration;

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
