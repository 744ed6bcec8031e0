//! Tests of the published results; `fixtures` is shared with the charts' tests.

mod attacked;
mod attacker;
mod audit;
pub(crate) mod fixtures;
mod index;
mod privacy;
mod recommend;
mod sanity;
