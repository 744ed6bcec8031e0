//! `results.json`'s own wire types: the publication as HR's scripts read it,
//! named by ids, every figure saying how precisely it is published. Kept
//! apart from the domain model, so a refactoring cannot change the API
//! (docs/api.md documents these fields).

use serde::Serialize;

use crate::questionnaire::Text;
use crate::report::audit::{AuditReport, Protects};
use crate::report::figures::{At, Cell, Count, FigureId, Part, Side};
use crate::report::results::{
    Distribution, GroupName, Index, Label, MainBarrier, Participation, Range, ReadinessResults,
    Recommendation, Results, Share, Shares, Split, Table,
};
use crate::service::SurveyResults;

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum CountJson {
    Exact {
        value: u64,
    },
    /// The truth lies from `low` to `high`.
    Rounded {
        value: u64,
        base: u64,
        low: u64,
        high: u64,
    },
    Hidden,
}

pub(super) fn count(c: &Count) -> CountJson {
    match *c {
        Count::Exact { value } => CountJson::Exact { value },
        Count::Rounded { value, base } | Count::Significant { value, base } => {
            let (low, high) = c.interval().unwrap_or((value, value));
            CountJson::Rounded {
                value,
                base,
                low,
                high,
            }
        }
        Count::Hidden => CountJson::Hidden,
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum CellJson {
    Exact {
        count: u64,
        share: f64,
    },
    /// Only the share, rounded half up to `step` (0–1): the true share is
    /// at least `share − step/2` and below `share + step/2`.
    Rounded {
        share: f64,
        step: f64,
    },
    /// All, or all but one, of the answerers.
    AlmostAll,
    /// None, or one.
    AlmostNone,
    Hidden,
}

fn cell(c: &Cell) -> CellJson {
    match *c {
        Cell::Exact { count, share } => CellJson::Exact { count, share },
        Cell::Rounded { percent, step } => CellJson::Rounded {
            share: f64::from(percent) / 100.0,
            step: f64::from(step) / 100.0,
        },
        Cell::AlmostAll => CellJson::AlmostAll,
        Cell::AlmostNone => CellJson::AlmostNone,
        Cell::Hidden => CellJson::Hidden,
    }
}

#[derive(Serialize)]
struct DistributionJson {
    answered: CountJson,
    cells: Vec<CellJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    split: Option<CellJson>,
}

fn distribution(d: &Distribution) -> DistributionJson {
    DistributionJson {
        answered: count(&d.answered),
        cells: d.cells.iter().map(cell).collect(),
        split: d.split.as_ref().map(cell),
    }
}

#[derive(Serialize)]
struct LabelJson<'a> {
    id: &'a str,
    text: &'a Text,
}

fn labels(l: &[Label]) -> Vec<LabelJson<'_>> {
    l.iter()
        .map(|l| LabelJson {
            id: &l.id,
            text: &l.text,
        })
        .collect()
}

#[derive(Serialize)]
struct TableJson<'a> {
    /// The matrix row, or `null` for a question without rows.
    row: Option<&'a str>,
    groups: Vec<DistributionJson>,
    total: Option<DistributionJson>,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    kind: &'a str,
    text: &'a Text,
    rows: Vec<LabelJson<'a>>,
    options: Vec<LabelJson<'a>>,
    tables: Vec<TableJson<'a>>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    #[serde(flatten)]
    name: &'a GroupName,
    invited: u64,
    answered: u64,
    response_rate: Option<f64>,
}

#[derive(Serialize)]
struct ShareJson {
    answered: CountJson,
    cell: CellJson,
}

fn share(s: &Share) -> ShareJson {
    ShareJson {
        answered: count(&s.answered),
        cell: cell(&s.cell),
    }
}

#[derive(Serialize)]
struct SharesJson {
    groups: Vec<ShareJson>,
    total: Option<ShareJson>,
}

fn shares(s: &Shares) -> SharesJson {
    SharesJson {
        groups: s.groups.iter().map(share).collect(),
        total: s.total.as_ref().map(share),
    }
}

