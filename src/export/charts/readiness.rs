//! The charts of readiness: the index by department (the one management
//! asks for), weekly platform use, barriers and motivations, and the
//! volunteers' reach.

use rust_xlsxwriter::ChartType;

use super::{BLUE, Block, MANY, ORANGE, SKY_BLUE, Series, exact};
use crate::export::words::Words;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Index, Recommendation, Results, sentences};

/// The number a chart draws for an index.
fn index_value(index: &Index) -> f64 {
    f64::from(index.value)
}

/// The index of every published group for each goal; the pilots of HR's
/// goal starred, as on the page.
pub fn index(r: &Results, goal: Goal, w: &Words) -> Option<Block> {
    let readiness = r.readiness.as_ref()?;
    let pilots: Vec<&str> = readiness
        .goals
        .iter()
        .filter(|g| g.goal == goal)
        .flat_map(|g| match &g.recommendation {
            Recommendation::Pilots { pilots } => {
                pilots.iter().map(|p| p.department.as_str()).collect()
            }
            Recommendation::NoneReady { .. } => Vec::new(),
        })
        .collect();
    let categories = r
        .groups
        .iter()
        .map(|g| {
            let name = w.group(&g.name);
            match g.name.department() {
                Some(d) if pilots.contains(&d) => format!("★ {name}"),
                _ => name,
            }
        })
        .collect();
    // HR's goal first, in the page's blue.
    let goals = std::iter::once(goal).chain(Goal::ALL.into_iter().filter(|g| *g != goal));
    let series = goals
        .zip([BLUE, SKY_BLUE, ORANGE])
        .filter_map(|(g, color)| {
            let results = readiness.goals.iter().find(|x| x.goal == g)?;
            Some(Series {
                name: crate::export::words::capitalized(&sentences::goal(g, w.language)),
                values: results
                    .index
                    .iter()
                    .map(|i| i.as_ref().map(index_value))
                    .collect(),
                color,
            })
        })
        .collect();
    Some(Block {
        title: w.t("export-readiness"),
        category: w.t("admin-department"),
        categories,
        series,
        kind: ChartType::Bar,
        percent: false,
        alt: sentences::readiness(r, goal, w.language),
        note: Some(w.t("export-chart-pilots-starred")),
    })
}

/// The share using each platform weekly or more, per group.
pub fn platforms(r: &Results, w: &Words) -> Option<Block> {
    let readiness = r.readiness.as_ref()?;
    let mut series: Vec<Series> = r
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| Series {
            name: w.group(&group.name),
            values: readiness
                .weekly
                .iter()
                .map(|shares| exact(shares.groups.get(g).map(|s| &s.cell)))
                .collect(),
            color: MANY[g % MANY.len()],
        })
        .collect();
    let totals = readiness.weekly.iter().any(|s| s.total.is_some());
    if totals && r.groups.len() > 1 {
        series.push(Series {
            name: w.everyone(),
            values: readiness
                .weekly
                .iter()
                .map(|shares| exact(shares.total.as_ref().map(|s| &s.cell)))
                .collect(),
            color: "#333333",
        });
    }
    Some(Block {
        title: w.t("results-chart-platforms"),
        category: w.t("results-page-platform"),
        categories: readiness.platforms.iter().map(|p| w.of(p)).collect(),
        series,
        kind: ChartType::Bar,
        percent: true,
        alt: sentences::platform_use(r, w.language),
        note: None,
    })
}

/// Barriers (`barriers`) or motivations: everyone, and the volunteers
/// against the rest where rule P8 allows the split.
pub fn options(r: &Results, barriers: bool, w: &Words) -> Option<Block> {
    let readiness = r.readiness.as_ref()?;
    let (id, split, title) = if barriers {
        let roles = &readiness.roles.barriers;
        (
            roles,
            readiness.barriers_split.as_ref(),
            "results-chart-barriers",
        )
    } else {
        let roles = &readiness.roles.motivations;
        (
            roles,
            readiness.motivations_split.as_ref(),
            "results-chart-motivations",
        )
    };
    let q = r.questions.iter().find(|q| &q.id == id)?;
    let everyone = q.tables.first().and_then(|t| t.total.as_ref());
    let values = |d: Option<&crate::report::results::Distribution>| {
        (0..q.options.len())
            .map(|o| exact(d.and_then(|d| d.cells.get(o))))
            .collect()
    };
    let mut series = vec![Series {
        name: w.everyone(),
        values: values(everyone),
        color: BLUE,
    }];
    if let Some(split) = split {
        series.push(Series {
            name: w.t("results-volunteers"),
            values: values(Some(&split.volunteers)),
            color: SKY_BLUE,
        });
        series.push(Series {
            name: w.t("results-rest"),
            values: values(Some(&split.rest)),
            color: ORANGE,
        });
    }
    Some(Block {
        title: w.t(title),
        category: w.of(&crate::report::results::Label {
            id: q.id.clone(),
            text: q.text.clone(),
        }),
        categories: q.options.iter().map(|o| w.of(o)).collect(),
        series,
        kind: ChartType::Bar,
        percent: true,
        alt: sentences::barriers_or_motivations(r, id, split, w.language),
        note: split.is_none().then(|| w.t("results-split-not-shown")),
    })
}

/// The volunteers' followers per platform where at least k contribute: an
/// upper bound, as the title says.
pub fn reach(r: &Results, w: &Words) -> Option<Block> {
    let readiness = r.readiness.as_ref()?;
    let shown: Vec<(String, u64)> = readiness
        .reach
        .platforms
        .iter()
        .filter_map(|p| {
            let followers = p.followers?;
            let label = readiness.platforms.iter().find(|l| l.id == p.platform);
            let name = label.map_or_else(|| p.platform.clone(), |l| w.of(l));
            Some((name, followers))
        })
        .collect();
    Some(Block {
        title: w.t("results-chart-reach"),
        category: w.t("results-page-platform"),
        categories: shown.iter().map(|(n, _)| n.clone()).collect(),
        series: vec![Series {
            name: w.t("results-page-followers"),
            values: shown.iter().map(|(_, f)| Some(*f as f64)).collect(),
            color: BLUE,
        }],
        kind: ChartType::Bar,
        percent: false,
        alt: sentences::reach(r, w.language),
        note: None,
    })
}
