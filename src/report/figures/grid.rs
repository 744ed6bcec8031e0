//! Rounding on a fixed grid, in whole numbers, so that what a rounded figure
//! says is exactly a set of counts: the audit's constraints and the test's
//! ground truth read the same set, with no floating-point edge.
//!
//! - A share `count / answered` rounded to a step of `step` percentage points
//!   (1, 5, 10 or 25): half up, so the published percentage `p` says
//!   `p − step/2 ≤ 100 · count / answered < p + step/2`.
//! - A count rounded to a multiple of `base`, half up: `v` says
//!   `v − base/2 ≤ count < v + base/2`.
//! - A sum rounded to two significant digits (the reach), whose base is
//!   published with it.

/// The steps a rounded share may take, finest first.
pub const SHARE_STEPS: [u32; 4] = [1, 5, 10, 25];

/// The bases a rounded count may take, finest first.
pub const COUNT_BASES: [u64; 4] = [5, 10, 25, 100];

/// The percentage that `count / answered` rounds to at `step`, clamped to
/// 0–100. `None` when nobody answered.
pub fn round_share(count: u64, answered: u64, step: u32) -> Option<u32> {
    if answered == 0 {
        return None;
    }
    let step = u128::from(step.max(1));
    // index = floor(100 · count / (answered · step) + 1/2), in integers.
    let numerator = 200 * u128::from(count) + step * u128::from(answered);
    let index = numerator / (2 * step * u128::from(answered));
    let percent = (index * step).min(100);
    u32::try_from(percent).ok()
}

/// Whether `count / answered` rounds to `percent` at `step`.
pub fn share_rounds_to(count: u64, answered: u64, percent: u32, step: u32) -> bool {
    round_share(count, answered, step) == Some(percent)
}

/// The linear form of a rounded share, for `count` and `answered` that may
/// both be unknown: `lower(answered) ≤ 200 · count ≤ upper(answered)`, as
/// `(2p − step) · answered ≤ 200 · count ≤ (2p + step) · answered − 1`.
/// Returns the two coefficients of `answered`; the upper bound holds with
/// the `− 1` (strict, in integers) except at 100 %, where it is `≤`.
pub fn share_bounds(percent: u32, step: u32) -> (f64, f64, bool) {
    let p = f64::from(percent);
    let s = f64::from(step);
    let strict_upper = percent < 100;
    ((2.0 * p - s).max(0.0), 2.0 * p + s, strict_upper)
}

/// `count` rounded to a multiple of `base`, half up.
pub fn round_count(count: u64, base: u64) -> u64 {
    let base = base.max(1);
    (2 * count + base) / (2 * base) * base
}

/// The counts that round to `value` at `base`: `lo..=hi`.
pub fn count_interval(value: u64, base: u64) -> (u64, u64) {
    let base = base.max(1);
    // 2·value − base ≤ 2·count < 2·value + base
    let lo = (2 * value).saturating_sub(base).div_ceil(2);
    let hi = (2 * value + base - 1) / 2;
    (lo, hi)
}

/// The base of a sum published to two significant digits: 1 below 100,
/// 10 below 1,000, 100 below 10,000, …
pub fn two_digit_base(sum: u64) -> u64 {
    let mut base = 1;
    while sum >= 100 * base {
        base *= 10;
    }
    base
}

/// A sum to two significant digits, with the base it was rounded at. The
/// base is that of the sum itself, so a sum just under a power of ten
/// keeps its finer base (9,950 becomes 10,000 at base 100).
pub fn round_two_digits(sum: u64) -> (u64, u64) {
    let base = two_digit_base(sum);
    (round_count(sum, base), base)
}

/// The sums that [`round_two_digits`] turns into `(value, base)`: those
/// that round to `value` at `base` and whose own base is `base`.
pub fn two_digit_interval(value: u64, base: u64) -> (u64, u64) {
    let (lo, hi) = count_interval(value, base);
    let magnitude_lo = if base == 1 { 0 } else { 10 * base };
    let magnitude_hi = 100 * base - 1;
    (lo.max(magnitude_lo), hi.min(magnitude_hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rounded_share_says_exactly_the_counts_that_round_to_it() {
        for answered in 1..=60u64 {
            for step in SHARE_STEPS {
                for count in 0..=answered {
                    let p = round_share(count, answered, step).unwrap();
                    let (lo, hi, strict) = share_bounds(p, step);
                    let c = 200.0 * count as f64;
                    let a = answered as f64;
                    assert!(c >= lo * a, "{count}/{answered} at {step}: {p}");
                    if strict {
                        assert!(c <= hi * a - 1.0, "{count}/{answered} at {step}: {p}");
                    } else {
                        assert!(c <= hi * a);
                    }
                    // And nothing else rounds to it that the bounds exclude.
                    for other in 0..=answered {
                        let c = 200.0 * other as f64;
                        let inside = c >= lo * a
                            && (if strict {
                                c <= hi * a - 1.0
                            } else {
                                c <= hi * a
                            });
                        assert_eq!(inside, share_rounds_to(other, answered, p, step));
                    }
                }
            }
        }
    }

    #[test]
    fn shares_round_half_up_on_whole_percentages() {
        assert_eq!(round_share(1, 8, 1), Some(13)); // 12.5 % → 13
        assert_eq!(round_share(1, 3, 1), Some(33));
        assert_eq!(round_share(2, 3, 5), Some(65));
        assert_eq!(round_share(7, 8, 25), Some(100)); // 87.5 % is 3.5 steps: up
        assert_eq!(round_share(5, 8, 25), Some(75)); // 62.5 % is 2.5 steps: up
        assert_eq!(round_share(0, 9, 10), Some(0));
        assert_eq!(round_share(9, 9, 25), Some(100));
        assert_eq!(round_share(1, 0, 1), None);
    }

    #[test]
    fn counts_round_half_up_and_their_interval_holds_exactly_those() {
        for base in COUNT_BASES {
            for count in 0..1_000 {
                let v = round_count(count, base);
                let (lo, hi) = count_interval(v, base);
                assert!((lo..=hi).contains(&count), "{count} at {base}: {v}");
                for other in lo.saturating_sub(base)..hi + base {
                    assert_eq!((lo..=hi).contains(&other), round_count(other, base) == v);
                }
            }
        }
    }

    #[test]
    fn two_significant_digits_keep_their_base_and_their_interval() {
        assert_eq!(round_two_digits(68_172), (68_000, 1_000));
        assert_eq!(round_two_digits(9_950), (10_000, 100));
        assert_eq!(round_two_digits(99), (99, 1));
        assert_eq!(round_two_digits(0), (0, 1));
        for sum in (0..200_000).step_by(7) {
            let (v, base) = round_two_digits(sum);
            let (lo, hi) = two_digit_interval(v, base);
            assert!((lo..=hi).contains(&sum), "{sum}: {v} at {base}");
            for other in [lo.saturating_sub(1), lo, hi, hi + 1] {
                assert_eq!(
                    (lo..=hi).contains(&other),
                    round_two_digits(other) == (v, base),
                    "{other} against {v} at {base}"
                );
            }
        }
    }
}
