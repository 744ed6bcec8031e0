//! What chance alone gives: 95 % intervals for a change in a share between
//! two groups of known sizes, and for a difference in differences.
//!
//! For one change we use Newcombe's hybrid score interval (Newcombe 1998,
//! "Interval estimation for the difference between independent
//! proportions: comparison of eleven methods", Statistics in Medicine 17,
//! 873–890, method 10), built from the Wilson interval of each share. It is
//! chosen over Agresti–Caffo because our groups are small (k is often 5)
//! and bands put shares at 0 or 1, exactly where Newcombe found it keeps
//! its coverage, it never leaves −1…1, and it needs no iteration.
//!
//! For a difference in differences (four shares) there is no score
//! interval as simple, so we use the Agresti–Caffo idea (Agresti & Caffo
//! 2000, The American Statistician 54, 280–288): add one yes and one no to
//! each share, then sum the four variances. It is the usual choice for
//! linear contrasts of several proportions and behaves at 0 and 1.
//!
//! Published shares are often ranges (bands, rounding). The interval is
//! then taken at every combination of the ranges' ends and widened to
//! cover them all, so it claims no more than the least favourable truth
//! the publication allows.

use crate::report::results::Range;

/// The 0.975 quantile of the standard normal distribution.
const Z: f64 = 1.959_963_984_540_054;

/// Wilson's score interval for a share `p` observed in `n`.
pub fn wilson(p: f64, n: f64) -> Range {
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).max(0.0).sqrt();
    Range {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    }
}

/// Newcombe's hybrid score interval for `p2 − p1`.
pub fn newcombe(p1: f64, n1: f64, p2: f64, n2: f64) -> Range {
    let (w1, w2) = (wilson(p1, n1), wilson(p2, n2));
    let d = p2 - p1;
    Range {
        low: d - ((p2 - w2.low).powi(2) + (w1.high - p1).powi(2)).sqrt(),
        high: d + ((w2.high - p2).powi(2) + (p1 - w1.low).powi(2)).sqrt(),
    }
}

/// The smallest interval covering all of them.
fn cover(ranges: impl IntoIterator<Item = Range>) -> Option<Range> {
    ranges.into_iter().fold(None, |acc: Option<Range>, r| {
        Some(match acc {
            None => r,
            Some(a) => Range {
                low: a.low.min(r.low),
                high: a.high.max(r.high),
            },
        })
    })
}

/// One end of a share change: the shares and group sizes the publication
/// allows (lowest and highest of each).
#[derive(Debug, Clone, Copy)]
pub struct Observed {
    pub share: Range,
    pub size: (u64, u64),
}

/// The interval of `after − before` under chance alone, widened over the
/// ends of both shares' and both sizes' ranges; `None` where a group has
/// nobody in it.
pub fn change_interval(before: Observed, after: Observed) -> Option<Range> {
    if before.size.0 == 0 || after.size.0 == 0 {
        return None;
    }
    let ends = |r: Range| [r.low, r.high];
    let sizes = |(lo, hi): (u64, u64)| [lo as f64, hi as f64];
    let mut all = Vec::with_capacity(16);
    for p1 in ends(before.share) {
        for n1 in sizes(before.size) {
            for p2 in ends(after.share) {
                for n2 in sizes(after.size) {
                    all.push(newcombe(p1, n1, p2, n2));
                }
            }
        }
    }
    cover(all)
}

/// Counts behind one share: `count` of `base`, the count as the range the
/// published cells allow (the base is always exact where we add counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub base: u64,
    pub count: (u64, u64),
}

/// The Agresti–Caffo interval of `(p_after − p_before) − (r_after −
/// r_before)`, widened over the ends of the four counts' ranges.
pub fn did_interval(pilots: [Counted; 2], rest: [Counted; 2]) -> Option<Range> {
    let ends = |c: Counted| [c.count.0, c.count.1];
    let adjusted = |x: u64, n: u64| {
        let p = (x as f64 + 1.0) / (n as f64 + 2.0);
        (p, p * (1.0 - p) / (n as f64 + 2.0))
    };
    let mut all = Vec::with_capacity(16);
    for a in ends(pilots[0]) {
        for b in ends(pilots[1]) {
            for c in ends(rest[0]) {
                for d in ends(rest[1]) {
                    let (p1, v1) = adjusted(a, pilots[0].base);
                    let (p2, v2) = adjusted(b, pilots[1].base);
                    let (r1, v3) = adjusted(c, rest[0].base);
                    let (r2, v4) = adjusted(d, rest[1].base);
                    let estimate = (p2 - p1) - (r2 - r1);
                    let half = Z * (v1 + v2 + v3 + v4).sqrt();
                    all.push(Range {
                        low: estimate - half,
                        high: estimate + half,
                    });
                }
            }
        }
    }
    cover(all)
}
