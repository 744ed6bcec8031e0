//! Every interval and verdict of a comparison is what its two ends alone
//! give: so the ends, which the pair attacker takes as claims, are all a
//! comparison says.

use crate::report::compare::chance::{Counted, did_interval};
use crate::report::compare::changes;
use crate::report::compare::{Change, Comparison, Measure, Value};

fn counted(v: &Value) -> Option<Counted> {
    let base = v.base.value()?;
    let count = |share: f64| (share * base as f64).round() as u64;
    Some(Counted {
        base,
        count: (count(v.value.low), count(v.value.high)),
    })
}

/// What in `c` is not the function of its ends it should be.
pub fn not_from_ends(c: &Comparison) -> Vec<String> {
    let mut found = Vec::new();
    let check = |found: &mut Vec<String>, what: String, change: &Change, index: bool| {
        let again = match (change.before, change.after) {
            (Some(b), Some(a)) if index => changes::index(Ok(b), Ok(a)),
            (Some(b), Some(a)) => changes::share(Ok(b), Ok(a)),
            _ if change.change.is_none() && change.interval.is_none() => return,
            _ => {
                found.push(format!("{what}: a change without both ends"));
                return;
            }
        };
        if &again != change {
            found.push(format!("{what}: {change:?} is not {again:?}"));
        }
    };
    for (u, unit) in c.units.iter().chain([&c.everyone]).enumerate() {
        for (m, change) in unit.changes.iter().enumerate() {
            let index = matches!(c.measures[m].measure, Measure::Index { .. });
            check(&mut found, format!("unit {u} measure {m}"), change, index);
        }
    }
    if let Some(pvr) = &c.pilots_vs_rest {
        for (m, d) in pvr.measures.iter().enumerate() {
            let Some(d) = d else { continue };
            check(&mut found, format!("pilots, measure {m}"), &d.pilots, false);
            check(&mut found, format!("rest, measure {m}"), &d.rest, false);
            let difference = d
                .pilots
                .change
                .zip(d.rest.change)
                .map(|(p, r)| changes::difference(r, p));
            let ends = |c: &Change| {
                c.before
                    .as_ref()
                    .zip(c.after.as_ref())
                    .and_then(|(b, a)| counted(b).zip(counted(a)))
            };
            let interval = match (ends(&d.pilots), ends(&d.rest)) {
                (Some(p), Some(r)) if difference.is_some() => did_interval([p.0, p.1], [r.0, r.1]),
                _ => None,
            };
            if difference != d.difference || interval != d.interval {
                found.push(format!("pilots against the rest, measure {m}: {d:?}"));
            }
        }
    }
    found
}
