//! What HR may see about the answers: the rules that shape every report,
//! chart, export and API response built from responses.
//!
//! From the bottom up: `tally` counts the answers; `figures` are what may be
//! published and how precisely; `suppression` is rule P4's pooling; `audit`
//! is rule P9's attacker, who sees every figure at once; `results` drafts
//! the figures, has them audited, and derives everything else from them.

pub mod audit;
pub mod compare;
pub mod figures;
pub mod results;
pub mod suppression;
pub mod tally;
