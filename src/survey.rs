//! Survey-level domain types. They parse rather than validate: once a value
//! exists, it is known to be well formed.

use std::fmt;

use crate::random::{RandomnessError, random_base32};

/// Lower-case Crockford base-32: no i, l, o or u, so ids survive being read aloud.
const ID_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const ID_LEN: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SurveyId(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a survey id is {ID_LEN} characters from 0-9 and a-z (without i, l, o, u)")]
pub struct SurveyIdError;

impl SurveyId {
    pub fn generate() -> Result<Self, RandomnessError> {
        random_base32(ID_ALPHABET, ID_LEN).map(SurveyId)
    }

    pub fn parse(input: &str) -> Result<Self, SurveyIdError> {
        let ok = input.len() == ID_LEN && input.bytes().all(|b| ID_ALPHABET.contains(&b));
        if ok {
            Ok(SurveyId(input.to_owned()))
        } else {
            Err(SurveyIdError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SurveyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyStatus {
    /// Being prepared: departments and invites can change, nobody can answer yet.
    Draft,
    /// Tokens can be issued and answers submitted.
    Open,
    /// Final: private keys are destroyed, results can be read.
    Closed,
}

impl SurveyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SurveyStatus::Draft => "draft",
            SurveyStatus::Open => "open",
            SurveyStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "draft" => Some(SurveyStatus::Draft),
            "open" => Some(SurveyStatus::Open),
            "closed" => Some(SurveyStatus::Closed),
            _ => None,
        }
    }
}

impl fmt::Display for SurveyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which name a [`NameError`] is about, so a form can say it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameField {
    Title,
    Department,
}

impl fmt::Display for NameField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameField::Title => "the title",
            NameField::Department => "a department name",
        })
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NameError {
    #[error("{field} is empty")]
    Empty { field: NameField },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: NameField, max: usize },
    #[error("{field} contains a control character")]
    ControlCharacter { field: NameField },
    #[error("{field} contains an invisible or formatting character")]
    Invisible { field: NameField },
}

impl NameError {
    pub fn field(&self) -> NameField {
        match self {
            NameError::Empty { field }
            | NameError::TooLong { field, .. }
            | NameError::ControlCharacter { field }
            | NameError::Invisible { field } => *field,
        }
    }
}

/// Trims, then refuses empty, over-long and control-character text.
fn parse_line(input: &str, field: NameField, max: usize) -> Result<String, NameError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(NameError::Empty { field });
    }
    if trimmed.chars().count() > max {
        return Err(NameError::TooLong { field, max });
    }
    if trimmed.chars().any(char::is_control) {
        return Err(NameError::ControlCharacter { field });
    }
    Ok(trimmed.to_owned())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyTitle(String);

impl SurveyTitle {
    pub const MAX_CHARS: usize = 200;

    pub fn parse(input: &str) -> Result<Self, NameError> {
        parse_line(input, NameField::Title, Self::MAX_CHARS).map(SurveyTitle)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DepartmentName(String);

impl DepartmentName {
    pub const MAX_CHARS: usize = 80;

    /// A new name: in NFKC with single spaces, and refused if it holds a
    /// character nobody sees (rule P10, `look_alike.rs`).
    pub fn parse(input: &str) -> Result<Self, NameError> {
        let field = NameField::Department;
        let name = parse_line(input, field, Self::MAX_CHARS)?;
        let name = look_alike::canonical(&name).ok_or(NameError::Invisible { field })?;
        // NFKC can lengthen a name (ﷺ is eighteen letters), or empty it.
        parse_line(&name, field, Self::MAX_CHARS).map(DepartmentName)
    }

    /// A name as stored or as a form names a department that exists: one
    /// made before the rules of [`DepartmentName::parse`] must still be
    /// found, to be renamed or removed.
    pub fn existing(input: &str) -> Result<Self, NameError> {
        parse_line(input, NameField::Department, Self::MAX_CHARS).map(DepartmentName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DepartmentName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DepartmentsError {
    #[error("give at least one department")]
    None,
    #[error("at most {max} departments are allowed")]
    TooMany { max: usize },
    #[error("department \"{0}\" is listed twice")]
    Duplicate(String),
    #[error("\"{name}\" looks like \"{other}\": employees could not tell them apart")]
    LookAlike { name: String, other: String },
    #[error("the survey has no department called \"{0}\"")]
    Unknown(String),
    #[error(transparent)]
    Name(#[from] NameError),
}

/// The departments of a survey: at least one, unique regardless of case,
/// and no two that look alike (rule P10).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Departments(Vec<DepartmentName>);

impl Departments {
    pub const MAX: usize = 200;

    /// Parses a comma-separated list such as `Sales, Marketing, IT`.
    pub fn parse_list(input: &str) -> Result<Self, DepartmentsError> {
        let names: Vec<&str> = input.split(',').filter(|s| !s.trim().is_empty()).collect();
        Self::parse(&names)
    }

    pub fn parse<S: AsRef<str>>(names: &[S]) -> Result<Self, DepartmentsError> {
        if names.is_empty() {
            return Err(DepartmentsError::None);
        }
        if names.len() > Self::MAX {
            return Err(DepartmentsError::TooMany { max: Self::MAX });
        }
        let mut parsed: Vec<(DepartmentName, [String; 2])> = Vec::with_capacity(names.len());
        for name in names {
            let name = DepartmentName::parse(name.as_ref())?;
            let lower = name.as_str().to_lowercase();
            if parsed
                .iter()
                .any(|(p, _)| p.as_str().to_lowercase() == lower)
            {
                return Err(DepartmentsError::Duplicate(name.0));
            }
            let skeletons = look_alike::skeletons(name.as_str());
            let twin = parsed
                .iter()
                .find(|(_, other)| skeletons.iter().zip(other).any(|(a, b)| a == b));
            if let Some((other, _)) = twin {
                return Err(DepartmentsError::LookAlike {
                    name: name.0,
                    other: other.0.clone(),
                });
            }
            parsed.push((name, skeletons));
        }
        Ok(Departments(parsed.into_iter().map(|(n, _)| n).collect()))
    }

    /// A list as stored, unchecked: an edit of it is checked in full
    /// ([`Departments::apply`]).
    pub fn existing(names: Vec<DepartmentName>) -> Self {
        Departments(names)
    }

    pub fn names(&self) -> &[DepartmentName] {
        &self.0
    }
}

/// The smallest group a number may describe (rule P4). Never below 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MinGroupSize(u32);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MinGroupSizeError {
    #[error("the minimum group size must be at least {}", MinGroupSize::FLOOR)]
    TooSmall,
    #[error("the minimum group size must be at most {}", MinGroupSize::CEILING)]
    TooLarge,
}

impl MinGroupSize {
    pub const FLOOR: u32 = 3;
    pub const CEILING: u32 = 100;

    pub fn new(k: u32) -> Result<Self, MinGroupSizeError> {
        if k < Self::FLOOR {
            Err(MinGroupSizeError::TooSmall)
        } else if k > Self::CEILING {
            Err(MinGroupSizeError::TooLarge)
        } else {
            Ok(MinGroupSize(k))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for MinGroupSize {
    fn default() -> Self {
        MinGroupSize(5)
    }
}

mod edit;
pub mod follow_up;
mod look_alike;
pub use edit::DepartmentEdit;

#[cfg(test)]
mod tests;
