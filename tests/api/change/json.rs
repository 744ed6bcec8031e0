//! `comparison.json` against the truth: each compared group, everyone, the
//! pilots against the rest, and what is not compared.

use serde_json::Value;
use stemme::questionnaire::readiness::Goal;

use super::expect::{Known, agresti_caffo, newcombe, share, verdict};
use crate::truth::counts::count_allows;

/// The groups the test expects compared: baseline departments, follow-up
/// departments, kind, pilot.
pub const UNITS: [(&[&str], &[&str], &str, &str); 5] = [
    (&["Salg"], &["Salg"], "department", "yes"),
    (&["Marketing"], &["Marketing og PR"], "department", "yes"),
    (&["IT", "Drift"], &["IT og drift"], "together", "no"),
    // Pooled in the baseline, each shown in the follow-up: compared only
    // as the two together.
    (
        &["Jura", "Direktion"],
        &["Jura", "Direktion"],
        "together",
        "no",
    ),
    (&["Produktion"], &["Produktion"], "department", "no"),
];

fn names(v: &Value) -> Vec<String> {
    let mut n: Vec<String> = v
        .as_array()
        .expect("names")
        .iter()
        .map(|x| x.as_str().expect("a name").to_owned())
        .collect();
    n.sort();
    n
}

fn sorted(n: &[&str]) -> Vec<String> {
    let mut n: Vec<String> = n.iter().map(|s| (*s).to_owned()).collect();
    n.sort();
    n
}

/// One end of a share: the truth lies in its range, exactly on it when it
/// is one number, and its base allows the truth's.
fn check_end(end: &Value, truth: (u64, u64), tol: f64, what: &str) -> bool {
    let (low, high) = (end["low"].as_f64().unwrap(), end["high"].as_f64().unwrap());
    let s = share(truth);
    assert!(
        low - tol <= s && s <= high + tol,
        "{what}: {s} not in {low}…{high}"
    );
    assert!(
        count_allows(&end["base"], truth.1),
        "{what}: base {}",
        truth.1
    );
    high - low < 1e-12
}

/// A share change against the truth; the numbers checked.
fn check_share(
    change: &Value,
    before: Option<(u64, u64)>,
    after: (u64, u64),
    tol: f64,
    what: &str,
) -> usize {
    let Some(before) = before else {
        assert!(change["before"].is_null(), "{what}: not asked before");
        assert_eq!(change["verdict"]["kind"], "not_compared", "{what}");
        // The files give the reason in words only.
        let why = &change["verdict"]["why"];
        assert!(why.is_null() || why == "not_asked_before", "{what}: {why}");
        return 1;
    };
    if change["before"].is_null() || change["after"].is_null() {
        // Withheld in a publication: allowed, and said.
        assert_eq!(change["verdict"]["kind"], "not_compared", "{what}");
        return 1;
    }
    let exact = check_end(&change["before"], before, tol, what)
        & check_end(&change["after"], after, tol, what);
    let d = share(after) - share(before);
    let (low, high) = (
        change["change"]["low"].as_f64().unwrap(),
        change["change"]["high"].as_f64().unwrap(),
    );
    assert!(
        low - tol <= d && d <= high + tol,
        "{what}: change {d} not in {low}…{high}"
    );
    if !exact {
        return 3;
    }
    assert!(
        (high - low).abs() < 1e-12,
        "{what}: an exact change is one number"
    );
    let (il, ih) = newcombe(before, after);
    let interval = &change["interval"];
    assert!(
        (interval["low"].as_f64().unwrap() - il).abs() < tol,
        "{what}: {interval} ≠ {il}"
    );
    assert!(
        (interval["high"].as_f64().unwrap() - ih).abs() < tol,
        "{what}: {interval} ≠ {ih}"
    );
    assert_eq!(change["verdict"]["kind"], verdict((il, ih)), "{what}");
    7
}

fn index_of(measure: &str) -> Option<Goal> {
    Goal::parse(measure.strip_prefix("index.")?)
}

