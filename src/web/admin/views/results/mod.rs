//! The results page: the recommendation first, then the seven charts, each
//! with its sentence, its numbers in a table beneath it and a download.
//! Charts are drawn by `crate::charts`; this page only places them.

mod audit;
mod downloads;
mod recommendation;
mod settings;
mod tables;

use maud::{Markup, PreEscaped, html};

pub use downloads::refused_page as export_refused_page;

use super::admin_page;
use crate::charts::{self, ChartError};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::{Results, Split, sentences};
use crate::service::accounts::AdminSession;
use crate::service::{Internal, SurveyResults};
use crate::web::context::PageContext;

/// One section of the page: a chart and what reads it.
struct Section {
    id: &'static str,
    title: String,
    sentence: String,
    svg: String,
    table: Markup,
}

fn drawn(chart: Result<String, ChartError>) -> Result<String, Internal> {
    chart.map_err(|e| Internal::Render {
        what: "a chart of the results",
        cause: Box::new(e),
    })
}

/// Barriers or motivations: the options chosen, volunteers against the rest.
fn options_section(
    r: &Results,
    id: &'static str,
    question: &str,
    split: Option<&Split>,
    chart: Result<String, ChartError>,
    l: Language,
) -> Result<Section, Internal> {
    Ok(Section {
        id,
        title: t(l, &format!("results-chart-{id}")),
        sentence: sentences::barriers_or_motivations(r, question, split, l),
        svg: drawn(chart)?,
        table: tables::split(r, question, split, l),
    })
}

fn sections(
    r: &Results,
    goal: Goal,
    company: &[(String, u64)],
    l: Language,
) -> Result<Vec<Section>, Internal> {
    let mut out = vec![Section {
        id: "participation",
        title: t(l, "results-chart-participation"),
        sentence: sentences::participation(r, l),
        svg: drawn(charts::participation(r, l))?,
        table: tables::participation(r, l),
    }];
    if let Some(readiness) = &r.readiness {
        let goal_name = sentences::goal(goal, l);
        out.extend([
            Section {
                id: "readiness",
                title: t_args(l, "results-chart-readiness", &[("goal", goal_name.into())]),
                sentence: sentences::readiness(r, goal, l),
                svg: drawn(charts::readiness(r, goal, l))?,
                table: tables::readiness(r, readiness, goal, l),
            },
            Section {
                id: "platforms",
                title: t(l, "results-chart-platforms"),
                sentence: sentences::platform_use(r, l),
                svg: drawn(charts::platforms(r, l))?,
                table: tables::platforms(r, readiness, l),
            },
            Section {
                id: "sharing",
                title: t(l, "results-chart-sharing"),
                sentence: sentences::already_sharing(r, l),
                svg: drawn(charts::sharing(r, l))?,
                table: tables::question(r, &readiness.roles.shares_work, l),
            },
            Section {
                id: "willingness",
                title: t(l, "results-chart-willingness"),
                sentence: sentences::willingness(r, l),
                svg: drawn(charts::willingness(r, l))?,
                table: tables::question(r, &readiness.roles.willingness, l),
            },
            options_section(
                r,
                "barriers",
                &readiness.roles.barriers,
                readiness.barriers_split.as_ref(),
                charts::barriers(r, l),
                l,
            )?,
            options_section(
                r,
                "motivations",
                &readiness.roles.motivations,
                readiness.motivations_split.as_ref(),
                charts::motivations(r, l),
                l,
            )?,
            Section {
                id: "reach",
                title: t(l, "results-chart-reach"),
                sentence: sentences::reach(r, company, l),
                svg: drawn(charts::reach(r, company, l))?,
                table: tables::reach(readiness, company, l),
            },
        ]);
    }
    Ok(out)
}

pub fn results_page(
    ctx: &PageContext,
    admin: &AdminSession,
    survey: &SurveyResults,
    goal: Goal,
    comparisons: &[Markup],
) -> Result<Markup, Internal> {
    let l = ctx.language;
    let (details, r) = (&survey.survey, &survey.results);
    let title = t_args(
        l,
        "results-page-title",
        &[("title", details.title.clone().into())],
    );
    let base = ctx.href(&format!("/admin/surveys/{}", details.id));
    let sections = sections(r, goal, &survey.settings.company_followers, l)?;
    let body = html! {
        link rel="stylesheet" href=(ctx.href(&crate::web::assets::href("results.css")));
        h1 { (title) }
        p.survey-meta {
            span { (t_args(l, "results-page-k", &[("k", r.min_group_size.into())])) }
            a.no-print href=(base) { (t(l, "results-page-back")) }
            a.no-print href=(format!("{base}/results.json")) { (t(l, "results-page-json")) }
            a.no-print href=(format!("{base}/follow-up?goal={}", goal.id())) { (t(l, "follow-up-make")) }
            @for link in comparisons { (link) }
        }
        (settings::goal_tabs(ctx, details, goal))
        div.notice.privacy-note {
            p { (t_args(l, "results-page-privacy", &[("k", r.min_group_size.into()), ("band", r.band_below.into())])) }
        }
        @if r.readiness.is_some() {
            (recommendation::section(r, goal, l))
        }
        (downloads::section(ctx, admin, &details.id, goal))
        @for s in &sections {
            // No name for the section itself: named by its heading, it was a
            // landmark of the same name as its table's region.
            section.result id=(s.id) {
                h2 id={ "h-" (s.id) } { (s.title) }
                p.sentence { (s.sentence) }
                div.result-body {
                    figure.chart {
                        // Shown at its own size, never shrunk, so its text stays
                        // 12 px or more; a screen narrower than the chart scrolls
                        // it sideways, by keyboard too.
                        div.chart-scroll tabindex="0" role="region" aria-label=(t_args(l, "results-page-chart-region", &[("title", s.title.clone().into())])) {
                            (PreEscaped(charts::without_description(&s.svg)))
                        }
                        figcaption.no-print {
                            a download href=(format!("{base}/charts/{}.svg?goal={}&lang={}", s.id, goal.id(), l.code())) {
                                (t(l, "results-page-download-svg"))
                            }
                        }
                    }
                    div.result-numbers { (s.table) }
                }
            }
        }
        (audit::section(r, l))
        @if r.readiness.is_some() {
            (settings::form(ctx, admin, survey, goal))
        }
    };
    Ok(admin_page(ctx, admin, &title, body))
}
