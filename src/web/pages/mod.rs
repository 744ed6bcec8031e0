//! HTML pages: one layout, small maud components, localised texts.

mod language;
mod layout;

pub use language::{PageContext, remember_language};
pub use layout::page;
