//! A published number of people (or a sum over people): exact, rounded, or
//! not shown.

use serde::{Deserialize, Serialize};

use super::grid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Count {
    Exact {
        value: u64,
    },
    /// Rounded half up to a multiple of `base`: the truth lies in
    /// `value − base/2 ≤ x < value + base/2`.
    Rounded {
        value: u64,
        base: u64,
    },
    /// A sum rounded to two significant digits at `base` (the sum's own).
    Significant {
        value: u64,
        base: u64,
    },
    Hidden,
}

impl Count {
    pub fn exact(value: u64) -> Count {
        Count::Exact { value }
    }

    /// The exact value, if the figure is exact.
    pub fn value(&self) -> Option<u64> {
        match *self {
            Count::Exact { value } => Some(value),
            _ => None,
        }
    }

    pub fn is_exact(&self) -> bool {
        matches!(self, Count::Exact { .. })
    }

    /// The value as shown (exact, or the rounded value), if shown at all.
    pub fn shown(&self) -> Option<u64> {
        match *self {
            Count::Exact { value }
            | Count::Rounded { value, .. }
            | Count::Significant { value, .. } => Some(value),
            Count::Hidden => None,
        }
    }

    /// Every value the figure allows, as `lo..=hi`; `None` when hidden.
    pub fn interval(&self) -> Option<(u64, u64)> {
        match *self {
            Count::Exact { value } => Some((value, value)),
            Count::Rounded { value, base } => Some(grid::count_interval(value, base)),
            Count::Significant { value, base } => Some(grid::two_digit_interval(value, base)),
            Count::Hidden => None,
        }
    }

    /// Whether `x` is one of the values the figure allows.
    pub fn allows(&self, x: u64) -> bool {
        self.interval()
            .is_none_or(|(lo, hi)| (lo..=hi).contains(&x))
    }
}