#[derive(Serialize)]
struct SplitJson<'a> {
    question: &'a str,
    volunteers: DistributionJson,
    rest: DistributionJson,
}

fn split(s: &Split) -> SplitJson<'_> {
    SplitJson {
        question: &s.question,
        volunteers: distribution(&s.volunteers),
        rest: distribution(&s.rest),
    }
}

/// The index lies from `low` to `high` (equal where every part is exact);
/// each part 0–1 likewise, `null` where its cells are withheld.
#[derive(Serialize)]
struct IndexJson {
    low: u32,
    high: u32,
    volunteers: Option<Range>,
    platform_fit: Option<Range>,
    already_sharing: Option<Range>,
    course_interest: Option<Range>,
    removable_barriers: Option<Range>,
}

fn index(i: &Index) -> IndexJson {
    IndexJson {
        low: i.low,
        high: i.high,
        volunteers: i.volunteers,
        platform_fit: i.platform_fit,
        already_sharing: i.already_sharing,
        course_interest: i.course_interest,
        removable_barriers: i.removable_barriers,
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum PilotPlatformJson<'a> {
    Named {
        platform: &'a str,
        weekly: CellJson,
        willing: CellJson,
    },
    Withheld,
}

#[derive(Serialize)]
struct PilotJson<'a> {
    department: &'a str,
    index: IndexJson,
    respondents: u64,
    volunteers: CellJson,
    start: PilotPlatformJson<'a>,
    maybe_better: &'a [String],
    main_barrier: &'a MainBarrier,
    first_step: &'a str,
    first_step_because: &'a crate::report::results::Because,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum RecommendationJson<'a> {
    Pilots {
        pilots: Vec<PilotJson<'a>>,
    },
    NoneReady {
        why: &'a crate::report::results::NoneReady,
    },
}

fn recommendation(r: &Recommendation) -> RecommendationJson<'_> {
    match r {
        Recommendation::NoneReady { why } => RecommendationJson::NoneReady { why },
        Recommendation::Pilots { pilots } => RecommendationJson::Pilots {
            pilots: pilots
                .iter()
                .map(|p| PilotJson {
                    department: &p.department,
                    index: index(&p.index),
                    respondents: p.respondents,
                    volunteers: cell(&p.volunteers),
                    start: match &p.platform {
                        Some(platform) => PilotPlatformJson::Named {
                            platform,
                            weekly: cell(&p.weekly_on_platform),
                            willing: cell(&p.willing_on_platform),
                        },
                        None => PilotPlatformJson::Withheld,
                    },
                    maybe_better: &p.maybe_better,
                    main_barrier: &p.main_barrier,
                    first_step: p.first_step.id(),
                    first_step_because: &p.first_step_because,
                })
                .collect(),
        },
    }
}

#[derive(Serialize)]
struct GoalJson<'a> {
    goal: &'a str,
    index: Vec<Option<IndexJson>>,
    recommendation: RecommendationJson<'a>,
}

#[derive(Serialize)]
struct ReachJson<'a> {
    platform: &'a str,
    volunteers: CountJson,
    followers: CountJson,
    company_followers: Option<u64>,
    multiple: Option<f64>,
}

#[derive(Serialize)]
struct ReadinessJson<'a> {
    roles: &'a crate::report::results::Roles,
    volunteer_from: u32,
    min_volunteers: u32,
    platforms: Vec<LabelJson<'a>>,
    internal_platforms: Vec<&'a str>,
    volunteers: SharesJson,
    already_sharing: SharesJson,
    course_interest: SharesJson,
    weekly: Vec<SharesJson>,
    willing: Vec<SharesJson>,
    barriers_split: Option<SplitJson<'a>>,
    motivations_split: Option<SplitJson<'a>>,
    goals: Vec<GoalJson<'a>>,
    reach: Vec<ReachJson<'a>>,
    /// The sum of the platforms' reach shown, each rounded: an upper bound.
    reach_total: u64,
}

