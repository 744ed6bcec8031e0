//! Participation per department: numbers and a bar, nothing about answers
//! (rule P5), and where each department will appear in the results, as the
//! service placed it by rule P4.

use maud::{Markup, html};

use super::table::{Column, Row, Table, headers};
use crate::i18n::t;
use crate::report::suppression::Placement;
use crate::service::Participation;
use crate::survey::SurveyStatus;
use crate::web::context::PageContext;

/// Tokens issued and responses received as shares of the invites made. An
/// SVG of presentation attributes only: the CSP allows no inline styles.
fn bar(invites: u64, tokens: u64, responses: u64) -> Markup {
    let percent = |part: u64| {
        if invites == 0 {
            0.0
        } else {
            (part.min(invites) as f64) * 100.0 / invites as f64
        }
    };
    html! {
        svg.participation-bar viewBox="0 0 100 10" preserveAspectRatio="none"
            width="100%" height="14" aria-hidden="true" focusable="false" {
            rect.track x="0" y="0" width="100" height="10" {}
            rect.tokens x="0" y="0" width=(format!("{:.2}", percent(tokens))) height="10" {}
            rect.responses x="0" y="0" width=(format!("{:.2}", percent(responses))) height="10" {}
        }
    }
}

/// Where a department ends up; "pooled" says something else when there is
/// no department shown on its own to be "other" than.
fn placement_text(
    ctx: &PageContext,
    placement: Placement,
    any_shown: bool,
    status: SurveyStatus,
) -> String {
    let key = match placement {
        // A closed survey gets no more answers: "yet" would promise some.
        Placement::Empty if status == SurveyStatus::Closed => "admin-placement-none",
        Placement::Shown => "admin-placement-shown",
        Placement::Pooled if !any_shown => "admin-placement-pooled-all",
        Placement::Pooled => "admin-placement-pooled",
        Placement::Suppressed => "admin-placement-suppressed",
        Placement::Empty => "admin-placement-empty",
    };
    t(ctx.language, key)
}

pub fn participation_table(
    ctx: &PageContext,
    participation: &Participation,
    status: SurveyStatus,
) -> Markup {
    let l = ctx.language;
    let p = participation;
    let any_shown = p
        .departments
        .iter()
        .any(|d| d.placement == Placement::Shown);
    let counts = |invites: u64, started: u64, answered: u64| {
        html! {
            td.number { (invites) }
            td.number { (started) }
            td.number { (answered) }
            td.bar-cell { (bar(invites, started, answered)) }
        }
    };
    let mut columns = headers(
        l,
        &[
            "admin-department",
            "admin-invites-made",
            "admin-tokens-issued",
            "admin-responses-received",
        ],
    );
    columns.push(Column::Bar(t(l, "admin-bar-label")));
    columns.push(Column::Text(t(l, "admin-in-results")));
    let table = Table {
        class: "participation",
        caption: &t(l, "admin-participation-caption"),
        columns,
        rows: p
            .departments
            .iter()
            .map(|row| Row {
                name: row.department.to_string(),
                cells: html! {
                    (counts(row.invites, row.started, row.answered))
                    td { (placement_text(ctx, row.placement, any_shown, status)) }
                },
            })
            .collect(),
        total: Some(Row {
            name: t(l, "admin-total"),
            cells: html! { (counts(p.invites, p.started, p.answered)) td {} },
        }),
    };
    html! {
        (table.render())
        p.legend aria-hidden="true" {
            span.swatch.swatch-responses {} (t(l, "admin-responses-received")) " "
            span.swatch.swatch-tokens {} (t(l, "admin-tokens-issued")) " "
            span.swatch.swatch-track {} (t(l, "admin-invites-made"))
        }
    }
}
