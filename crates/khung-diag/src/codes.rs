use serde::Serialize;

use crate::diagnostic::Severity;

/// Base URL of the published book; every code and rule links below it.
pub const DOCS_BASE_URL: &str = "https://khung.dev/";

/// Static facts about one diagnostic code.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    /// The stable kebab-case code.
    pub name: &'static str,
    /// The severity it is reported with (rules' findings have their own severity).
    pub severity: Severity,
    /// One line of documentation, English (the book page is generated from it).
    pub summary: &'static str,
}

macro_rules! codes {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $name:literal, $severity:ident; )+) => {
        /// Every diagnostic code khung reports. Codes are stable, kebab-case and unique
        /// (a test checks); each has a documentation page at `<book>/diagnostics/<code>.html`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Code {
            $( $(#[doc = $doc])+ #[serde(rename = $name)] $variant, )+
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// Static facts about this code.
            #[must_use]
            pub fn info(self) -> CodeInfo {
                match self {
                    $( Code::$variant => CodeInfo {
                        name: $name,
                        severity: Severity::$severity,
                        summary: concat!($($doc),+),
                    }, )+
                }
            }
        }
    };
}

codes! {
    /// A file or folder cannot be read (permissions, a directory named `*.kdl`, a vanished file).
    IoError = "io-error", Error;
    /// A file is not valid UTF-8.
    NotUtf8 = "not-utf8", Error;
    /// A file is larger than the size limit (default 64 MB).
    TooLarge = "too-large", Error;
    /// A file is nested deeper than the depth limit (default 256).
    TooDeep = "too-deep", Error;
    /// A KDL 2.0 syntax error (one per error found).
    KdlSyntax = "kdl-syntax", Error;
    /// Following symbolic links while loading a folder leads back to a folder already visited.
    SymlinkLoop = "symlink-loop", Error;
    /// An `include` glob or a file found through it lies outside the workspace root.
    IncludeOutsideRoot = "include-outside-root", Error;
    /// An `import` names a folder outside the project root.
    ImportOutsideRoot = "import-outside-root", Error;
    /// Imports form a cycle.
    ImportCycle = "import-cycle", Error;
    /// An unknown top-level node.
    UnknownNode = "unknown-node", Error;
    /// An unknown property or child node inside a known node.
    UnknownProperty = "unknown-property", Error;
    /// The same scalar is written twice (as property and child, or twice).
    DuplicateProperty = "duplicate-property", Error;
    /// A value of the wrong type, or outside its enumeration.
    InvalidValue = "invalid-value", Error;
    /// An id that is not `[a-z0-9][a-z0-9.-]*` (including bidi and zero-width characters).
    InvalidId = "invalid-id", Error;
    /// A required item is absent.
    MissingRequired = "missing-required", Error;
    /// The same id is defined twice in the workspace.
    DuplicateId = "duplicate-id", Error;
    /// A reference names no element.
    UnresolvedReference = "unresolved-reference", Error;
    /// A reference names an element of the wrong kind.
    WrongReferenceKind = "wrong-reference-kind", Error;
    /// A workspace redefines an id of the national reference model, or changes a fact it gives.
    ReferenceRedefined = "reference-redefined", Error;
    /// `extend` of an element the manifest does not name as the workspace's agency.
    InvalidExtend = "invalid-extend", Error;
    /// The manifest names a rule that does not exist.
    UnknownRule = "unknown-rule", Error;
    /// The manifest or a pack names a rule pack that does not exist.
    UnknownPack = "unknown-pack", Error;
    /// A waiver names a rule that does not exist.
    WaiverUnknownRule = "waiver-unknown-rule", Error;
    /// A waiver's target matches no workspace element.
    WaiverNoMatch = "waiver-no-match", Error;
    /// A waiver is approved by its own owner.
    WaiverSelfApproved = "waiver-self-approved", Error;
    /// A waiver is past its `until` date; its finding is active again.
    WaiverExpired = "waiver-expired", Warning;
    /// A waiver suppresses no finding (the problem was fixed; remove the waiver).
    WaiverUnused = "waiver-unused", Info;
    /// A project delivers or retires an element whose own dates do not fit the project's end.
    ProjectDateMismatch = "project-date-mismatch", Warning;
    /// A field name that is not in the field vocabulary.
    UnknownVocabularyField = "unknown-vocabulary-field", Warning;
    /// A rule-pack file is malformed (wrong node, missing id, bad severity, …).
    RulePackInvalid = "rule-pack-invalid", Error;
    /// A CEL expression in a rule pack does not parse.
    RulePackSyntax = "rule-pack-syntax", Error;
    /// A rule id is defined twice along one pack chain.
    DuplicateRule = "duplicate-rule", Error;
    /// A CEL expression reads a field the element kind does not have.
    UnknownField = "unknown-field", Error;
    /// A CEL expression calls a function that does not exist or with the wrong arguments.
    UnknownFunction = "unknown-function", Error;
    /// A CEL expression mixes types that cannot be compared or combined.
    TypeMismatch = "type-mismatch", Error;
    /// A comprehension over a model map nested inside another one.
    UnboundedRule = "unbounded-rule", Error;
    /// A CEL construct outside the supported subset.
    UnsupportedExpression = "unsupported-expression", Error;
    /// A rule failed while it was evaluated on an element (a missing key, a type error, the step budget).
    RuleError = "rule-error", Error;
    /// The evaluation date lies before the date the profile takes effect.
    ProfileNotEffective = "profile-not-effective", Warning;
    /// A command-line argument or flag value is invalid.
    InvalidArgument = "invalid-argument", Error;
}

impl Code {
    /// The kebab-case code.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.info().name
    }

    /// The documentation page of this code.
    #[must_use]
    pub fn docs_url(self) -> String {
        format!("{DOCS_BASE_URL}diagnostics/{}.html", self.as_str())
    }

    /// Looks a code up by its kebab-case name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|code| code.as_str() == name)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Code;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = BTreeSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "duplicate code `{name}`");
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !name.starts_with('-')
                    && !name.ends_with('-')
                    && !name.contains("--"),
                "`{name}` is not kebab-case"
            );
            assert!(
                !code.info().summary.trim().is_empty(),
                "`{name}` has no summary"
            );
            assert_eq!(Code::from_name(name), Some(*code));
        }
    }
}