/// Every number of the comparison; how many were checked.
/// Every number within `tol` of the truth (a file rounds); with `lists`,
/// what is not compared and what is unmatched too.
pub fn check(c: &Value, known: &[Known; 2], tol: f64, lists: bool) -> usize {
    let [before, after] = known;
    let measures: Vec<String> = c["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(measures.contains(&"weekly.snapchat".to_owned()));
    let units = c["units"].as_array().unwrap();
    let mut checked = 0;
    let mut seen = 0;
    for unit in units {
        let (b, a): (Vec<String>, Vec<String>) = if unit["kind"] == "everyone" {
            let all = |k: &Known| k.all().iter().map(|s| (*s).to_owned()).collect();
            (all(before), all(after))
        } else {
            let expected = UNITS
                .iter()
                .find(|(_, f, _, _)| sorted(f) == names(&unit["follow_up"]))
                .unwrap_or_else(|| panic!("an unexpected group {unit}"));
            assert_eq!(names(&unit["baseline"]), sorted(expected.0));
            assert_eq!(unit["kind"], expected.2, "{unit}");
            assert_eq!(unit["pilot"], expected.3, "{unit}");
            seen += 1;
            (sorted(expected.0), sorted(expected.1))
        };
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        for (m, change) in measures.iter().zip(unit["changes"].as_array().unwrap()) {
            assert_eq!(&change["measure"], m.as_str());
            let what = format!("{} · {m}", unit["id"]);
            if let Some(goal) = index_of(m) {
                if unit["kind"] == "together" {
                    assert_eq!(change["verdict"]["kind"], "not_compared", "{what}");
                    continue;
                }
                for (end, k, names) in [("before", before, &b), ("after", after, &a)] {
                    let truth = k.index(names, goal) as f64;
                    let e = &change[end];
                    let (low, high) = (e["low"].as_f64().unwrap(), e["high"].as_f64().unwrap());
                    assert!(
                        low - tol <= truth && truth <= high + tol,
                        "{what} {end}: {truth}"
                    );
                    checked += 1;
                }
                continue;
            }
            let truth_after = after.measure(&a, m).expect("the follow-up asks everything");
            checked += check_share(change, before.measure(&b, m), truth_after, tol, &what);
        }
    }
    assert_eq!(seen, UNITS.len(), "every expected group compared");
    checked += check_pilots(c, &measures, known, tol);
    if lists {
        checked += check_not_compared(c);
    }
    checked
}

fn check_pilots(c: &Value, measures: &[String], [before, after]: &[Known; 2], tol: f64) -> usize {
    let p = &c["pilots_vs_rest"];
    assert_eq!(
        names(&p["pilot_units"]),
        sorted(&["Salg", "Marketing og PR"])
    );
    assert_eq!(
        names(&p["rest_units"]),
        sorted(&["IT og drift", "Jura + Direktion", "Produktion"])
    );
    let side = |pilot: &str| -> (Vec<&str>, Vec<&str>) {
        let mut b = Vec::new();
        let mut a = Vec::new();
        for (bs, fs, _, _) in UNITS.iter().filter(|u| u.3 == pilot) {
            b.extend_from_slice(bs);
            a.extend_from_slice(fs);
        }
        (b, a)
    };
    let (pb, pa) = side("yes");
    let (rb, ra) = side("no");
    let mut checked = 0;
    for d in p["measures"].as_array().unwrap() {
        let m = d["measure"].as_str().unwrap();
        assert!(measures.iter().any(|x| x == m));
        let (Some(p1), Some(r1)) = (before.measure(&pb, m), before.measure(&rb, m)) else {
            continue;
        };
        let (p2, r2) = (
            after.measure(&pa, m).unwrap(),
            after.measure(&ra, m).unwrap(),
        );
        checked += check_share(&d["pilots"], Some(p1), p2, tol, &format!("pilots · {m}"));
        checked += check_share(&d["rest"], Some(r1), r2, tol, &format!("rest · {m}"));
        let truth = (share(p2) - share(p1)) - (share(r2) - share(r1));
        let (low, high) = (
            d["difference"]["low"].as_f64().unwrap(),
            d["difference"]["high"].as_f64().unwrap(),
        );
        assert!(low - tol <= truth && truth <= high + tol, "{m}: {truth}");
        if (high - low).abs() < 1e-12 {
            let (il, ih) = agresti_caffo([p1, p2], [r1, r2]);
            assert!(
                (d["interval"]["low"].as_f64().unwrap() - il).abs() < tol,
                "{m}"
            );
            assert!(
                (d["interval"]["high"].as_f64().unwrap() - ih).abs() < tol,
                "{m}"
            );
            assert_eq!(d["verdict"]["kind"], verdict((il, ih)), "{m}");
            checked += 3;
        }
        if m == "volunteers" {
            // The company was made so: two in three of the pilots grew.
            assert_eq!(d["verdict"]["kind"], "up", "{d}");
        }
    }
    checked
}

fn check_not_compared(c: &Value) -> usize {
    let list = c["not_compared"].as_array().unwrap();
    let why = |name: &str| -> Vec<&str> {
        list.iter()
            .filter(|n| n["department"] == name)
            .map(|n| n["why"].as_str().unwrap())
            .collect()
    };
    assert_eq!(why("Kundeservice"), ["new"]);
    assert_eq!(why("Lager"), ["dropped"]);
    assert!(why("Kantine").iter().all(|w| *w == "no_answers") && !why("Kantine").is_empty());
    for (b, f, _, _) in UNITS {
        for n in b.iter().chain(f) {
            assert!(why(n).is_empty(), "{n} is compared");
        }
    }
    let unmatched = c["unmatched"].as_array().unwrap();
    assert!(
        unmatched
            .iter()
            .any(|u| u["item"] == "snapchat" && u["only_in"] == "follow_up"),
        "{unmatched:?}"
    );
    list.len() + 1
}
