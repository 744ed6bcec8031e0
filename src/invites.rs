//! Invite codes: the one secret an employee receives, on paper or by mail.
//!
//! A code is 23 random symbols (115 bits from the OS generator) plus one
//! Luhn mod 32 check symbol, written in Crockford's base 32 as six groups of
//! four, e.g. `7KQ2-M9XD-4RTB-HC3W-P8NF-VJ0B`. The check symbol lets the page
//! tell "mistyped" from "unknown" without asking the server, and the alphabet
//! has no I, L, O or U, so a code copied by hand from a slip rarely goes wrong.

use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use crate::random::{RandomnessError, random_base32};
use crate::survey::DepartmentName;

pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_SYMBOLS: usize = 23;
const CODE_LEN: usize = RANDOM_SYMBOLS + 1;
const GROUP: usize = 4;

/// A well-formed invite code, in canonical form (upper case, no separators).
/// A credential: its `Debug` says `[REDACTED]` and its memory is zeroed when
/// it is dropped (`secrecy`).
#[derive(Clone, Debug)]
pub struct InviteCode(SecretString);

/// SHA-256 of the canonical code: all the database ever keeps of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeHash(pub [u8; 32]);

/// How a batch of invites leaves Stemme: a file for a mail merge, or a
/// sheet of slips to print and hand out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteFormat {
    Csv,
    Slips,
}

impl InviteFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            InviteFormat::Csv => "csv",
            InviteFormat::Slips => "slips",
        }
    }
}

/// A batch of invites as HR's page lists it: what was made, by whom, and
/// how much of it is used. Counts only, never a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteBatchSummary {
    /// Its number within the survey, 1, 2, 3… in the order made.
    pub number: u64,
    /// What names it in a request to void it.
    pub id: i64,
    pub department: DepartmentName,
    /// How it left Stemme: `csv` or `slips` ([`InviteFormat::as_str`]).
    pub format: String,
    /// Who made it, as the audit trail names them.
    pub made_by: String,
    pub made: u64,
    /// Invites of the batch still on record (made − voided).
    pub remaining: u64,
    pub used: u64,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InviteCodeError {
    #[error("an invite code has {CODE_LEN} letters and digits; this one has {0}")]
    WrongLength(usize),
    #[error("an invite code cannot contain \"{0}\"")]
    InvalidCharacter(char),
    #[error("this invite code contains a typing error")]
    Mistyped,
}

impl InviteCode {
    pub fn generate() -> Result<Self, RandomnessError> {
        let mut code = random_base32(ALPHABET, RANDOM_SYMBOLS)?;
        let check = luhn_check_symbol(code.as_bytes());
        code.push(char::from(check));
        Ok(InviteCode(code.into()))
    }

    /// Accepts what people type: any case, spaces or dashes anywhere, and the
    /// look-alikes O for 0 and I or L for 1.
    pub fn parse(input: &str) -> Result<Self, InviteCodeError> {
        let mut canonical = String::with_capacity(CODE_LEN);
        for c in input.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            canonical.push(canonical_symbol(c).ok_or(InviteCodeError::InvalidCharacter(c))?);
            if canonical.len() > CODE_LEN {
                break;
            }
        }
        if canonical.len() != CODE_LEN {
            let count = input.chars().filter(|c| c.is_alphanumeric()).count();
            return Err(InviteCodeError::WrongLength(count));
        }
        if !luhn_is_valid(canonical.as_bytes()) {
            return Err(InviteCodeError::Mistyped);
        }
        Ok(InviteCode(canonical.into()))
    }

    /// The form printed on slips and in CSV files: groups of four.
    pub fn grouped(&self) -> String {
        let code = self.0.expose_secret();
        let symbols: Vec<&str> = (0..CODE_LEN / GROUP)
            .map(|g| &code[g * GROUP..(g + 1) * GROUP])
            .collect();
        symbols.join("-")
    }

    pub fn hash(&self) -> CodeHash {
        CodeHash(Sha256::digest(self.0.expose_secret().as_bytes()).into())
    }
}

impl PartialEq for InviteCode {
    fn eq(&self, other: &Self) -> bool {
        self.hash() == other.hash()
    }
}

impl Eq for InviteCode {}

