//! Tests of the published results; `fixtures` is shared with the charts' tests.

pub(crate) mod fixtures;
mod audit;
mod index;
mod privacy;
mod recommend;
mod sanity;
