//! HTML pages: one layout, small maud components, localised texts.

mod anonymity;
mod code_form;
mod data;
mod error;
mod home;
mod language;
mod layout;
mod questionnaire;
mod survey;

use actix_web::web;

pub use data::{FormQuestion, form_model};
pub use error::PageError;
pub use language::{PageContext, remember_language};
pub use layout::page;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::home))
        .route("/anonymity", web::get().to(anonymity::anonymity))
        .route("/s/{id}", web::get().to(survey::survey_page));
}
