//! The demo company's follow-up, six months after its baseline: the
//! departments HR's form would carry on — "Marketing og kommunikation"
//! renamed "Marketing", Jura and Direktion (pooled in the baseline, too
//! small apart) merged into one department that can be shown — the pilots
//! the baseline recommended with Salg added, and people who grew into the
//! programme where the pilot ran (`people::later`). So the comparison page
//! shows something true: the pilots moved more than the rest.

use super::people::{COMPANY, Profile};
use super::wave::{Department, fill_and_close};
use crate::accounts::Actor;
use crate::service::{NewFollowUp, QuestionnaireChoice, Service};
use crate::survey::follow_up::Continues;
use crate::survey::{DepartmentName, SurveyId, SurveyTitle};

/// Baseline departments and the name each goes on under; two with the
/// same name are merged.
const CARRIED_ON: [(&str, &str); 8] = [
    ("Salg", "Salg"),
    ("Marketing og kommunikation", "Marketing"),
    ("Kundeservice", "Kundeservice"),
    ("Økonomi", "Økonomi"),
    ("IT og udvikling", "IT og udvikling"),
    ("Lager og logistik", "Lager og logistik"),
    ("Jura", "Direktion og jura"),
    ("Direktion", "Direktion og jura"),
];

/// Makes, fills and closes the follow-up of the demo survey `baseline`.
pub async fn make_follow_up(service: &Service, baseline: &SurveyId) -> anyhow::Result<SurveyId> {
    let plan = service.plan_follow_up(baseline).await?;
    // HR's form starts from the recommendation, and HR added the largest
    // department with many willing people: the pilot ran in both.
    let mut pilots: Vec<DepartmentName> = plan.recommended_for(plan.goal).to_vec();
    let salg = DepartmentName::parse("Salg")?;
    if !pilots.contains(&salg) {
        pilots.push(salg);
    }
    let mut departments: Vec<Continues> = Vec::new();
    let mut wave: Vec<Department> = Vec::new();
    for (from, to) in CARRIED_ON {
        let profile = COMPANY
            .iter()
            .find(|p| p.name == from)
            .ok_or_else(|| anyhow::anyhow!("{from} is not in the demo company"))?;
        let from = DepartmentName::parse(from)?;
        let to = DepartmentName::parse(to)?;
        let later: Profile = profile.six_months_later(pilots.contains(&from));
        match departments.iter().position(|c| c.department == to) {
            Some(i) => {
                departments[i].baseline.push(from);
                wave[i].invited += later.invited;
                wave[i].answering.push((later, later.answering));
            }
            None => {
                departments.push(Continues {
                    department: to.clone(),
                    baseline: vec![from],
                });
                wave.push(Department {
                    name: to,
                    invited: later.invited,
                    answering: vec![(later, later.answering)],
                });
            }
        }
    }
    let new = NewFollowUp {
        title: SurveyTitle::parse("Sociale medier hos Nordlys — seks måneder efter")?,
        departments,
        new_departments: Vec::new(),
        pilots,
        questionnaire: QuestionnaireChoice::Same,
    };
    let survey = service
        .create_follow_up(baseline, new, &Actor::CommandLine)
        .await?;
    fill_and_close(service, &survey, &wave, 2027).await?;
    Ok(survey)
}
