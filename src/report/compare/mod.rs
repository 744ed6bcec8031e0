//! A follow-up survey compared with its baseline (issue 22): per department
//! and for everyone, before, after and the change, and the pilots' change
//! against the rest's. Pure: built from the two audited publications and
//! the link between the waves, nothing else.
//!
//! Every number of a [`Comparison`] is a function of the two publications'
//! published values (exact counts, and bands or rounded figures as the
//! ranges they allow), never of a tally: so the pair tells nothing that
//! either publication does not already tell (rule P9 across waves; the
//! property test in `tests/attacked.rs` enumerates both waves' tables to
//! check it).
//!
//! Participation is compared like a share, with the same interval. The
//! response rate of a department is exact (everyone invited is the
//! population, nobody was sampled), but whether each person answers varies
//! from wave to wave for reasons that have nothing to do with the pilot; a
//! change of one or two answers in a small department is that, not an
//! effect, and the interval says so in the same words as for the answers.

mod chance;
mod changes;
pub mod matching;
pub mod model;
mod pilots;
mod units;
mod values;

pub use model::*;

use crate::questionnaire::Questionnaire;
use crate::questionnaire::readiness::Goal;
use crate::report::results::Results;
use crate::survey::DepartmentName;
use crate::survey::follow_up::Link;
use chance::Counted;
use values::Gap;

/// One wave's publication, with the survey's departments in the order of
/// its tally (the names its groups and empty departments use).
#[derive(Debug, Clone, Copy)]
pub struct Publication<'a> {
    pub results: &'a Results,
    pub departments: &'a [DepartmentName],
    pub questionnaire: &'a Questionnaire,
}

/// The baseline's publication, then the follow-up's.
type Waves<'w, 'a> = [&'w Publication<'a>; 2];

/// Whether wave `w` asked the measure as the other wave did: a share
/// measure is compared only where both waves asked it with the same
/// question, otherwise the baseline's side counts as not asked.
fn asked(waves: Waves<'_, '_>, measure: &Measure, w: usize) -> Result<(), Gap> {
    let (before, after) = (
        values::question(waves[0], measure),
        values::question(waves[1], measure),
    );
    if w == 0 && before.is_some() && after.is_some() && before != after {
        return Err(Gap::NotAsked);
    }
    Ok(())
}

/// The counts behind a share measure (or participation) for some groups of
/// wave `w`.
fn counts(
    waves: Waves<'_, '_>,
    measure: &Measure,
    w: usize,
    groups: &[usize],
    empty_invited: u64,
) -> Result<Counted, Gap> {
    asked(waves, measure, w)?;
    values::counted(waves[w], measure, groups, empty_invited)
}

/// The measures, in the order every unit lists them: participation, the
/// readiness shares where either wave has them (platforms in the
/// follow-up's order, then those only the baseline asked about), the index
/// per goal.
fn measures(waves: Waves<'_, '_>) -> Vec<MeasureInfo> {
    let plain = |measure| MeasureInfo {
        measure,
        label: None,
    };
    let mut list = vec![plain(Measure::Participation)];
    let readiness: Vec<_> = [waves[1], waves[0]]
        .iter()
        .filter_map(|p| p.results.readiness.as_ref())
        .collect();
    if readiness.is_empty() {
        return list;
    }
    list.extend(
        [
            Measure::Volunteers,
            Measure::AlreadySharing,
            Measure::CourseInterest,
        ]
        .map(plain),
    );
    let mut seen: Vec<&str> = Vec::new();
    for r in &readiness {
        for platform in &r.platforms {
            if !seen.contains(&platform.id.as_str()) {
                seen.push(&platform.id);
                list.push(MeasureInfo {
                    measure: Measure::Weekly {
                        platform: platform.id.clone(),
                    },
                    label: Some(platform.text.clone()),
                });
            }
        }
    }
    list.extend(Goal::ALL.map(|goal| plain(Measure::Index { goal })));
    list
}

/// Where a goal's index sits in a publication's goals.
fn goal_position(p: &Publication<'_>, goal: Goal) -> Option<usize> {
    let r = p.results.readiness.as_ref()?;
    r.goals.iter().position(|g| g.goal == goal)
}

fn unit_changes(
    waves: Waves<'_, '_>,
    plan: &units::UnitPlan,
    measures: &[MeasureInfo],
) -> Vec<Change> {
    measures
        .iter()
        .map(|m| match m.measure {
            Measure::Index { goal } => {
                let end = |w: usize| {
                    let at = goal_position(waves[w], goal).ok_or(Gap::NotAsked)?;
                    values::index_value(waves[w], at, &plan.groups[w])
                };
                changes::index(end(0), end(1))
            }
            ref measure => {
                let end = |w: usize| {
                    counts(waves, measure, w, &plan.groups[w], plan.empty_invited[w])
                        .and_then(values::value_of)
                };
                changes::share(end(0), end(1))
            }
        })
        .collect()
}

fn everyone(waves: Waves<'_, '_>, measures: &[MeasureInfo]) -> Unit {
    let changes = measures
        .iter()
        .map(|m| {
            let end = |w: usize| {
                asked(waves, &m.measure, w)?;
                values::everyone_value(waves[w], &m.measure)
            };
            match m.measure {
                Measure::Index { .. } => changes::index(end(0), end(1)),
                _ => changes::share(end(0), end(1)),
            }
        })
        .collect();
    Unit {
        baseline: Vec::new(),
        follow_up: Vec::new(),
        kind: UnitKind::Everyone,
        pilot: Pilot::Partly,
        changes,
    }
}

/// The comparison of a follow-up with its baseline, from their audited
/// publications and the link between their departments. `unmatched` (what
/// one questionnaire has and the other not) is stored as it is given.
pub fn compare(
    baseline: Publication<'_>,
    follow_up: Publication<'_>,
    link: &Link,
    unmatched: Vec<Unmatched>,
) -> Comparison {
    let waves: Waves<'_, '_> = [&baseline, &follow_up];
    let plan = units::plan(&baseline, &follow_up, link);
    let measures = measures(waves);
    let names = |w: usize, u: &units::UnitPlan| -> Vec<String> {
        if u.kind == UnitKind::Pool {
            // The pool stands for its members together, unnamed, as in
            // each publication.
            return Vec::new();
        }
        u.departments[w]
            .iter()
            .map(|&d| waves[w].departments[d].as_str().to_owned())
            .collect()
    };
    let units: Vec<Unit> = plan
        .units
        .iter()
        .map(|u| Unit {
            baseline: names(0, u),
            follow_up: names(1, u),
            kind: u.kind,
            pilot: u.pilot,
            changes: unit_changes(waves, u, &measures),
        })
        .collect();
    let pilots_vs_rest = pilots::pilots_vs_rest(waves, &plan.units, &measures);
    Comparison {
        min_group_size: follow_up.results.min_group_size,
        everyone: everyone(waves, &measures),
        measures,
        units,
        not_compared: plan.not_compared,
        unmatched,
        pilots_vs_rest,
    }
}

#[cfg(test)]
mod tests;
