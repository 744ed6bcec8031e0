//! The audit trail's vocabulary: what HR did, when, and who did it.
//! It records HR's actions only, never anything an employee did.

use std::fmt;

use super::Username;
use crate::survey::SurveyId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    AccountCreated,
    SignedIn,
    SignedOut,
    SurveyCreated,
    DepartmentsChanged,
    SettingsChanged,
    InvitesCreated,
    SurveyOpened,
    SurveyClosed,
    ResultsSettingsChanged,
    InvitesVoided,
    /// A spreadsheet of a closed survey's results was written.
    ResultsExported,
    /// The database was restored from a backup; open surveys' keys retired.
    BackupRestored,
    /// Many of a department's codes were used from one network address
    /// within minutes: a warning sign that one person holds them.
    CodesFromOneAddress,
}

impl Action {
    const ALL: [Action; 14] = [
        Action::AccountCreated,
        Action::SignedIn,
        Action::SignedOut,
        Action::SurveyCreated,
        Action::DepartmentsChanged,
        Action::SettingsChanged,
        Action::InvitesCreated,
        Action::SurveyOpened,
        Action::SurveyClosed,
        Action::ResultsSettingsChanged,
        Action::InvitesVoided,
        Action::ResultsExported,
        Action::BackupRestored,
        Action::CodesFromOneAddress,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::AccountCreated => "account_created",
            Action::SignedIn => "signed_in",
            Action::SignedOut => "signed_out",
            Action::SurveyCreated => "survey_created",
            Action::DepartmentsChanged => "departments_changed",
            Action::SettingsChanged => "settings_changed",
            Action::InvitesCreated => "invites_created",
            Action::SurveyOpened => "survey_opened",
            Action::SurveyClosed => "survey_closed",
            Action::ResultsSettingsChanged => "results_settings_changed",
            Action::InvitesVoided => "invites_voided",
            Action::ResultsExported => "results_exported",
            Action::BackupRestored => "backup_restored",
            Action::CodesFromOneAddress => "codes_from_one_address",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// Who did it: an account, or someone at the server's command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Account(Username),
    CommandLine,
    /// Stemme itself: a warning it noticed (`service/one_address.rs`).
    Server,
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actor::Account(name) => f.write_str(name.as_str()),
            Actor::CommandLine => f.write_str(Actor::COMMAND_LINE),
            Actor::Server => f.write_str(Actor::SERVER),
        }
    }
}

impl Actor {
    pub const COMMAND_LINE: &'static str = "(command line)";
    pub const SERVER: &'static str = "(Stemme)";
}

/// One line of the trail. `detail` is short and about HR's action, such as
/// "Salg: 40" for invites made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Seconds since 1970 (UTC).
    pub at: i64,
    pub actor: String,
    pub action: Action,
    pub survey: Option<SurveyId>,
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_name() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        assert_eq!(Action::parse("deleted_everything"), None);
    }
}
