//! The closed vocabularies of the model language as Rust enums.

/// A closed vocabulary of the model language: every value has one kebab-case spelling.
pub trait Enumeration: Sized + Copy + 'static {
    /// Every value, in the order the design lists them (used for "allowed values" helps).
    const ALL: &'static [Self];

    /// The spelling used in model files and CEL (`"one-stop"`).
    fn as_str(self) -> &'static str;

    /// Reads a spelling; `None` when it is not in the vocabulary.
    #[must_use]
    fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.as_str() == text)
    }

    /// Every spelling joined for an "allowed values" help (`a, b, c`).
    #[must_use]
    fn allowed_values() -> String {
        Self::ALL
            .iter()
            .map(|value| value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Declares an enum implementing [`Enumeration`] (and `as_str`, `Display`, `Serialize`).
macro_rules! enumeration {
    (
        $(#[doc = $doc:literal])+
        $name:ident { $( $(#[doc = $vdoc:literal])+ $variant:ident = $text:literal, )+ }
    ) => {
        $(#[doc = $doc])+
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[doc = $vdoc])+ $variant, )+
        }

        impl $name {
            /// The spelling used in model files and CEL.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }
        }

        impl $crate::model::enumeration::Enumeration for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use enumeration;
