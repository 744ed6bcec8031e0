//! The employee's pages over HTTP: headers, languages, states, and markup
//! that works without inline script.

use serde_json::Value;

use crate::helpers::*;

async fn page(app: &TestApp, path: &str, accept_language: &str) -> (u16, String) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .header("Accept-Language", accept_language)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The JSON a page hands its script.
fn data_block(html: &str, id: &str) -> Value {
    let start = format!("<script type=\"application/json\" id=\"{id}\">");
    let json = html
        .split(&start)
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    serde_json::from_str(json).unwrap()
}

#[tokio::test]
async fn every_page_forbids_caching_referrers_sniffing_and_inline_script() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    for path in [
        "/",
        "/anonymity",
        &format!("/s/{}", survey.id),
        "/no-such-page",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();

        assert_eq!(
            headers["content-type"], "text/html; charset=utf-8",
            "{path}"
        );
        assert_eq!(headers["cache-control"], "no-store", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        assert!(permissions.contains("camera=()"), "{permissions}");
        assert!(
            headers.get("strict-transport-security").is_none(),
            "no HSTS over plain HTTP to an http:// address"
        );
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self';") && !csp.contains("unsafe"),
            "{csp}"
        );
    }
}

#[tokio::test]
async fn pages_speak_the_browsers_language_with_norwegian_as_bokmal() {
    let app = spawn_app().await;

    for (accept, lang, heading) in [
        ("da-DK,da;q=0.9", "da", "Besvar en undersøgelse"),
        ("nn-NO", "nb", "Svar på en undersøkelse"),
        ("no", "nb", "Svar på en undersøkelse"),
        ("de-DE, fr", "en", "Answer a survey"),
    ] {
        let (status, html) = page(&app, "/", accept).await;

        assert_eq!(status, 200);
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{accept}"
        );
        assert!(html.contains(&format!("<h1>{heading}</h1>")), "{accept}");
    }
    let (_, chosen) = page(&app, "/anonymity?lang=da", "en").await;
    assert!(chosen.contains("<h1>Sådan er din anonymitet beskyttet</h1>"));
}

#[tokio::test]
async fn unknown_pages_and_surveys_are_pages_in_the_visitors_language_but_the_api_keeps_json() {
    let app = spawn_app().await;

    let (page_status, missing_page) = page(&app, "/nothing/here", "nb").await;
    let (survey_status, missing_survey) = page(&app, "/s/abcdefghjkmn", "da").await;
    let (malformed_status, _) = page(&app, "/s/NOT-AN-ID", "da").await;
    let api = app.get("/api/v1/nothing").await;

    assert_eq!(
        (page_status, survey_status, malformed_status),
        (404, 404, 404)
    );
    assert!(missing_page.contains("Det finnes ingenting på denne adressen."));
    assert!(missing_survey.contains("Der er ingen undersøgelse på denne adresse."));
    assert_eq!(error_code(api).await, (404, "not_found".into()));
}

#[tokio::test]
async fn a_survey_page_has_a_fieldset_and_legend_per_question_and_only_module_scripts() {
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    let (_, html) = page(&app, &format!("/s/{}", survey.id), "en").await;

    let questions = data_block(&html, "survey-data")["questions"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(
        html.matches("<fieldset class=\"question ").count(),
        questions
    );
    assert_eq!(questions, 10);
    assert!(
        html.matches("<legend>").count() > questions,
        "matrix rows have legends too"
    );
    let inputs = html.matches("<input ").count();
    assert_eq!(
        html.matches("<label class=\"choice\" for=\"a-").count(),
        inputs - 1
    );
    let scripts: Vec<&str> = html.split("<script").skip(1).collect();
    assert_eq!(scripts.len(), 2);
    assert!(
        scripts
            .iter()
            .any(|s| s.starts_with(" type=\"application/json\""))
    );
    assert!(scripts.iter().any(
        |s| s.starts_with(" type=\"module\" src=\"/assets/js/survey.")
            && s.ends_with(".mjs\"></script>") | s.contains(".mjs\"></script>")
    ));
    assert!(!html.contains(" onclick=") && !html.contains(" style="));
}

#[tokio::test]
async fn a_survey_page_carries_its_keys_with_fingerprints_that_are_their_sha256() {
    use sha2::Digest;
    let app = spawn_app().await;
    let survey = app.open_survey(1).await;

    let (_, html) = page(&app, &format!("/s/{}", survey.id), "en").await;

    let data = data_block(&html, "survey-data");
    assert_eq!(data["api"], format!("/api/v1/surveys/{}", survey.id));
    let keys = data["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 2);
    for key in keys {
        let der = unb64(key["spki"].as_str().unwrap());
        let key_id = hex::encode(sha2::Sha256::digest(&der));
        assert_eq!(key["key_id"], key_id.as_str());
        let grouped: Vec<&str> = (0..16).map(|i| &key_id[i * 4..i * 4 + 4]).collect();
        let shown = format!(
            "<strong>{}</strong> {}",
            grouped[..4].join(" "),
            grouped[4..].join(" ")
        );
        assert!(
            html.contains(&shown),
            "the fingerprint is shown, its short form (as HR's page has it) in bold"
        );
    }
}

#[tokio::test]
async fn surveys_not_yet_open_or_closed_say_so_instead_of_asking() {
    let app = spawn_app().await;
    let draft = app.create_survey("Salg").await;
    let closed = app.open_survey(1).await;
    app.app
        .close_survey(&closed.id, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();

    let (_, waiting) = page(&app, &format!("/s/{draft}"), "da").await;
    let (_, over) = page(&app, &format!("/s/{}", closed.id), "nb").await;

    assert!(waiting.contains("Undersøgelsen er ikke åbnet endnu."));
    assert!(over.contains("Undersøkelsen er stengt"));
    for html in [&waiting, &over] {
        assert!(!html.contains("id=\"answers\"") && !html.contains("id=\"code\""));
        assert_eq!(
            data_block(html, "survey-data")["keys"],
            serde_json::json!([])
        );
    }
}
