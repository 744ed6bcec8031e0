//! Answers as a browser sends them (JSON) and records as the database
//! holds them: checked without panic; valid answers survive storage.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stemme::questionnaire::{Answers, DEFAULT_SOURCE, Questionnaire};

fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::parse(DEFAULT_SOURCE).expect("the default parses"))
}

fuzz_target!(|data: &[u8]| {
    let q = questionnaire();
    if let Ok(submitted) =
        serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(data)
        && let Ok(answers) = q.check_answers(&submitted)
    {
        let record = answers.to_record(q);
        assert_eq!(Answers::from_record(q, &record).as_ref(), Ok(&answers));
    }
    if let Ok(answers) = Answers::from_record(q, data) {
        assert_eq!(answers.to_record(q), data);
    }
});
