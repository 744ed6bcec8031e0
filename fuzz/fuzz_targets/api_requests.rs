//! Request bodies for every endpoint of the employees' API, through the
//! whole application in-process (middleware, extractors, base64, tokens,
//! answers, the database): every answer is a 2xx or a 4xx, never a 5xx.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stemme_fuzz::{Harness, Request};

fuzz_target!(|data: &[u8]| {
    let Some((&which, body)) = data.split_first() else {
        return;
    };
    let harness = Harness::get();
    let survey = harness.survey.as_str();
    let path = match which % 5 {
        0 => format!("/api/v1/surveys/{survey}/tokens"),
        1 => format!("/api/v1/surveys/{survey}/responses"),
        2 => format!("/api/v1/surveys/{survey}/invite"),
        3 => "/api/v1/invites".to_owned(),
        _ => format!("/api/v1/surveys/{survey}"),
    };
    let method = if which % 5 == 4 { "GET" } else { "POST" };
    let status = harness.send(Request::json(method, &path, body.to_vec()));
    assert!(status < 500, "{method} {path}: {status}");
});
