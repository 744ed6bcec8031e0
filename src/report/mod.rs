//! What HR may see about the answers: the rules that shape every report,
//! chart, export and API response built from responses.

pub mod results;
pub mod suppression;