fn canonical_symbol(c: char) -> Option<char> {
    let upper = c.to_ascii_uppercase();
    let mapped = match upper {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    mapped
        .is_ascii()
        .then_some(mapped as u8)
        .filter(|b| ALPHABET.contains(b))
        .map(char::from)
}

fn symbol_value(symbol: u8) -> u32 {
    ALPHABET.iter().position(|&a| a == symbol).unwrap_or(0) as u32
}

/// Luhn mod N: catches every single wrong symbol and most swaps of neighbours.
fn luhn_sum(symbols: &[u8], double_first_from_right: bool) -> u32 {
    let mut double = double_first_from_right;
    let mut sum = 0;
    for &s in symbols.iter().rev() {
        let mut addend = symbol_value(s) * if double { 2 } else { 1 };
        addend = addend / 32 + addend % 32;
        sum += addend;
        double = !double;
    }
    sum
}

fn luhn_check_symbol(payload: &[u8]) -> u8 {
    let remainder = luhn_sum(payload, true) % 32;
    ALPHABET[((32 - remainder) % 32) as usize]
}

fn luhn_is_valid(code: &[u8]) -> bool {
    luhn_sum(code, false).is_multiple_of(32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn generated_codes_parse_back_in_grouped_form() {
        let code = InviteCode::generate().unwrap();
        let grouped = code.grouped();
        assert_eq!(grouped.len(), 29);
        assert_eq!(InviteCode::parse(&grouped).unwrap(), code);
    }

    #[test]
    fn codes_typed_in_lower_case_with_look_alikes_are_accepted() {
        let code = InviteCode::generate().unwrap();
        let typed = code
            .grouped()
            .to_lowercase()
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(InviteCode::parse(&typed.replace('-', " ")).unwrap(), code);
    }

    #[test]
    fn a_single_wrong_symbol_is_detected_as_mistyped() {
        let code = InviteCode::generate().unwrap();
        for position in 0..CODE_LEN {
            for &replacement in ALPHABET {
                let mut bytes = code.0.expose_secret().as_bytes().to_vec();
                if bytes[position] == replacement {
                    continue;
                }
                bytes[position] = replacement;
                let typo = String::from_utf8(bytes).unwrap();
                assert_eq!(InviteCode::parse(&typo), Err(InviteCodeError::Mistyped));
            }
        }
    }

    #[test]
    fn short_codes_and_foreign_characters_are_refused() {
        assert_eq!(
            InviteCode::parse("ABCD-EFGH"),
            Err(InviteCodeError::WrongLength(8))
        );
        assert_eq!(
            InviteCode::parse("ABCD-EFGH-ÆØÅ"),
            Err(InviteCodeError::InvalidCharacter('Æ'))
        );
    }

    /// The browser checks codes with the same rules (assets/js/invite-code.mjs);
    /// both are tested against one file.
    #[test]
    fn the_shared_fixture_of_typed_codes_parses_as_it_says() {
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("../tests/data/invite_codes.json")).unwrap();
        for case in fixture["valid"].as_array().unwrap() {
            let code = InviteCode::parse(case["input"].as_str().unwrap()).unwrap();
            assert_eq!(code.0.expose_secret(), case["code"].as_str().unwrap());
        }
        for case in fixture["mistyped"].as_array().unwrap() {
            let parsed = InviteCode::parse(case.as_str().unwrap());
            assert_eq!(parsed, Err(InviteCodeError::Mistyped), "{case}");
        }
        for case in fixture["wrong_length"].as_array().unwrap() {
            let count = case["count"].as_u64().unwrap() as usize;
            let parsed = InviteCode::parse(case["input"].as_str().unwrap());
            assert_eq!(parsed, Err(InviteCodeError::WrongLength(count)), "{case}");
        }
        for case in fixture["invalid_character"].as_array().unwrap() {
            let character = case["character"].as_str().unwrap().chars().next().unwrap();
            let parsed = InviteCode::parse(case["input"].as_str().unwrap());
            let expected = Err(InviteCodeError::InvalidCharacter(character));
            assert_eq!(parsed, expected, "{case}");
        }
    }

    #[test]
    fn debug_output_never_shows_the_code() {
        let code = InviteCode::generate().unwrap();
        assert!(!format!("{code:?}").contains(code.0.expose_secret()));
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_input_never_panics(s in "\\PC*") {
            let _ = InviteCode::parse(&s);
        }

        #[test]
        fn swapping_two_different_neighbours_is_usually_detected(pos in 0usize..CODE_LEN - 1) {
            let code = InviteCode::generate().unwrap();
            let mut bytes = code.0.expose_secret().as_bytes().to_vec();
            prop_assume!(bytes[pos] != bytes[pos + 1]);
            bytes.swap(pos, pos + 1);
            let swapped = String::from_utf8(bytes).unwrap();
            // Luhn misses only swaps of symbols whose values differ by 31; allow that.
            let v = (symbol_value(code.0.expose_secret().as_bytes()[pos]), symbol_value(code.0.expose_secret().as_bytes()[pos + 1]));
            if v.0.abs_diff(v.1) != 31 {
                prop_assert_eq!(InviteCode::parse(&swapped), Err(InviteCodeError::Mistyped));
            }
        }
    }
}
