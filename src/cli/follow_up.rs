//! `stemme survey follow-up`: a follow-up of a closed survey, its
//! departments carried on by name as on the form's one screen.

use anyhow::bail;
use clap::{Args, ValueEnum};

use super::surveys::{operator_language, parse_id};
use crate::accounts::Actor;
use crate::service::{FollowUpError, NewFollowUp, QuestionnaireChoice, Service, continues};
use crate::survey::{DepartmentName, SurveyTitle};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuestionnaireArg {
    /// The baseline's own questionnaire.
    Same,
    /// The built-in questionnaire, a newer version of the baseline's.
    Newest,
}

#[derive(Debug, Args)]
pub struct FollowUpArgs {
    /// The closed survey to follow up.
    #[arg(long, env = "STEMME_FROM")]
    from: String,
    /// The follow-up's title.
    #[arg(long, env = "STEMME_TITLE")]
    title: String,
    /// A baseline department under a new name: OLD=NEW.
    #[arg(long, env = "STEMME_RENAME", value_delimiter = ',')]
    rename: Vec<String>,
    /// Baseline departments merged into one: "A+B=NEW".
    #[arg(long, env = "STEMME_MERGE", value_delimiter = ',')]
    merge: Vec<String>,
    /// A baseline department the follow-up does not ask.
    #[arg(long, env = "STEMME_DROP", value_delimiter = ',')]
    drop: Vec<String>,
    /// A department new in the follow-up.
    #[arg(long, env = "STEMME_ADD", value_delimiter = ',')]
    add: Vec<String>,
    /// A baseline department where the pilot ran.
    #[arg(long, env = "STEMME_PILOT", value_delimiter = ',')]
    pilot: Vec<String>,
    /// The baseline's questionnaire, or the newest version of it.
    #[arg(long, env = "STEMME_FOLLOW_UP_QUESTIONNAIRE", value_enum, default_value_t = QuestionnaireArg::Same)]
    questionnaire: QuestionnaireArg,
}

pub async fn run(args: FollowUpArgs, service: &Service) -> anyhow::Result<()> {
    let baseline = parse_id(&args.from)?;
    let names: Vec<DepartmentName> = service
        .survey(&baseline)
        .await?
        .departments
        .into_iter()
        .map(|d| d.name)
        .collect();
    // A name as the baseline spells it, in any case; as typed if it has
    // none such, for the service to refuse by name.
    let known = |typed: &str| -> anyhow::Result<DepartmentName> {
        let wanted = typed.trim().to_lowercase();
        match names.iter().find(|n| n.as_str().to_lowercase() == wanted) {
            Some(name) => Ok(name.clone()),
            None => Ok(DepartmentName::existing(typed)?),
        }
    };
    let mut moves: Vec<(DepartmentName, DepartmentName)> = Vec::new();
    for rename in &args.rename {
        let Some((old, new)) = rename.split_once('=') else {
            bail!("--rename takes OLD=NEW, not \"{rename}\"");
        };
        moves.push((known(old)?, DepartmentName::parse(new)?));
    }
    for merge in &args.merge {
        let Some((parts, new)) = merge.split_once('=') else {
            bail!("--merge takes \"A+B=NEW\", not \"{merge}\"");
        };
        let new = DepartmentName::parse(new)?;
        for part in parts.split('+') {
            moves.push((known(part)?, new.clone()));
        }
    }
    let dropped = args
        .drop
        .iter()
        .map(|d| known(d))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if let Some(both) = dropped.iter().find(|d| moves.iter().any(|(b, _)| b == *d)) {
        bail!("\"{both}\" is both dropped and carried on: give it once");
    }
    // Every baseline department in its order, then names it does not have.
    let mut pairs = Vec::new();
    for name in &names {
        let mine: Vec<_> = moves.iter().filter(|(b, _)| b == name).cloned().collect();
        if mine.is_empty() && !dropped.contains(name) {
            pairs.push((name.clone(), name.clone()));
        }
        pairs.extend(mine);
    }
    pairs.extend(moves.into_iter().filter(|(b, _)| !names.contains(b)));
    pairs.extend(
        dropped
            .into_iter()
            .filter(|d| !names.contains(d))
            .map(|d| (d.clone(), d)),
    );
    let new = NewFollowUp {
        title: SurveyTitle::parse(&args.title)?,
        departments: continues(pairs),
        new_departments: args
            .add
            .iter()
            .map(|a| DepartmentName::parse(a))
            .collect::<Result<_, _>>()?,
        pilots: args
            .pilot
            .iter()
            .map(|p| known(p))
            .collect::<anyhow::Result<_>>()?,
        questionnaire: match args.questionnaire {
            QuestionnaireArg::Same => QuestionnaireChoice::Same,
            QuestionnaireArg::Newest => QuestionnaireChoice::Newest,
        },
    };
    let id = match service
        .create_follow_up(&baseline, new, &Actor::CommandLine)
        .await
    {
        Ok(id) => id,
        Err(FollowUpError::Departments(e)) => {
            match crate::i18n::departments_problem(operator_language(), &e) {
                Some(message) => bail!(message),
                None => return Err(e.into()),
            }
        }
        Err(e) => return Err(e.into()),
    };
    eprintln!(
        "Created survey \"{}\" as a draft follow-up of {baseline}.",
        args.title.trim()
    );
    println!("{id}");
    Ok(())
}
