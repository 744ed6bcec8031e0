//! The words of an export: texts in HR's language (`assets/i18n/*/export.ftl`
//! and the questionnaire's own texts), or the codebook's ids.

use fluent_templates::fluent_bundle::FluentValue;

use super::{CsvTable, Format, Values};
use crate::i18n::{t, t_args};
use crate::language::Language;
use crate::report::results::{Cell, GroupName, Label, sentences};

/// The id written for "Other departments" where ids are asked for.
pub const OTHER_ID: &str = "_other";
/// The id written for everyone in the published groups together.
pub const EVERYONE_ID: &str = "_all";

/// A number that cannot be known from the published cells.
pub fn unknown() -> String {
    "–".to_owned()
}

/// A text with its first letter in upper case, for a label standing alone
/// ("recruitment" in a sentence, "Recruitment" as a heading).
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

pub fn file_key(format: Format) -> &'static str {
    match format {
        Format::Xlsx => "export-file-results",
        Format::Csv(CsvTable::Departments) => "export-file-departments",
        Format::Csv(CsvTable::Long) => "export-file-long",
    }
}

pub struct Words {
    pub language: Language,
    pub values: Values,
}

impl Words {
    pub fn new(language: Language, values: Values) -> Words {
        Words { language, values }
    }

    fn ids(&self) -> bool {
        self.values == Values::Ids
    }

    /// An interface text in HR's language.
    pub fn t(&self, key: &str) -> String {
        t(self.language, key)
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        t_args(self.language, key, args)
    }

    /// A column's name: its id, or its text.
    pub fn header(&self, id: &str, text: impl FnOnce() -> String) -> String {
        if self.ids() { id.to_owned() } else { text() }
    }

    /// A header from an i18n key, or the id.
    pub fn header_key(&self, id: &str, key: &str) -> String {
        self.header(id, || self.t(key))
    }

    pub fn group(&self, name: &GroupName) -> String {
        match (name, self.ids()) {
            (GroupName::Department { name }, _) => name.clone(),
            (GroupName::Other { .. }, true) => OTHER_ID.to_owned(),
            (GroupName::Other { .. }, false) => sentences::group_name(name, self.language),
        }
    }

    pub fn everyone(&self) -> String {
        if self.ids() {
            EVERYONE_ID.to_owned()
        } else {
            self.t("results-everyone")
        }
    }

    /// A question, row or option: its id, or its text in HR's language.
    pub fn label(&self, id: &str, text: &crate::questionnaire::Text) -> String {
        if self.ids() {
            id.to_owned()
        } else {
            text.get(self.language).to_owned()
        }
    }

    pub fn of(&self, label: &Label) -> String {
        self.label(&label.id, &label.text)
    }

    /// How a cell is shown, in words: exact, rounded (to how many
    /// percentage points), a band, or hidden.
    pub fn band(&self, cell: &Cell) -> String {
        let (id, key) = match cell {
            Cell::Exact { .. } => ("exact", "export-shown-exact"),
            Cell::Rounded { step, .. } => {
                return if self.ids() {
                    format!("rounded_{step}")
                } else {
                    self.t_args("export-shown-rounded", &[("step", (*step).into())])
                };
            }
            Cell::AlmostAll => ("almost_all", "results-almost-all"),
            Cell::AlmostNone => ("almost_none", "results-almost-none"),
            Cell::Hidden => ("hidden", "results-hidden"),
        };
        self.header_key(id, key)
    }

    /// A rounded share in words: "≈ 45 %".
    pub fn about_percent(&self, percent: u32) -> String {
        self.t_args("results-about-percent-short", &[("value", percent.into())])
    }

    /// A rounded count in words: "≈ 340".
    pub fn about_count(&self, value: u64) -> String {
        self.t_args(
            "export-about-count",
            &[("value", sentences::count(value, self.language).into())],
        )
    }

    pub fn percent(&self, share: f64) -> String {
        sentences::percent(share, self.language)
    }
}
