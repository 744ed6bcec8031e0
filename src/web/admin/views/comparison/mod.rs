//! The comparison page (issue 22): a follow-up survey against its baseline.
//! How to read it first, then per measure the sentence, the chart and its
//! table, then the pilot departments against the rest, and what is not
//! compared. Laid out like the results page (`results.css`): the same
//! sections, charts shown at their own size in named scrolling regions,
//! and tables beneath them. Sentences and words are
//! `crate::export::compare`'s, so the page, the workbook and the CSV say
//! the same.

mod lists;
mod pilots;
mod tables;

use maud::{Markup, PreEscaped, html};

use crate::charts::{self, ChartError};
use crate::export::compare::words::{measure_id, measure_name};
use crate::export::compare::{ComparisonView, comparison_title, how_to_read, measure_sentence};
use crate::i18n::{t, t_args};
use crate::report::compare::Comparison;
use crate::service::Internal;
use crate::web::context::PageContext;

fn drawn(chart: Result<String, ChartError>) -> Result<String, Internal> {
    chart.map_err(|e| Internal::Render {
        what: "a chart of the comparison",
        cause: Box::new(e),
    })
}

/// A chart in its focusable, named region, shown at its own size.
fn figure(title: &str, svg: &str, ctx: &PageContext) -> Markup {
    let l = ctx.language;
    html! {
        figure.chart {
            div.chart-scroll tabindex="0" role="region" aria-label=(t_args(l, "comparison-chart-region", &[("title", title.to_owned().into())])) {
                (PreEscaped(charts::without_description(svg)))
            }
        }
    }
}

/// The page's title: both surveys named.
pub fn comparison_page_title(view: &ComparisonView<'_>, ctx: &PageContext) -> String {
    comparison_title(view, ctx.language)
}

/// The page's body, to go in `admin_page` under [`comparison_page_title`].
pub fn comparison_page(
    ctx: &PageContext,
    view: &ComparisonView<'_>,
    c: &Comparison,
) -> Result<Markup, Internal> {
    let l = ctx.language;
    let title = comparison_title(view, l);
    let here = ctx.href(&format!("/admin/surveys/{}", view.follow_up_id));
    let before = ctx.href(&format!("/admin/surveys/{}/results", view.baseline_id));
    let mut measures = Vec::with_capacity(c.measures.len());
    for (m, info) in c.measures.iter().enumerate() {
        let name = measure_name(info, l);
        let svg = drawn(charts::change(c, m, l))?;
        measures.push((m, info, name, svg));
    }
    let pilots_svg = match &c.pilots_vs_rest {
        Some(_) => Some(drawn(charts::pilots_vs_rest(c, l))?),
        None => None,
    };
    Ok(html! {
        link rel="stylesheet" href=(ctx.href(&crate::web::assets::href("results.css")));
        h1 { (title) }
        p.survey-meta {
            span { (t_args(l, "results-page-k", &[("k", c.min_group_size.into())])) }
            a.no-print href=(format!("{here}/results")) { (t(l, "comparison-back")) " (" (view.follow_up_title) ")" }
            a.no-print href=(before) { (t(l, "comparison-back")) " (" (view.baseline_title) ")" }
        }
        section.notice.privacy-note aria-labelledby="h-how" {
            h2 #h-how { (t(l, "comparison-how-title")) }
            @for p in how_to_read(view, c, l) { p { (p) } }
        }
        (downloads(ctx, &here))
        @for (m, info, name, svg) in &measures {
            @let id = format!("m-{}", measure_id(&info.measure).replace('.', "-"));
            section.result id=(id) {
                h2 id={ "h-" (id) } { (name) }
                p.sentence { (measure_sentence(c, *m, l)) }
                div.result-body {
                    (figure(name, svg, ctx))
                    div.result-numbers { (tables::measure(c, *m, l)) }
                }
            }
        }
        (pilots::section(c, pilots_svg.as_deref(), ctx))
        (lists::not_compared(view, c, l))
        (lists::unmatched(view, c, l))
    })
}

/// A link to a follow-up's comparison, for the results page of either
/// survey: from the baseline's (naming the follow-up) or from the
/// follow-up's (naming the baseline).
pub fn comparison_link(
    ctx: &PageContext,
    follow_up: &crate::survey::SurveyId,
    other_title: &str,
    from_baseline: bool,
) -> Markup {
    let l = ctx.language;
    let key = if from_baseline {
        "comparison-link-follow-up"
    } else {
        "comparison-link-baseline"
    };
    let title = crate::report::results::sentences::quote(other_title, l);
    html! {
        a.no-print href=(ctx.href(&format!("/admin/surveys/{follow_up}/comparison"))) {
            (t_args(l, key, &[("title", title.into())]))
        }
    }
}

/// The comparison as files: links, since reading them changes nothing.
fn downloads(ctx: &PageContext, here: &str) -> Markup {
    let l = ctx.language;
    html! {
        section.downloads.no-print aria-labelledby="h-downloads" {
            h2 #h-downloads { (t(l, "comparison-downloads")) }
            p {
                a href=(format!("{here}/comparison.xlsx?lang={}", l.code())) download { (t(l, "comparison-download-xlsx")) }
                " · "
                a href=(format!("{here}/comparison.csv?lang={}", l.code())) download { (t(l, "comparison-download-csv")) }
                " · "
                a href=(format!("{here}/comparison.json")) { (t(l, "comparison-json")) }
            }
        }
    }
}

#[cfg(test)]
mod tests;
