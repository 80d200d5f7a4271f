//! The CM server sends enums as integers. Each enum here names the numbers we
//! know and keeps any other as `Unknown(n)`, which displays as `Unknown(n)`,
//! parses back from that text and serializes back to `n`: a number we have
//! never seen must survive, never crash or vanish.

macro_rules! cm_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            Unknown(i64),
        }

        impl $name {
            /// The named values, for help texts and pickers.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            pub fn from_code(code: i64) -> Self {
                match code {
                    $($code => $name::$variant,)+
                    other => $name::Unknown(other),
                }
            }

            pub fn code(self) -> i64 {
                match self {
                    $($name::$variant => $code,)+
                    $name::Unknown(other) => other,
                }
            }

            /// The name the API uses in query strings, or `None` for unknown numbers.
            pub fn api_name(self) -> Option<&'static str> {
                match self {
                    $($name::$variant => Some(stringify!($variant)),)+
                    $name::Unknown(_) => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self.api_name() {
                    Some(name) => f.write_str(name),
                    None => write!(f, "Unknown({})", self.code()),
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::cm::enums::UnknownName;

            /// Accepts a name in any case, or `Unknown(n)` as `Display` writes it.
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                let text = text.trim();
                $(if text.eq_ignore_ascii_case(stringify!($variant)) {
                    return Ok($name::$variant);
                })+
                crate::cm::enums::parse_unknown(text)
                    .map($name::from_code)
                    .ok_or_else(|| crate::cm::enums::UnknownName {
                        kind: stringify!($name),
                        text: text.to_owned(),
                        known: vec![$(stringify!($variant)),+],
                    })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::cm::wire::deserialize_enum_code(deserializer).map($name::from_code)
            }
        }
    };
}

/// A name that is none of an enum's known names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' is not a {kind}; known values: {}", known.join(", "))]
pub struct UnknownName {
    pub kind: &'static str,
    pub text: String,
    pub known: Vec<&'static str>,
}

pub(crate) fn parse_unknown(text: &str) -> Option<i64> {
    let inner = text
        .strip_prefix("Unknown(")
        .or_else(|| text.strip_prefix("unknown("))?
        .strip_suffix(')')?;
    inner.trim().parse().ok()
}

cm_enum! {
    /// A request's status. The numbers are inferred from the CM SQL API and
    /// the REST examples; Microsoft does not document them.
    RequestStatus {
        None = 0,
        Approved = 3,
        Denied = 4,
        Completed = 8,
        Failed = 9,
        Pending = 16,
        Canceled = 17,
        Executing = 18,
    }
}

cm_enum! {
    /// A request's type. Only Enroll (1) and Unblock (5) are seen in
    /// Microsoft's examples; every other number stays `Unknown(n)` rather
    /// than being given a guessed name.
    RequestType {
        Enroll = 1,
        Unblock = 5,
    }
}

cm_enum! {
    /// A smartcard's status. Numbered in the order Microsoft lists the
    /// names; only "2 right after assignment" is confirmed by an example.
    SmartcardStatus {
        None = 0,
        New = 1,
        Assigned = 2,
        Active = 3,
        Disabled = 4,
        Suspended = 5,
        Retired = 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_have_names_and_unknown_ones_round_trip() {
        assert_eq!(RequestStatus::from_code(3), RequestStatus::Approved);
        assert_eq!(RequestStatus::Approved.to_string(), "Approved");
        let odd = RequestStatus::from_code(42);
        assert_eq!(odd.to_string(), "Unknown(42)");
        assert_eq!("Unknown(42)".parse::<RequestStatus>(), Ok(odd));
        assert_eq!(serde_json::to_string(&odd).unwrap(), "42");
        assert_eq!(serde_json::from_str::<RequestStatus>("42").unwrap(), odd);
        assert_eq!(RequestType::from_code(2).to_string(), "Unknown(2)");
    }

    #[test]
    fn names_parse_in_any_case_and_bad_names_list_the_known_ones() {
        assert_eq!(
            "approved".parse::<RequestStatus>(),
            Ok(RequestStatus::Approved)
        );
        let err = "Aproved".parse::<RequestStatus>().unwrap_err();
        let words = err.to_string();
        assert!(
            words.contains("'Aproved' is not a RequestStatus"),
            "{words}"
        );
        assert!(words.contains("Approved, Denied"), "{words}");
    }
}
