//! `comparison.json` from a comparison built by hand: ranges as low and
//! high, counts as results.json writes them, verdicts as codes, groups and
//! measures by ids.

use serde_json::json;

use crate::export::compare::fixture::{comparison, ids, view};

#[test]
fn the_json_names_the_surveys_and_gives_every_change_in_results_json_terms() {
    let c = comparison();
    let ids = ids();
    let body = super::comparison_json(&view(&ids), &c);
    assert_eq!(body["baseline"]["id"], "baseaaaaaaaa");
    assert_eq!(body["follow_up"]["title"], "Sociale medier 2027");
    assert_eq!(body["settings"]["goal"], "recruitment");
    let cmp = &body["comparison"];
    assert_eq!(cmp["min_group_size"], 5);
    let measures: Vec<&str> = cmp["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        measures,
        [
            "participation",
            "volunteers",
            "weekly.linkedin",
            "index.recruitment"
        ]
    );
    assert_eq!(cmp["measures"][2]["platform"], "linkedin");
    assert_eq!(cmp["measures"][3]["scale"], "index");
    let units = cmp["units"].as_array().unwrap();
    let ids: Vec<&str> = units.iter().map(|u| u["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["Salg", "Teknik", "Administration", "_other", "_all"]);
    assert_eq!(units[1]["baseline"], json!(["IT"]));
    assert_eq!(units[2]["kind"], "together");
    assert_eq!(units[2]["pilot"], "partly");
    let salg = &units[0]["changes"][1];
    assert_eq!(salg["measure"], "volunteers");
    assert_eq!(
        salg["before"],
        json!({"low": 0.2, "high": 0.2, "base": {"kind": "exact", "value": 35}})
    );
    assert_eq!(salg["verdict"], json!({"kind": "up"}));
    let admin = &units[2]["changes"][1];
    assert_eq!(admin["before"]["low"], 0.1);
    assert_eq!(admin["before"]["high"], 0.2);
    assert_eq!(admin["before"]["base"]["kind"], "rounded");
    let teknik = &units[1]["changes"][1];
    assert_eq!(teknik["before"], json!(null));
    assert_eq!(teknik["change"], json!(null));
    assert_eq!(
        teknik["verdict"],
        json!({"kind": "not_compared", "why": "withheld_before"})
    );
    assert_eq!(
        units[2]["changes"][3]["verdict"]["why"],
        "no_index_together"
    );
    let p = &cmp["pilots_vs_rest"];
    assert_eq!(p["pilot_units"], json!(["Salg"]));
    assert_eq!(p["rest_units"], json!(["Teknik", "_other"]));
    assert_eq!(
        p["measures"].as_array().unwrap().len(),
        3,
        "no difference for the index"
    );
    assert_eq!(p["measures"][0]["verdict"]["kind"], "within_chance");
    assert_eq!(
        p["measures"][1]["interval"],
        json!({"low": 0.03, "high": 0.43})
    );
    assert_eq!(
        cmp["not_compared"][0],
        json!({"department": "Lager", "wave": "baseline", "why": "dropped"})
    );
    assert_eq!(
        cmp["unmatched"][0],
        json!({"question": "platform_use", "item": "tiktok", "only_in": "follow_up"})
    );
}

#[test]
fn without_pilots_the_json_says_null() {
    let mut c = comparison();
    c.pilots_vs_rest = None;
    let ids = ids();
    let body = super::comparison_json(&view(&ids), &c);
    assert_eq!(body["comparison"]["pilots_vs_rest"], json!(null));
}
