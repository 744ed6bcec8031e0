//! A follow-up survey compared with its baseline (issue 22): per department
//! and for everyone, before, after and the change, and the pilots' change
//! against the rest's. Pure: built from the two audited publications and
//! the link between the waves, nothing else.

pub mod matching;
pub mod model;

pub use model::*;
