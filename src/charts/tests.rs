//! Every chart renders for a realistic company and for the edge cases, and
//! each is a well-formed, labelled picture. The realistic set is written to
//! `target/charts/` to be looked at.

use crate::language::Language;
use crate::questionnaire::readiness::Goal;
use crate::report::results::Results;
use crate::report::results::tests::fixtures::{Department, Person, k, realistic, results};

fn all(results: &Results, company: &[(String, u64)], language: Language) -> Vec<(String, String)> {
    let mut out = vec![
        (
            "participation".to_owned(),
            super::participation(results, language).unwrap(),
        ),
        (
            "platforms".to_owned(),
            super::platforms(results, language).unwrap(),
        ),
        (
            "sharing".to_owned(),
            super::sharing(results, language).unwrap(),
        ),
        (
            "willingness".to_owned(),
            super::willingness(results, language).unwrap(),
        ),
        (
            "barriers".to_owned(),
            super::barriers(results, language).unwrap(),
        ),
        (
            "motivations".to_owned(),
            super::motivations(results, language).unwrap(),
        ),
        (
            "reach".to_owned(),
            super::reach(results, company, language).unwrap(),
        ),
    ];
    for goal in Goal::ALL {
        out.push((
            format!("readiness-{}", goal.id()),
            super::readiness(results, goal, language).unwrap(),
        ));
    }
    out
}

fn check(svg: &str) {
    assert!(svg.starts_with("<svg"), "{}", &svg[..40.min(svg.len())]);
    assert!(svg.contains("role=\"img\""));
    let title = svg.find("<title>").unwrap();
    let desc = svg.find("<desc>").unwrap();
    assert!(title < desc && desc < svg.find("<rect").unwrap_or(usize::MAX));
    assert!(
        !svg.contains("<desc></desc>"),
        "every chart describes itself"
    );
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
}

#[test]
fn every_chart_renders_the_realistic_company_in_every_language() {
    let company = [("linkedin".to_owned(), 2000), ("facebook".to_owned(), 5000)];
    let results = results(&realistic(), k(5));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/charts");
    std::fs::create_dir_all(&dir).unwrap();
    for language in Language::ALL {
        for (name, svg) in all(&results, &company, language) {
            check(&svg);
            std::fs::write(dir.join(format!("{name}.{}.svg", language.code())), &svg).unwrap();
        }
    }
    let da = super::platforms(&results, Language::Da).unwrap();
    assert!(
        da.contains("Økonomi") && da.contains("Øvrige"),
        "æ, ø, å as text"
    );
}

#[test]
fn charts_render_when_everything_is_pooled() {
    let people = |n: usize| (0..n).map(|_| Person::new(4)).collect();
    let departments = [
        Department {
            name: "IT",
            invited: 4,
            people: people(3),
        },
        Department {
            name: "Jura",
            invited: 4,
            people: people(3),
        },
    ];
    let results = results(&departments, k(5));
    for language in Language::ALL {
        all(&results, &[], language)
            .iter()
            .for_each(|(_, svg)| check(svg));
    }
}

#[test]
fn charts_render_with_one_group_with_no_volunteers_and_with_nothing() {
    let one = [Department {
        name: "Salg",
        invited: 9,
        people: (0..8).map(|_| Person::new(2)).collect(),
    }];
    let nothing = [Department {
        name: "Salg",
        invited: 9,
        people: vec![Person::new(5)],
    }];
    let none_at_all = [Department {
        name: "Salg",
        invited: 9,
        people: Vec::new(),
    }];
    for departments in [&one[..], &nothing[..], &none_at_all[..]] {
        let results = results(departments, k(5));
        for language in Language::ALL {
            all(&results, &[], language)
                .iter()
                .for_each(|(_, svg)| check(svg));
        }
    }
}

#[test]
fn charts_without_a_readiness_section_say_so() {
    let mut results = results(&realistic(), k(5));
    results.readiness = None;
    for (_, svg) in all(&results, &[], Language::En) {
        check(&svg);
    }
    assert!(
        super::willingness(&results, Language::En)
            .unwrap()
            .contains("no readiness section")
    );
}

#[test]
fn long_labels_are_measured_by_characters_and_shortened() {
    use super::sketch::{fit, text_width};
    // By characters, not bytes: "ø" is two bytes and as wide as "o".
    assert_eq!(text_width("ø", 10.0), text_width("o", 10.0));
    let long = "Virksomhedens intranet og alle de andre kanaler";
    let short = fit(long, 12.0, 100.0);
    assert!(short.ends_with('…') && text_width(&short, 12.0) <= 100.0);
    let lines = super::frame::wrap("Jeg vil holde arbejde og privatliv adskilt", 13.0, 180.0, 2);
    assert_eq!(lines.len(), 2);
}

/// White on viridis's teal read 3.5:1 and on orange 3.9:1: a label on any
/// fill a chart uses now reaches WCAG AA's 4.5:1.
#[test]
fn a_label_on_any_fill_contrasts_at_least_four_and_a_half_to_one() {
    use super::palette::{HIDDEN, LIKERT, viridis};
    let fills = (0..=100)
        .map(|i| viridis(f64::from(i) / 100.0))
        .chain(LIKERT)
        .chain([HIDDEN]);
    for fill in fills {
        let ratio = fill.contrast(fill.text_on());
        assert!(ratio >= 4.5, "{fill:?}: {ratio:.2}");
    }
}
