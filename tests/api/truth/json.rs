//! `results.json` against the ground truth: every count, cell, share,
//! total, index, pilot and reach figure.

use serde_json::Value;
use stemme::questionnaire::readiness::Goal;

use super::Truth;
use super::counts::{Counts, Run, cell_allows, count_allows, sum, two_digits};

/// The departments (indexes) each published group holds, as HR knows
/// them: shown ones by name, the pool the others with answers.
pub fn members(results: &Value, t: &Truth) -> Vec<Vec<usize>> {
    let groups = results["groups"].as_array().expect("groups");
    let shown: Vec<usize> = groups
        .iter()
        .filter_map(|g| g["name"].as_str())
        .map(|n| t.index(n))
        .collect();
    groups
        .iter()
        .map(|g| match g["name"].as_str() {
            Some(n) => vec![t.index(n)],
            None => (0..t.counts.len())
                .filter(|d| t.counts[*d].respondents > 0 && !shown.contains(d))
                .collect(),
        })
        .collect()
}

fn counted(question: &str) -> &'static [&'static str] {
    match question {
        "willingness" => &["4", "5"],
        "shares_work" => &["sometimes", "often"],
        "course_interest" => &["yes"],
        "platform_use" => &["weekly", "daily"],
        _ => &[],
    }
}

/// A distribution as published against its true run; returns how many
/// numbers were checked.
pub fn check_distribution(
    published: &Value,
    run: &Run,
    options: &[String],
    question: &str,
    what: &str,
    k: u64,
) -> usize {
    let a = run[0];
    assert!(
        count_allows(&published["answered"], a),
        "{what}: answered {a} vs {}",
        published["answered"]
    );
    let cells = published["cells"].as_array().expect("cells");
    for (o, cell) in cells.iter().enumerate() {
        assert!(
            cell_allows(cell, run[1 + o], a),
            "{what} [{}]: {} of {a} vs {cell}",
            options[o],
            run[1 + o]
        );
    }
    if (1..k).contains(&a) {
        // Fewer than k answered: neither how many, nor what they chose.
        assert_ne!(
            published["answered"]["kind"], "exact",
            "{what}: {a} answerers shown"
        );
        assert!(
            cells
                .iter()
                .all(|c| c["kind"] != "exact" && c["kind"] != "rounded"),
            "{what}: cells of {a}"
        );
    }
    let mut checked = 1 + cells.len();
    if let Some(split) = published.get("split") {
        let picked: u64 = counted(question)
            .iter()
            .map(|id| {
                options
                    .iter()
                    .position(|o| o == id)
                    .map_or(0, |o| run[1 + o])
            })
            .sum();
        assert!(
            cell_allows(split, picked, a),
            "{what} split: {picked} of {a} vs {split}"
        );
        checked += 1;
    }
    checked
}

/// Every table of every question, for every group and the total.
pub fn check_tables(results: &Value, t: &Truth, members: &[Vec<usize>]) -> usize {
    let everyone: Vec<usize> = members.iter().flatten().copied().collect();
    let mut checked = 0;
    for question in results["questions"].as_array().expect("questions") {
        let id = question["id"].as_str().expect("an id");
        let options: Vec<String> = question["options"]
            .as_array()
            .expect("options")
            .iter()
            .map(|o| o["id"].as_str().expect("an id").to_owned())
            .collect();
        for table in question["tables"].as_array().expect("tables") {
            let row = table["row"].as_str().unwrap_or("").to_owned();
            let key = (id.to_owned(), row.clone());
            let of = |ds: &[usize]| -> Run {
                let cs: Vec<&Counts> = ds.iter().map(|&d| &t.counts[d]).collect();
                sum(&cs, &key, options.len(), false)
            };
            let groups = table["groups"].as_array().expect("groups");
            for (g, published) in groups.iter().enumerate() {
                checked += check_distribution(
                    published,
                    &of(&members[g]),
                    &options,
                    id,
                    &format!("{id}/{row} group {g}"),
                    t.k,
                );
            }
            let total = &table["total"];
            let total_run = of(&everyone);
            checked += check_distribution(
                total,
                &total_run,
                &options,
                id,
                &format!("{id}/{row} everyone"),
                t.k,
            );
            // No count of answerers under k comes back as the total minus
            // the other groups.
            for (g, _) in groups.iter().enumerate() {
                let a = of(&members[g])[0];
                let others_exact = groups
                    .iter()
                    .enumerate()
                    .all(|(h, d)| h == g || d["answered"]["kind"] == "exact");
                if (1..t.k).contains(&a) {
                    assert!(
                        !(total["answered"]["kind"] == "exact" && others_exact),
                        "{id}/{row}: group {g}'s {a} by subtraction"
                    );
                }
            }
        }
    }
    checked
}

