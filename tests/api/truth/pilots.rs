//! The recommendation against the truth: a pilot department is shown on
//! its own and truly has its volunteers; it starts on a platform its people
//! truly use and would share on; "the barrier named most" truly is; the
//! first step answers a barrier someone truly named.

use serde_json::Value;

use super::Truth;

pub fn check(recommendation: &Value, t: &Truth, results: &Value, members: &[Vec<usize>]) -> usize {
    let Some(pilots) = recommendation["pilots"].as_array() else {
        return 0;
    };
    let min = results["readiness"]["min_volunteers"]
        .as_u64()
        .expect("min_volunteers");
    let mut checked = 0;
    for pilot in pilots {
        let name = pilot["department"].as_str().expect("a department");
        let d = t.index(name);
        assert!(
            members.iter().any(|m| m == &vec![d]),
            "{name} is shown on its own"
        );
        let c = &t.counts[d];
        let run = |q: &str, row: &str| {
            c.all
                .get(&(q.to_owned(), row.to_owned()))
                .cloned()
                .unwrap_or_else(|| vec![0; t.width(q) + 1])
        };
        let willingness = run("willingness", "");
        let volunteers = willingness[1 + t.option("willingness", "4")]
            + willingness[1 + t.option("willingness", "5")];
        assert!(volunteers >= min, "{name}: {volunteers} volunteers");
        if let Some(platform) = pilot["start"]["platform"].as_str() {
            let usage = run("platform_use", platform);
            let weekly = usage[1 + t.option("platform_use", "weekly")]
                + usage[1 + t.option("platform_use", "daily")];
            let willing = run("willing_platforms", "")[1 + t.option("willing_platforms", platform)];
            assert!(
                weekly > 0 && willing > 0,
                "{name} starts on {platform}: {weekly} weekly, {willing} willing"
            );
            checked += 2;
        }
        let barriers = run("barriers", "");
        let named = |id: &str| barriers[1 + t.option("barriers", id)];
        let most = t
            .options("barriers")
            .iter()
            .filter(|o| *o != "nothing")
            .map(|o| named(o))
            .max()
            .unwrap_or(0);
        if pilot["main_barrier"]["kind"] == "named" {
            for o in pilot["main_barrier"]["options"]
                .as_array()
                .expect("options")
            {
                let o = o.as_str().expect("an id");
                assert_ne!(o, "nothing", "{name}: nothing is no barrier");
                if pilot["main_barrier"]["sure"] == true {
                    assert_eq!(named(o), most, "{name}: {o} is named most ({most})");
                }
                assert!(named(o) > 0, "{name}: {o} named by nobody");
            }
            checked += 1;
        }
        if pilot["first_step_because"]["kind"] == "barrier" {
            let o = pilot["first_step_because"]["option"]
                .as_str()
                .expect("an option");
            assert!(
                named(o) > 0,
                "{name}: the first step answers {o}, named by nobody"
            );
            checked += 1;
        }
        checked += 1;
    }
    checked
}
