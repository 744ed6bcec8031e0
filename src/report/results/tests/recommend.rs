//! The recommendation on crafted companies, per goal and when none is ready.

use super::fixtures::{Department, Person, k, results};
use crate::questionnaire::readiness::{Goal, Step};
use crate::report::results::{Because, MainBarrier, NoneReady, Pilot, Recommendation, Results};

/// `n` people, `volunteers` of them keen, all weekly on `platforms` and the
/// keen ones willing to share there; everyone names `barrier`.
fn department(
    name: &'static str,
    n: usize,
    volunteers: usize,
    platforms: &[&'static str],
    barrier: &'static str,
) -> Department {
    let people = (0..n)
        .map(|i| {
            let mut p = Person::new(if i < volunteers { 5 } else { 2 });
            p.weekly = platforms.to_vec();
            if i < volunteers {
                p.willing = platforms.to_vec();
            }
            p.barriers = vec![barrier];
            p
        })
        .collect();
    Department {
        name,
        invited: n as u64,
        people,
    }
}

fn recommendation(results: &Results, goal: Goal) -> &Recommendation {
    let r = results.readiness.as_ref().unwrap();
    &r.goals
        .iter()
        .find(|g| g.goal == goal)
        .unwrap()
        .recommendation
}

fn pilots(results: &Results, goal: Goal) -> Vec<&Pilot> {
    match recommendation(results, goal) {
        Recommendation::Pilots { pilots } => pilots.iter().collect(),
        other => panic!("no pilots: {other:?}"),
    }
}

fn company() -> Results {
    results(
        &[
            department("Salg", 12, 6, &["linkedin"], "unsure_allowed"),
            department("Marketing", 12, 6, &["instagram", "snapchat"], "no_time"),
            department("Lager", 12, 1, &["facebook"], "work_private_apart"),
        ],
        k(5),
    )
}

#[test]
fn recruitment_and_sales_start_where_linkedin_is_used() {
    let results = company();
    for goal in [Goal::Recruitment, Goal::Sales] {
        let pilots = pilots(&results, goal);
        assert_eq!(pilots[0].department, "Salg", "{goal:?}");
        assert_eq!(pilots[0].platform.as_deref(), Some("linkedin"));
        assert!(
            pilots.iter().all(|p| p.department != "Lager"),
            "one volunteer is too few"
        );
    }
}

#[test]
fn brand_awareness_starts_where_instagram_is_used() {
    let results = company();
    let pilots = pilots(&results, Goal::BrandAwareness);
    assert_eq!(pilots[0].department, "Marketing");
    assert_eq!(pilots[0].platform.as_deref(), Some("instagram"));
    assert_eq!(pilots[0].first_step, Step::ReadyContent);
    assert_eq!(
        pilots[0].first_step_because,
        Because::Barrier {
            option: "no_time".into()
        }
    );
}

#[test]
fn each_pilot_says_why() {
    let results = company();
    let salg = pilots(&results, Goal::Sales)[0].clone();
    assert_eq!(salg.respondents, 12);
    assert_eq!(salg.volunteers.at_least(12), 6);
    assert_eq!(
        salg.main_barrier,
        MainBarrier::Named {
            options: vec!["unsure_allowed".into()],
            sure: true
        }
    );
    assert_eq!(salg.first_step, Step::Guidelines);
    assert!(salg.index.low > 0);
}

#[test]
fn a_barrier_no_step_removes_falls_back_to_motivations_then_a_course() {
    let mut d = department("Salg", 12, 6, &["linkedin"], "work_private_apart");
    for p in &mut d.people {
        p.motivations = vec!["managers_do_it"];
    }
    let results = results(&[d], k(5));
    let pilot = pilots(&results, Goal::Sales)[0].clone();
    assert_eq!(
        pilot.main_barrier,
        MainBarrier::Named {
            options: vec!["work_private_apart".into()],
            sure: true
        }
    );
    assert_eq!(pilot.first_step, Step::LeadersFirst);
    assert_eq!(
        pilot.first_step_because,
        Because::Motivation {
            option: "managers_do_it".into()
        }
    );
}

#[test]
fn none_ready_when_volunteers_are_too_few_everywhere() {
    let results = results(
        &[
            department("Salg", 12, 2, &["linkedin"], "no_time"),
            department("Drift", 10, 1, &["linkedin"], "no_time"),
        ],
        k(5),
    );
    for goal in Goal::ALL {
        assert_eq!(
            recommendation(&results, goal),
            &Recommendation::NoneReady {
                why: NoneReady::TooFewVolunteers { min_volunteers: 3 }
            }
        );
    }
}

#[test]
fn none_ready_when_no_platform_fits_the_goal() {
    let results = results(&[department("Salg", 12, 8, &["intranet"], "no_time")], k(5));
    assert_eq!(
        recommendation(&results, Goal::Recruitment),
        &Recommendation::NoneReady {
            why: NoneReady::NoPlatformFits
        }
    );
}

#[test]
fn none_ready_when_every_department_is_pooled_or_suppressed() {
    let pooled = results(
        &[
            department("Salg", 3, 3, &["linkedin"], "no_time"),
            department("IT", 3, 3, &["linkedin"], "no_time"),
        ],
        k(5),
    );
    assert_eq!(
        recommendation(&pooled, Goal::Sales),
        &Recommendation::NoneReady {
            why: NoneReady::NoDepartmentShown
        }
    );
    let suppressed = results(&[department("Salg", 4, 4, &["linkedin"], "no_time")], k(5));
    assert!(suppressed.groups.is_empty() && suppressed.total.is_none());
    assert_eq!(
        recommendation(&suppressed, Goal::Sales),
        &Recommendation::NoneReady {
            why: NoneReady::NoDepartmentShown
        }
    );
}