/// Shares per group (volunteers, already sharing, …) against the truth.
fn check_shares(
    shares: &Value,
    question: &str,
    row: &str,
    options: &[&str],
    t: &Truth,
    members: &[Vec<usize>],
    volunteers_only: bool,
) -> usize {
    let key = (question.to_owned(), row.to_owned());
    let width = t.width(question);
    let truth = |ds: &[usize]| -> (u64, u64) {
        let cs: Vec<&Counts> = ds.iter().map(|&d| &t.counts[d]).collect();
        let run = sum(&cs, &key, width, volunteers_only);
        let picked = options.iter().map(|o| run[1 + t.option(question, o)]).sum();
        (run[0], picked)
    };
    let everyone: Vec<usize> = members.iter().flatten().copied().collect();
    let mut checked = 0;
    let groups = shares["groups"].as_array().expect("groups");
    for (g, share) in groups.iter().enumerate() {
        let (a, c) = truth(&members[g]);
        assert!(
            count_allows(&share["answered"], a) && cell_allows(&share["cell"], c, a),
            "{question}/{row} group {g}: {c} of {a} vs {share}"
        );
        checked += 2;
    }
    if !shares["total"].is_null() {
        let (a, c) = truth(&everyone);
        assert!(
            cell_allows(&shares["total"]["cell"], c, a),
            "{question}/{row} total: {c} of {a}"
        );
        checked += 2;
    }
    checked
}

/// The readiness part: shares per role, volunteers against the rest,
/// indexes, pilots, reach.
pub fn check_readiness(results: &Value, t: &Truth, members: &[Vec<usize>]) -> usize {
    let r = &results["readiness"];
    let mut checked = check_shares(
        &r["volunteers"],
        "willingness",
        "",
        &["4", "5"],
        t,
        members,
        false,
    );
    checked += check_shares(
        &r["already_sharing"],
        "shares_work",
        "",
        &["sometimes", "often"],
        t,
        members,
        false,
    );
    checked += check_shares(
        &r["course_interest"],
        "course_interest",
        "",
        &["yes"],
        t,
        members,
        false,
    );
    let platforms: Vec<&str> = r["platforms"]
        .as_array()
        .expect("platforms")
        .iter()
        .map(|p| p["id"].as_str().expect("id"))
        .collect();
    for (p, platform) in platforms.iter().enumerate() {
        checked += check_shares(
            &r["weekly"][p],
            "platform_use",
            platform,
            &["weekly", "daily"],
            t,
            members,
            false,
        );
        checked += check_shares(
            &r["willing"][p],
            "willing_platforms",
            "",
            &[platform],
            t,
            members,
            false,
        );
    }
    let everyone: Vec<usize> = members.iter().flatten().copied().collect();
    let cs: Vec<&Counts> = everyone.iter().map(|&d| &t.counts[d]).collect();
    for (name, question) in [
        ("barriers_split", "barriers"),
        ("motivations_split", "motivations"),
    ] {
        let split = &r[name];
        if split.is_null() {
            continue;
        }
        let key = (question.to_owned(), String::new());
        let width = t.width(question);
        let all = sum(&cs, &key, width, false);
        let vol = sum(&cs, &key, width, true);
        let rest: Run = all.iter().zip(&vol).map(|(a, v)| a - v).collect();
        let options = t.options(question);
        checked += check_distribution(
            &split["volunteers"],
            &vol,
            &options,
            question,
            &format!("{name} volunteers"),
            t.k,
        );
        checked += check_distribution(
            &split["rest"],
            &rest,
            &options,
            question,
            &format!("{name} rest"),
            t.k,
        );
    }
    for goal in r["goals"].as_array().expect("goals") {
        let g = Goal::parse(goal["goal"].as_str().expect("goal")).expect("a goal");
        for (i, index) in goal["index"].as_array().expect("index").iter().enumerate() {
            if index.is_null() {
                continue;
            }
            let truth = t.readiness_index(&members[i], g);
            let (lo, hi) = (
                index["low"].as_u64().expect("low"),
                index["high"].as_u64().expect("high"),
            );
            assert!(
                lo <= truth && truth <= hi,
                "{g:?} group {i}: index {truth} outside {lo}–{hi}"
            );
            checked += 2;
        }
        checked += super::pilots::check(&goal["recommendation"], t, results, members);
    }
    for reach in r["reach"].as_array().expect("reach") {
        let platform = reach["platform"].as_str().expect("platform");
        assert_ne!(platform, "intranet", "the intranet reaches nobody outside");
        let (n, sum) = everyone.iter().fold((0u64, 0.0f64), |(n, s), &d| {
            let (dn, ds) = t.counts[d].reach.get(platform).copied().unwrap_or((0, 0.0));
            (n + dn, s + ds)
        });
        assert!(
            count_allows(&reach["volunteers"], n),
            "reach volunteers on {platform}: {n}"
        );
        if reach["followers"]["kind"] == "rounded" {
            assert_eq!(
                reach["followers"]["value"].as_u64(),
                Some(two_digits(sum.round() as u64).0),
                "reach on {platform}"
            );
        }
        if (1..t.k).contains(&n) {
            assert_eq!(
                reach["volunteers"]["kind"], "hidden",
                "{n} volunteers on {platform}"
            );
        }
        checked += 2;
    }
    checked
}
