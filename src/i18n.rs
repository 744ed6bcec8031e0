//! Interface strings in da, nb and en, from Fluent files in `assets/i18n/`
//! embedded at build time. Questionnaire texts come from the questionnaire.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

use crate::language::Language;

mod departments;
pub use departments::{departments_problem, small_department, too_few_invites};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/i18n",
        fallback_language: "en",
        // Bidi isolation marks would show up as stray characters in HTML
        // attributes and plain-text exports.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static DA: LanguageIdentifier = langid!("da");
static NB: LanguageIdentifier = langid!("nb");
static EN: LanguageIdentifier = langid!("en");

fn identifier(language: Language) -> &'static LanguageIdentifier {
    match language {
        Language::Da => &DA,
        Language::Nb => &NB,
        Language::En => &EN,
    }
}

/// The text for `key` in `language`.
pub fn t(language: Language, key: &str) -> String {
    LOCALES.lookup(identifier(language), key)
}

/// The text for `key` with named arguments, e.g. `[("count", 3.into())]`.
pub fn t_args(
    language: Language,
    key: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES.lookup_with_args(identifier(language), key, &args)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn keys(language: &str) -> BTreeSet<String> {
        let dir = format!("{}/assets/i18n/{language}", env!("CARGO_MANIFEST_DIR"));
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                let starts_key = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                if let (true, Some((key, _))) = (starts_key, line.split_once('=')) {
                    keys.insert(key.trim().to_owned());
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_key() {
        let english = keys("en");
        assert!(!english.is_empty());
        for language in ["da", "nb"] {
            let other = keys(language);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{language}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    /// A value for every `{ $variable }` any text uses: a text whose
    /// variables are missing does not resolve.
    fn every_variable() -> HashMap<Cow<'static, str>, FluentValue<'static>> {
        let mut args = HashMap::new();
        for language in ["da", "nb", "en"] {
            let dir = format!("{}/assets/i18n/{language}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(dir).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                for part in text.split("{ $").skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    args.insert(Cow::Owned(name), FluentValue::from("x"));
                }
            }
        }
        args
    }

    #[test]
    fn every_key_resolves_in_every_language() {
        let args = every_variable();
        for key in keys("en") {
            for language in Language::ALL {
                let text = LOCALES.try_lookup_with_args(identifier(language), &key, &args);
                assert!(text.is_some_and(|t| !t.is_empty()), "{key} in {language:?}");
            }
        }
    }

    /// HR read "Andre afdelinger" on one page and "Øvrige afdelinger" on
    /// the next: every text that names the pool takes the one name.
    #[test]
    fn the_pool_of_small_departments_has_one_name_everywhere() {
        let args = every_variable();
        for language in Language::ALL {
            let name = t(language, "results-other-departments");
            for key in [
                "admin-placement-pooled",
                "admin-k-explained",
                "anonymity-hr-closed",
                "results-page-privacy",
            ] {
                let text = LOCALES
                    .try_lookup_with_args(identifier(language), key, &args)
                    .unwrap_or_default();
                assert!(text.contains(&name), "{key} in {language:?}: {text}");
            }
        }
    }

    /// "3 sedler på 1 A4-sider" read as a machine writes: plural rules.
    #[test]
    fn counts_take_the_plural_rules_of_each_language() {
        let slips = |l, count: u64, pages: u64| {
            let text = t_args(
                l,
                "admin-slips-intro",
                &[("count", count.into()), ("pages", pages.into())],
            );
            text.split('.').next().unwrap_or_default().to_owned()
        };
        assert_eq!(slips(Language::Da, 3, 1), "3 sedler på én A4-side");
        assert_eq!(slips(Language::Da, 1, 1), "Én seddel på én A4-side");
        assert_eq!(slips(Language::Da, 20, 3), "20 sedler på 3 A4-sider");
        assert_eq!(slips(Language::Nb, 3, 1), "3 lapper på én A4-side");
        assert_eq!(slips(Language::En, 1, 1), "One slip on one A4 page");
        let voided = t_args(Language::Da, "admin-batch-voided", &[("count", 1.into())]);
        assert_eq!(voided, "1 gjort ugyldig");
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let text = t_args(Language::Da, "language-switch-label", &[]);
        assert!(!text.contains('\u{2068}'));
        assert_eq!(t(Language::Nb, "lang-nb"), "Norsk (bokmål)");
    }
}
