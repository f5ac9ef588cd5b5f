//! Facts of the field vocabulary (`models/vn-national/fields.kdl`) and of the national
//! databases' `provides` lists that the generator needs to write consistent datasets and flows.

/// Fields that are sensitive personal data under the vn-2026 profile.
const SENSITIVE: [&str; 14] = [
    "political-opinion",
    "religion",
    "health-record",
    "ethnicity",
    "genetic",
    "biometric",
    "sex-life",
    "criminal-record",
    "bank-account",
    "bank-transaction",
    "location",
    "eid-credential",
    "id-card-photo",
    "insurance-customer",
];

/// The vocabulary fields that are not personal data.
const NOT_PERSONAL: [&str; 5] = [
    "business-registration-number",
    "business-name",
    "business-address",
    "land-parcel",
    "tthc-code",
];

/// Whether a field is sensitive personal data.
pub fn is_sensitive(field: &str) -> bool {
    SENSITIVE.contains(&field)
}

/// Whether a field is personal data.
pub fn is_personal(field: &str) -> bool {
    !NOT_PERSONAL.contains(&field)
}

/// The national code list a categorised field must use (DATA-002), if any.
pub fn code_list(field: &str) -> Option<&'static str> {
    match field {
        "sex" => Some("national:gender"),
        "ethnicity" => Some("national:ethnicity"),
        "religion" => Some("national:religion"),
        "nationality" => Some("national:nationality"),
        "place-of-birth" | "native-place" | "permanent-address" | "temporary-address"
        | "current-address" | "contact-address" | "business-address" => Some("national:admin-unit"),
        _ => None,
    }
}

/// A national database a system reads foundational data from.
pub struct NationalSource {
    /// The reference system.
    pub system: &'static str,
    /// The foundational entity it is the master of (`FOUNDATION` of the rule packs), if any.
    pub entity: Option<&'static str>,
    /// The fields it provides.
    pub provides: &'static [&'static str],
}

/// The national databases, most specific first: a domain reads from the first one that
/// provides one of its fields.
pub const NATIONAL_SOURCES: [NationalSource; 5] = [
    NationalSource {
        system: "ndb-land",
        entity: Some("land-parcel"),
        provides: &["land-parcel", "land-use-right"],
    },
    NationalSource {
        system: "ndb-business",
        entity: Some("enterprise"),
        provides: &[
            "business-registration-number",
            "business-name",
            "business-address",
            "legal-representative",
        ],
    },
    NationalSource {
        system: "ndb-insurance",
        entity: None,
        provides: &[
            "social-insurance-number",
            "health-insurance-number",
            "social-insurance-history",
        ],
    },
    NationalSource {
        system: "ndb-population",
        entity: Some("person"),
        provides: &[
            "full-name",
            "date-of-birth",
            "sex",
            "place-of-birth",
            "nationality",
            "personal-id",
            "permanent-address",
            "current-address",
            "marital-status",
        ],
    },
    NationalSource {
        system: "ndb-finance",
        entity: None,
        provides: &["tax-code"],
    },
];

/// The national source a domain with these fields reads from, and the fields it reads.
pub fn national_source(
    fields: &[&'static str],
) -> Option<(&'static NationalSource, Vec<&'static str>)> {
    NATIONAL_SOURCES.iter().find_map(|source| {
        let carried: Vec<&'static str> = fields
            .iter()
            .copied()
            .filter(|f| source.provides.contains(f))
            .collect();
        (!carried.is_empty()).then_some((source, carried))
    })
}
