//! The comparison page's body from a comparison built by hand: both
//! surveys named, how to read it, a chart, sentence and table per measure,
//! pilots against the rest worded by what chance gives, what is left out.

use crate::export::compare::fixture::{comparison, ids, view};
use crate::export::compare::words::unit_label;
use crate::language::Language;
use crate::web::context::PageContext;

fn page(l: Language) -> String {
    let c = comparison();
    let ids = ids();
    let ctx = PageContext {
        language: l,
        base: "/stemme".to_owned(),
    };
    super::comparison_page(&ctx, &view(&ids), &c)
        .unwrap()
        .into_string()
}

#[test]
fn the_page_names_both_surveys_and_shows_every_measure_with_its_chart_and_table() {
    let c = comparison();
    for l in Language::ALL {
        let html = page(l);
        assert!(html.contains("Sociale medier 2026") && html.contains("Sociale medier 2027"));
        assert_eq!(html.matches("<svg").count(), c.measures.len() + 1, "{l:?}");
        // Every chart and table in a focusable, named region.
        let regions = html
            .matches("tabindex=\"0\" role=\"region\" aria-label=")
            .count();
        assert_eq!(regions, 2 * (c.measures.len() + 1), "{l:?}");
        // The chart's sentence is printed above it, not read twice.
        assert!(!html.contains("<desc>"));
        for unit in c.units.iter().chain([&c.everyone]) {
            let label = maud::html! { (unit_label(unit, l)) }.into_string();
            assert!(html.contains(&label), "{label} in {l:?}");
        }
        for link in ["comparison.json", "comparison.xlsx", "comparison.csv"] {
            assert!(
                html.contains(&format!("/stemme/admin/surveys/nextaaaaaaaa/{link}")),
                "{link}"
            );
        }
        let lower = html.to_lowercase();
        assert!(
            !lower.contains("effect") && !lower.contains("effekt"),
            "{l:?}"
        );
    }
}

#[test]
fn the_page_says_what_chance_gives_and_what_is_not_compared_in_danish() {
    let html = page(Language::Da);
    // Written out to be looked at, as the charts are.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/charts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("comparison-page.da.html"), &html).unwrap();
    assert!(html.contains("Sådan læses sammenligningen"));
    assert!(html.contains("Kun tal, der er offentliggjort i begge undersøgelser"));
    assert!(html.contains("Intet tal beskriver færre end 5 personer"));
    // Within chance: said to show nothing. Beyond: not said to be the pilot's doing.
    assert!(html.contains("Den viser ikke, at pilotafdelingerne har flyttet sig anderledes"));
    assert!(html.contains("Det viser ikke, at det var piloten, der gjorde det"));
    // A missing end is a dash, and the verdict says why.
    assert!(html.contains("Ikke vist sidste gang"));
    assert!(html.contains("Lager (»Sociale medier 2026«): ikke med i opfølgningen"));
    assert!(html.contains("Kundeservice (»Sociale medier 2027«): ny i opfølgningen"));
    assert!(html.contains(
        "Spørgsmål platform_use, svarmulighed eller række tiktok: kun i »Sociale medier 2027«"
    ));
}

#[test]
fn the_page_in_norwegian_reads_as_norwegian() {
    let html = page(Language::Nb);
    assert!(html.contains("Slik leser du sammenligningen"));
    assert!(html.contains("Innenfor det tilfeldigheter alene gir"));
    assert!(html.contains("Pilotavdelingene mot resten"));
}

#[test]
fn either_surveys_results_link_to_the_follow_ups_comparison() {
    let (_, follow_up) = ids();
    let ctx = PageContext {
        language: Language::Nb,
        base: String::new(),
    };
    let from_baseline = super::comparison_link(&ctx, &follow_up, "Sosiale medier 2027", true);
    assert_eq!(
        from_baseline.into_string(),
        "<a class=\"no-print\" href=\"/admin/surveys/nextaaaaaaaa/comparison\">\
         Sammenlign med oppfølgingen «Sosiale medier 2027»</a>"
    );
}
