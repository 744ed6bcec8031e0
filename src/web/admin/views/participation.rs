//! Participation per department: numbers and a bar, nothing about answers
//! (rule P5), and where each department will appear in the results (P4).

use maud::{Markup, html};

use crate::i18n::t;
use crate::report::suppression::{self, Placement};
use crate::store::DepartmentParticipation;
use crate::survey::MinGroupSize;
use crate::web::pages::PageContext;

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

fn placement_text(ctx: &PageContext, placement: Placement) -> String {
    let key = match placement {
        Placement::Shown => "admin-placement-shown",
        Placement::Pooled => "admin-placement-pooled",
        Placement::Suppressed => "admin-placement-suppressed",
        Placement::Empty => "admin-placement-empty",
    };
    t(ctx.language, key)
}

pub fn participation_table(
    ctx: &PageContext,
    rows: &[DepartmentParticipation],
    k: MinGroupSize,
) -> Markup {
    let l = ctx.language;
    let plan = suppression::plan(rows.iter().map(|r| (&r.department, r.responses)), k);
    let sum = |f: fn(&DepartmentParticipation) -> u64| rows.iter().map(f).sum::<u64>();
    let (invites, tokens, responses) =
        (sum(|r| r.invites), sum(|r| r.tokens), sum(|r| r.responses));
    html! {
        div.table-scroll {
            table.participation {
                caption { (t(l, "admin-participation-caption")) }
                thead { tr {
                    th scope="col" { (t(l, "admin-department")) }
                    th.number scope="col" { (t(l, "admin-invites-made")) }
                    th.number scope="col" { (t(l, "admin-tokens-issued")) }
                    th.number scope="col" { (t(l, "admin-responses-received")) }
                    th.bar-cell scope="col" { span.visually-hidden { (t(l, "admin-bar-label")) } }
                    th scope="col" { (t(l, "admin-in-results")) }
                } }
                tbody {
                    @for (row, (_, _, placement)) in rows.iter().zip(plan.groups()) {
                        tr {
                            th scope="row" { (row.department) }
                            td.number { (row.invites) }
                            td.number { (row.tokens) }
                            td.number { (row.responses) }
                            td.bar-cell { (bar(row.invites, row.tokens, row.responses)) }
                            td { (placement_text(ctx, placement)) }
                        }
                    }
                }
                tfoot { tr {
                    th scope="row" { (t(l, "admin-total")) }
                    td.number { (invites) }
                    td.number { (tokens) }
                    td.number { (responses) }
                    td.bar-cell { (bar(invites, tokens, responses)) }
                    td {}
                } }
            }
        }
        p.legend aria-hidden="true" {
            span.swatch.swatch-responses {} (t(l, "admin-responses-received")) " "
            span.swatch.swatch-tokens {} (t(l, "admin-tokens-issued")) " "
            span.swatch.swatch-track {} (t(l, "admin-invites-made"))
        }
    }
}