fn readiness<'a>(r: &'a ReadinessResults, company: &'a [(String, u64)]) -> ReadinessJson<'a> {
    ReadinessJson {
        roles: &r.roles,
        volunteer_from: r.volunteer_from,
        min_volunteers: r.min_volunteers,
        platforms: labels(&r.platforms),
        internal_platforms: r
            .platforms
            .iter()
            .zip(&r.internal)
            .filter(|(_, internal)| **internal)
            .map(|(p, _)| p.id.as_str())
            .collect(),
        volunteers: shares(&r.volunteers),
        already_sharing: shares(&r.already_sharing),
        course_interest: shares(&r.course_interest),
        weekly: r.weekly.iter().map(shares).collect(),
        willing: r.willing.iter().map(shares).collect(),
        barriers_split: r.barriers_split.as_ref().map(split),
        motivations_split: r.motivations_split.as_ref().map(split),
        goals: r
            .goals
            .iter()
            .map(|g| GoalJson {
                goal: g.goal.id(),
                index: g.index.iter().map(|i| i.as_ref().map(index)).collect(),
                recommendation: recommendation(&g.recommendation),
            })
            .collect(),
        reach: r
            .reach
            .platforms
            .iter()
            .map(|p| ReachJson {
                platform: &p.platform,
                volunteers: count(&p.volunteers),
                followers: count(&p.followers),
                company_followers: company
                    .iter()
                    .find(|(id, _)| *id == p.platform)
                    .map(|&(_, n)| n),
                multiple: r.reach.multiple(&p.platform, company),
            })
            .collect(),
        reach_total: r.reach.total,
    }
}

/// Which figure the audit weakened, by ids.
#[derive(Serialize)]
struct FigureJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    question: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    row: Option<String>,
    /// A group's index in `groups`, or `"total"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    side: Option<&'static str>,
    /// `answered`, an option id, `split`, `reach_volunteers` or `reach_followers`.
    part: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform: Option<String>,
}

fn figure(results: &Results, id: &FigureId) -> FigureJson {
    let part_name = |question: Option<usize>, part: Part| match part {
        Part::Answered => "answered".to_owned(),
        Part::Split => "split".to_owned(),
        Part::Option(o) => question
            .and_then(|q| results.questions.get(q))
            .and_then(|q| q.options.get(o))
            .map_or_else(|| o.to_string(), |o| o.id.clone()),
    };
    let empty = FigureJson {
        question: None,
        row: None,
        group: None,
        side: None,
        part: String::new(),
        platform: None,
    };
    match *id {
        FigureId::Table {
            question,
            row,
            at,
            part,
        } => {
            let q = results.questions.get(question);
            FigureJson {
                question: q.map(|q| q.id.clone()),
                row: q.and_then(|q| q.rows.get(row)).map(|r| r.id.clone()),
                group: Some(match at {
                    At::Group(g) => serde_json::Value::from(g),
                    At::Total => serde_json::Value::from("total"),
                }),
                part: part_name(Some(question), part),
                ..empty
            }
        }
        FigureId::Split { split, side, part } => {
            let r = results.readiness.as_ref();
            let s = r.and_then(|r| {
                if split == 0 {
                    r.barriers_split.as_ref()
                } else {
                    r.motivations_split.as_ref()
                }
            });
            let question =
                s.and_then(|s| results.questions.iter().position(|q| q.id == s.question));
            FigureJson {
                question: s.map(|s| s.question.clone()),
                side: Some(match side {
                    Side::Volunteers => "volunteers",
                    Side::Rest => "rest",
                }),
                part: part_name(question, part),
                ..empty
            }
        }
        FigureId::ReachVolunteers { reach } | FigureId::ReachFollowers { reach } => FigureJson {
            platform: results
                .readiness
                .as_ref()
                .and_then(|r| r.reach.platforms.get(reach))
                .map(|p| p.platform.clone()),
            part: if matches!(id, FigureId::ReachVolunteers { .. }) {
                "reach_volunteers"
            } else {
                "reach_followers"
            }
            .to_owned(),
            ..empty
        },
    }
}

