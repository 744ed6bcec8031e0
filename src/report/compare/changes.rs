//! A change between two ends, and its verdict. A share's change is called
//! up or down only when its whole 95 % interval under chance alone is on
//! one side of 0; anything else is a change within chance, which the page
//! never calls an effect. The index is not a share of people drawn by
//! chance but a score computed from several shares, so it gets no
//! interval: it is up or down only when its ranges do not overlap.

use super::chance::{self, Observed};
use super::model::{Change, Missing, Value, Verdict};
use super::values::Gap;
use crate::report::results::Range;

pub type End = Result<Value, Gap>;

/// Why an end is missing, naming its wave.
pub fn missing(gap: Gap, before: bool) -> Missing {
    match (gap, before) {
        (Gap::Withheld, true) => Missing::WithheldBefore,
        (Gap::Withheld, false) => Missing::WithheldAfter,
        (Gap::NotAsked, true) => Missing::NotAskedBefore,
        (Gap::NotAsked, false) => Missing::NotAskedAfter,
        (Gap::Together, _) => Missing::NoIndexTogether,
    }
}

/// `after − before` over both ranges.
pub fn difference(before: Range, after: Range) -> Range {
    Range {
        low: after.low - before.high,
        high: after.high - before.low,
    }
}

/// Up or down when the interval lies wholly on one side of 0.
pub fn verdict(interval: Option<Range>) -> Verdict {
    match interval {
        Some(i) if i.low > 0.0 => Verdict::Up,
        Some(i) if i.high < 0.0 => Verdict::Down,
        _ => Verdict::WithinChance,
    }
}

/// Both ends, or the change that says which is missing (the baseline's
/// first).
fn both(before: End, after: End) -> Result<(Value, Value), Box<Change>> {
    let gap = |before: Option<Value>, after: Option<Value>, why: Missing| {
        Box::new(Change {
            before,
            after,
            change: None,
            interval: None,
            verdict: Verdict::NotCompared { why },
        })
    };
    match (before, after) {
        (Ok(b), Ok(a)) => Ok((b, a)),
        (Err(g), after) => Err(gap(None, after.ok(), missing(g, true))),
        (Ok(b), Err(g)) => Err(gap(Some(b), None, missing(g, false))),
    }
}

/// A share's change (participation included: see `compare`'s notes).
pub fn share(before: End, after: End) -> Change {
    let (b, a) = match both(before, after) {
        Ok(ends) => ends,
        Err(change) => return *change,
    };
    let observed = |v: &Value| {
        v.base.interval().map(|size| Observed {
            share: v.value,
            size,
        })
    };
    let interval = observed(&b)
        .zip(observed(&a))
        .and_then(|(b, a)| chance::change_interval(b, a));
    Change {
        before: Some(b),
        after: Some(a),
        change: Some(difference(b.value, a.value)),
        interval,
        verdict: verdict(interval),
    }
}

/// The readiness index's change: surely up or down when the ranges do not
/// overlap, else unclear.
pub fn index(before: End, after: End) -> Change {
    let (b, a) = match both(before, after) {
        Ok(ends) => ends,
        Err(change) => return *change,
    };
    let change = difference(b.value, a.value);
    let verdict = if change.low > 0.0 {
        Verdict::Up
    } else if change.high < 0.0 {
        Verdict::Down
    } else {
        Verdict::Unclear
    };
    Change {
        before: Some(b),
        after: Some(a),
        change: Some(change),
        interval: None,
        verdict,
    }
}
