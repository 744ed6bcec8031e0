//! The languages Stemme speaks: Danish, Norwegian Bokmål and English.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Da,
    Nb,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Da, Language::Nb, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Da => "da",
            Language::Nb => "nb",
            Language::En => "en",
        }
    }

    /// Parses a language tag; Norwegian in any form (`no`, `nn`, `nb-NO`) maps to Bokmål.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Language::Da),
            "nb" | "no" | "nn" => Some(Language::Nb),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_variants_map_to_bokmal() {
        for tag in ["no", "nn", "nb", "nb-NO", "NO"] {
            assert_eq!(Language::from_tag(tag), Some(Language::Nb), "{tag}");
        }
    }

    #[test]
    fn unknown_languages_are_none() {
        assert_eq!(Language::from_tag("sv"), None);
        assert_eq!(Language::from_tag(""), None);
    }
}
