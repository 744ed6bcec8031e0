//! HR's forms, sent by a signed-in administrator with a valid form token:
//! whatever the fields say, the answer is a page or a redirect, never a 5xx.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stemme_fuzz::{Harness, Request};

fuzz_target!(|data: &[u8]| {
    let Some((&which, body)) = data.split_first() else {
        return;
    };
    let harness = Harness::get();
    let draft = harness.draft.as_str();
    let path = match which % 8 {
        0 => format!("/admin/surveys/{draft}/departments"),
        1 => format!("/admin/surveys/{draft}/settings"),
        2 => format!("/admin/surveys/{draft}/invites"),
        3 => "/admin/sign-in".to_owned(),
        4 => "/admin/setup".to_owned(),
        5 => format!("/admin/surveys/{draft}/close"),
        6 => format!("/admin/surveys/{draft}?{}", String::from_utf8_lossy(body)),
        _ => "/admin/surveys/new".to_owned(),
    };
    let request = if which % 8 == 6 {
        Request::page("GET", &path)
    } else {
        Request::form(&path, &harness.csrf, body)
    };
    let status = harness.send(request.signed_in(&harness.cookie));
    assert!(status < 500, "{path}: {status}");
});
