use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use crate::accounts::Actor;
use crate::language::Language;
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};
use crate::service::{NewSurvey, Service, SurveyError};
use crate::survey::{Departments, MinGroupSize, SurveyId, SurveyTitle};

#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Create a draft survey and print its id.
    Create {
        /// The title employees see, e.g. "Social media at Nordlys".
        #[arg(long, env = "STEMME_TITLE")]
        title: String,
        /// Comma-separated department names, e.g. "Sales,Marketing,IT".
        #[arg(long, env = "STEMME_DEPARTMENTS")]
        departments: String,
        /// A questionnaire TOML file; without it, the built-in default.
        #[arg(long, env = "STEMME_QUESTIONNAIRE")]
        questionnaire: Option<PathBuf>,
        /// The smallest group a report may describe (at least 3).
        #[arg(long, env = "STEMME_MIN_GROUP_SIZE", default_value_t = 5)]
        min_group_size: u32,
    },
    /// List all surveys with their participation.
    List,
    /// Open a draft survey: make its keys and start accepting answers.
    Open {
        /// The survey's id, as printed by `survey create`.
        id: String,
    },
    /// Close an open survey for good: its private keys are destroyed.
    Close {
        /// The survey's id.
        id: String,
    },
    /// Make a draft follow-up of a closed survey and print its id.
    FollowUp(super::follow_up::FollowUpArgs),
}

pub async fn run(command: SurveyCommand, service: &Service) -> anyhow::Result<()> {
    match command {
        SurveyCommand::Create {
            title,
            departments,
            questionnaire,
            min_group_size,
        } => {
            let parsed = match &questionnaire {
                Some(path) => {
                    let source = std::fs::read_to_string(path).with_context(|| {
                        format!("could not read the questionnaire {}", path.display())
                    })?;
                    Questionnaire::parse(&source)
                        .with_context(|| format!("in {}", path.display()))?
                }
                None => Questionnaire::parse(DEFAULT_SOURCE)?,
            };
            let departments = Departments::parse_list(&departments).map_err(|e| {
                match crate::i18n::departments_problem(operator_language(), &e) {
                    Some(message) => anyhow::anyhow!(message),
                    None => e.into(),
                }
            })?;
            let new = NewSurvey {
                title: SurveyTitle::parse(&title)?,
                departments,
                questionnaire: parsed,
                min_group_size: MinGroupSize::new(min_group_size)?,
            };
            let id = service.create_survey(new, &Actor::CommandLine).await?;
            eprintln!("Created survey \"{}\" as a draft.", title.trim());
            println!("{id}");
        }
        SurveyCommand::List => list(service).await?,
        SurveyCommand::Open { id } => {
            let survey = parse_id(&id)?;
            match service.open_survey(&survey, &Actor::CommandLine).await {
                Err(SurveyError::TooFewInvites { k, departments }) => {
                    let l = operator_language();
                    anyhow::bail!(crate::i18n::too_few_invites(l, k, &departments))
                }
                other => other?,
            }
            eprintln!("Survey {id} is open: invites can now be used.");
        }
        SurveyCommand::Close { id } => {
            let survey = parse_id(&id)?;
            service.close_survey(&survey, &Actor::CommandLine).await?;
            eprintln!("Survey {id} is closed; its private keys are destroyed.");
        }
        SurveyCommand::FollowUp(args) => super::follow_up::run(args, service).await?,
    }
    Ok(())
}

/// The language of the operator's locale (`LC_ALL`, `LANG`): messages
/// about departments are HR's to read. English when it is none of ours.
pub(super) fn operator_language() -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Language::from_tag(&v))
        .unwrap_or(Language::En)
}

pub fn parse_id(id: &str) -> anyhow::Result<SurveyId> {
    SurveyId::parse(id.trim()).with_context(|| format!("\"{id}\" is not a survey id"))
}

async fn list(service: &Service) -> anyhow::Result<()> {
    let surveys = service.list_surveys().await?;
    if surveys.is_empty() {
        eprintln!("No surveys yet. Create one with `stemme survey create`.");
        return Ok(());
    }
    println!(
        "{:<12}  {:<6}  {:>5}  {:>7}  {:>7}  {:>8}  TITLE",
        "ID", "STATUS", "DEPTS", "INVITES", "STARTED", "ANSWERED"
    );
    for s in surveys {
        println!(
            "{:<12}  {:<6}  {:>5}  {:>7}  {:>7}  {:>8}  {}",
            s.id, s.status, s.departments, s.invites, s.started, s.answered, s.title
        );
    }
    Ok(())
}