#[derive(Serialize)]
struct WithheldJson {
    figure: FigureJson,
    now: serde_json::Value,
    protects: serde_json::Value,
}

#[derive(Serialize)]
struct AuditJson {
    /// Protected counts checked (any count of a department under k, every
    /// band and every withheld figure), all outputs taken together.
    protected: usize,
    passes: usize,
    linear_programmes: usize,
    withheld: Vec<WithheldJson>,
}

fn audit(results: &Results, a: &AuditReport) -> AuditJson {
    let withheld = a
        .withheld
        .iter()
        .map(|w| WithheldJson {
            figure: figure(results, &w.figure),
            now: match &w.now {
                crate::report::audit::Now::Cell { cell: c } => serde_json::to_value(cell(c)),
                crate::report::audit::Now::Count { count: c } => serde_json::to_value(count(c)),
            }
            .unwrap_or(serde_json::Value::Null),
            protects: match &w.protects {
                // Which department is not said, as on the page.
                Protects::Department { question, .. } => serde_json::json!({
                    "kind": "department",
                    "question": results.questions.get(*question).map(|q| &q.id),
                }),
                Protects::Figure { figure: f } => serde_json::json!({
                    "kind": "figure",
                    "figure": figure(results, f),
                }),
            },
        })
        .collect();
    AuditJson {
        protected: a.protected,
        passes: a.passes,
        linear_programmes: a.solves,
        withheld,
    }
}

#[derive(Serialize)]
struct PublicationJson<'a> {
    min_group_size: u32,
    band_below: u64,
    groups: Vec<GroupJson<'a>>,
    empty_departments: &'a [crate::report::results::EmptyDepartment],
    total: Option<&'a Participation>,
    questions: Vec<QuestionJson<'a>>,
    readiness: Option<ReadinessJson<'a>>,
    audit: AuditJson,
}

fn tables(q: &crate::report::results::QuestionResults) -> Vec<TableJson<'_>> {
    q.tables
        .iter()
        .enumerate()
        .map(|(i, t): (usize, &Table)| TableJson {
            row: q.rows.get(i).map(|r| r.id.as_str()),
            groups: t.groups.iter().map(distribution).collect(),
            total: t.total.as_ref().map(distribution),
        })
        .collect()
}

/// The whole answer of `GET /admin/surveys/{id}/results.json`.
pub fn body(survey: &SurveyResults) -> serde_json::Value {
    let r: &Results = &survey.results;
    let departments: Vec<String> = survey
        .survey
        .departments
        .iter()
        .map(|d| d.name.as_str().to_owned())
        .collect();
    let publication = PublicationJson {
        min_group_size: r.min_group_size,
        band_below: r.band_below,
        groups: r
            .groups
            .iter()
            .map(|g| GroupJson {
                name: &g.name,
                invited: g.participation.invited,
                answered: g.participation.answered,
                response_rate: g.participation.response_rate,
            })
            .collect(),
        empty_departments: &r.empty,
        total: r.total.as_ref(),
        questions: r
            .questions
            .iter()
            .map(|q| QuestionJson {
                id: &q.id,
                kind: &q.kind,
                text: &q.text,
                rows: labels(&q.rows),
                options: labels(&q.options),
                tables: tables(q),
            })
            .collect(),
        readiness: r
            .readiness
            .as_ref()
            .map(|x| readiness(x, &survey.settings.company_followers)),
        audit: audit(r, &r.audit),
    };
    let s = &survey.survey;
    serde_json::json!({
        "survey": {
            "id": s.id.as_str(),
            "title": s.title,
            "status": s.status.as_str(),
            "departments": departments,
        },
        "settings": {
            "goal": survey.settings.goal.id(),
            "company_followers": survey.settings.company_followers,
        },
        "results": publication,
    })
}
