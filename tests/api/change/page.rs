//! The comparison page against the truth: for each compared group and each
//! share, a row of the page that names the group shows the true shares
//! before and after with how many answered ("62% of 31"), as the page
//! rounds them.

use super::expect::{Known, share};
use super::json::UNITS;
use crate::admin::AdminClient;

/// The text of each table row of the page, tags and isolation marks gone.
fn rows(html: &str) -> Vec<String> {
    html.split("<tr")
        .skip(1)
        .map(|r| {
            let r = r.split("</tr>").next().unwrap_or_default();
            let mut text = String::new();
            let mut in_tag = true;
            for c in r.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    '\u{2068}' | '\u{2069}' => {}
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

fn shown((x, n): (u64, u64)) -> String {
    format!("{}% of {n}", (share((x, n)) * 100.0).round())
}

pub async fn check_page(
    admin: &AdminClient,
    id: &stemme::survey::SurveyId,
    [before, after]: &[Known; 2],
) -> usize {
    let html = admin
        .page(&format!("/admin/surveys/{id}/comparison?lang=en"))
        .await;
    let rows = rows(&html);
    let mut checked = 0;
    for (b, f, _, _) in UNITS {
        for m in [
            "participation",
            "volunteers",
            "already_sharing",
            "course_interest",
        ] {
            let (Some(x), Some(y)) = (before.measure(b, m), after.measure(f, m)) else {
                continue;
            };
            let want = [shown(x), shown(y)];
            let found = rows.iter().any(|r| {
                f.iter().all(|name| r.contains(name)) && want.iter().all(|w| r.contains(w))
            });
            assert!(found, "{f:?} · {m}: no row shows {want:?}");
            checked += 2;
        }
    }
    checked
}
