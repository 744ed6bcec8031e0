//! HTML pages: one layout, small maud components, localised texts.

mod anonymity;
mod code_form;
mod data;
mod error;
mod home;
mod layout;
pub(crate) mod questionnaire;
pub(crate) mod sso;
mod survey;
mod survey_move;

use actix_web::web;

pub use crate::web::context::{PageContext, remember_language};
pub use data::{FormQuestion, form_model};
pub use error::EmployeePageError;
pub use layout::page;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::home))
        .route("/anonymity", web::get().to(anonymity::anonymity))
        .route("/s/{id}", web::get().to(survey::survey_page))
        .configure(sso::routes);
}
