//! Department names that people could not tell apart (rule P10).
//!
//! An invite to "Salg" + U+200B, to "Sаlg" with a Cyrillic а, or to "Salɡ"
//! shows the employee "Salg", while their ballot stands alone in a
//! department of its own. So a name is first brought to one form (NFKC,
//! runs of spaces as one) and refused if it holds a character nobody sees
//! (a control, format or other default-ignorable character, or a private
//! use one); then two names whose UTS #39 confusable *skeletons* are equal
//! are one name twice. The tables are the `unicode-security` crate's.

use unicode_normalization::UnicodeNormalization;
use unicode_security::skeleton;

/// `input`, trimmed, in NFKC with runs of white space as one space; `None`
/// if it holds a character that is not seen.
pub(super) fn canonical(input: &str) -> Option<String> {
    let normal: String = input.nfkc().collect();
    if normal.chars().any(unseen) {
        return None;
    }
    Some(normal.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Controls, format characters and everything else Unicode says renders as
/// nothing (Default_Ignorable_Code_Point: the skeleton drops exactly
/// those), private use and noncharacters. White space is seen as space.
fn unseen(c: char) -> bool {
    let mut buffer = [0; 4];
    let ignorable = !c.is_whitespace() && skeleton(c.encode_utf8(&mut buffer)).next().is_none();
    let private = matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..);
    let nonchar = matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32 & 0xFFFE) == 0xFFFE;
    c.is_control() || ignorable || private || nonchar
}

/// What two names must not share: the skeleton as written (so "SaIg" with a
/// capital I meets "Salg") and of the lower-cased name (so "SALG" meets
/// "Sаlg").
pub(super) fn skeletons(name: &str) -> [String; 2] {
    [
        skeleton(name).collect(),
        skeleton(&name.to_lowercase()).collect(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_and_formatting_characters_are_refused() {
        for bad in [
            "Salg\u{200B}",
            "Sa\u{00AD}lg",
            "\u{2060}Salg",
            "Salg\u{202E}",
            "Sal\u{FE0F}g",
            "Salg\u{E000}",
            "Sa\u{7}lg",
            "\u{3164}",
        ] {
            assert_eq!(canonical(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn names_come_to_one_form() {
        assert_eq!(
            canonical("  Kunde\u{A0}\u{3000}service  ").unwrap(),
            "Kunde service"
        );
        assert_eq!(canonical("ﬁnans").unwrap(), "finans");
        assert_eq!(
            canonical("Ærø & Ølstykke – Århus").unwrap(),
            "Ærø & Ølstykke – Århus"
        );
    }

    #[test]
    fn look_alikes_share_a_skeleton_and_different_names_do_not() {
        let salg = skeletons("Salg");
        for twin in ["Sаlg", "Salɡ", "SaIg", "SALG", "Ѕalg"] {
            let other = skeletons(twin);
            assert!(
                salg.iter().zip(&other).any(|(a, b)| a == b),
                "{twin:?} should look like Salg"
            );
        }
        for different in ["Salt", "Sälg", "Sal"] {
            let other = skeletons(different);
            assert!(
                salg.iter().zip(&other).all(|(a, b)| a != b),
                "{different:?}"
            );
        }
    }
}
