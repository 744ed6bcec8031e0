//! Questionnaire files HR uploads: refused with line numbers or parsed,
//! never a panic; what parses reads back the same from its source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stemme::questionnaire::Questionnaire;

fuzz_target!(|source: &str| {
    if let Ok(questionnaire) = Questionnaire::parse(source) {
        let again = Questionnaire::parse(questionnaire.source()).expect("its own source parses");
        assert_eq!(again, questionnaire);
        assert!(questionnaire.record_width() > 0);
    }
});
