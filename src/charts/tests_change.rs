//! The comparison's charts: one per measure and the pilots against the
//! rest, each a labelled picture naming every group. Written to
//! `target/charts/` to be looked at.

use crate::export::compare::fixture::comparison;
use crate::export::compare::words::unit_name;
use crate::language::Language;

fn check(svg: &str) {
    assert!(svg.starts_with("<svg"), "{}", &svg[..40.min(svg.len())]);
    assert!(svg.contains("role=\"img\""));
    assert!(svg.find("<title>").unwrap() < svg.find("<desc>").unwrap());
    assert!(!svg.contains("<desc></desc>"));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
}

#[test]
fn every_measure_has_a_dumbbell_chart_naming_every_group() {
    let c = comparison();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/charts");
    std::fs::create_dir_all(&dir).unwrap();
    for l in Language::ALL {
        for m in 0..c.measures.len() {
            let svg = super::change(&c, m, l).unwrap();
            check(&svg);
            for unit in c.units.iter().chain([&c.everyone]) {
                // The first word survives any wrapping of a long label.
                let name = unit_name(unit, l);
                let first = name.split_whitespace().next().unwrap();
                assert!(svg.contains(first), "{first} in measure {m}, {l:?}");
            }
            assert!(svg.contains("★ Salg"), "pilots starred");
            let file = format!("change-{m}.{}.svg", l.code());
            std::fs::write(dir.join(file), &svg).unwrap();
        }
        let svg = super::pilots_vs_rest(&c, l).unwrap();
        check(&svg);
        std::fs::write(dir.join(format!("pilots-vs-rest.{}.svg", l.code())), &svg).unwrap();
    }
}

#[test]
fn a_rounded_end_is_drawn_as_a_bar_and_a_missing_one_not_at_all() {
    let c = comparison();
    // Volunteers: the merged departments' before is 10–20 %, a bar; the
    // renamed department's before is withheld, so its row has one end.
    let svg = super::change(&c, 1, Language::En).unwrap();
    let dots = svg.matches("<circle").count();
    // Plotters draws a stroked dot as two circles (fill, then ring).
    let rows = c.units.len() + 1;
    assert!(dots < 4 * rows, "{dots} circles for {rows} rows");
    assert!(svg.contains("Teknik (before: IT)"), "renamed");
}

#[test]
fn without_pilots_the_chart_says_there_is_nothing_to_hold_them_against() {
    let mut c = comparison();
    c.pilots_vs_rest = None;
    let svg = super::pilots_vs_rest(&c, Language::En).unwrap();
    check(&svg);
    assert!(svg.contains("nothing to hold the pilots against"));
}
