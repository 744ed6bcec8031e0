//! Every way a sign-in can go wrong ends on a clear page, in the reader's
//! language, and signs nobody in: a token for another application, one
//! expired or not valid yet, a bad signature, a key the provider does not
//! publish, another nonce, a replayed `state`, a provider that is down, an
//! employee whose department claim matches no department.

use stemme::store::AccessMode;

use super::{Provider, browser, sign_in, spawn_sso_app, sso_survey};

/// An employee's sign-in through the bad provider in `mode`: its page.
async fn employee_sign_in(mode: &str) -> super::Ended {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer(mode)).await;
    let survey = sso_survey(&app, AccessMode::SignIn, 10).await;
    sign_in(
        &browser(),
        &app.address,
        &format!("/s/{survey}/sign-in?lang=en"),
    )
    .await
}

fn assert_refused(ended: &super::Ended, status: u16, says: &str) {
    assert_eq!(ended.status, status, "{}", ended.page);
    assert!(
        ended.page.contains("Signing in did not work"),
        "{}",
        ended.page
    );
    assert!(ended.page.contains(says), "{}", ended.page);
    assert!(ended.location.is_none(), "nobody may be signed in");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_token_for_another_application_is_refused_with_a_clear_page() {
    let ended = employee_sign_in("wrong-audience").await;
    assert_refused(&ended, 401, "meant for another application");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn an_expired_token_is_refused_with_a_clear_page() {
    let ended = employee_sign_in("expired").await;
    assert_refused(&ended, 401, "has expired");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_token_not_valid_yet_is_refused_with_a_clear_page() {
    let ended = employee_sign_in("not-yet-valid").await;
    assert_refused(&ended, 401, "not valid yet");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_token_with_a_bad_signature_is_refused_with_a_clear_page() {
    let ended = employee_sign_in("bad-signature").await;
    assert_refused(&ended, 401, "does not carry a valid signature");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_token_signed_with_a_key_the_provider_never_published_is_refused() {
    let ended = employee_sign_in("unknown-key").await;
    assert_refused(&ended, 401, "a key the service does not publish");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_provider_that_rotated_its_keys_is_followed_to_its_new_key() {
    // The key set read at discovery lacks the new key; the token names it,
    // so Stemme reads the key set again, finds it, and lets the person in.
    let ended = employee_sign_in("rotated").await;
    assert_eq!(ended.status, 303, "{}", ended.page);
    assert!(ended.pass().starts_with("sso."));
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_token_with_another_nonce_is_refused_with_a_clear_page() {
    let ended = employee_sign_in("wrong-nonce").await;
    assert_refused(&ended, 401, "belongs to another sign-in");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn an_employee_whose_department_is_none_of_the_surveys_gets_a_clear_page_in_danish() {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("unmapped")).await;
    let survey = sso_survey(&app, AccessMode::SignIn, 10).await;
    let ended = sign_in(
        &browser(),
        &app.address,
        &format!("/s/{survey}/sign-in?lang=da"),
    )
    .await;
    assert_eq!(ended.status, 403, "{}", ended.page);
    assert!(
        ended.page.contains("Det lykkedes ikke at logge ind"),
        "{}",
        ended.page
    );
    assert!(
        ended.page.contains("Din konto siger: Lager"),
        "{}",
        ended.page
    );
    assert!(ended.page.contains("Bed HR"), "{}", ended.page);
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_replayed_state_is_refused_and_a_sign_in_works_only_in_its_own_browser() {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;
    let survey = sso_survey(&app, AccessMode::SignIn, 10).await;
    let client = browser();
    let first = sign_in(
        &client,
        &app.address,
        &format!("/s/{survey}/sign-in?lang=en"),
    )
    .await;
    assert_eq!(first.status, 303, "{}", first.page);
    let callback = first.callback.clone().unwrap();

    // The same return address again, code and state and all.
    let again = client.get(&callback).send().await.unwrap();
    assert_eq!(again.status(), 400);
    let page = again.text().await.unwrap();
    assert!(page.contains("already been used"), "{page}");

    // A return address carried to another browser signs nobody in there.
    let started = client
        .get(format!("{}/s/{survey}/sign-in", app.address))
        .send()
        .await
        .unwrap();
    let to_provider = started.headers()["location"].to_str().unwrap().to_owned();
    let back = client.get(&to_provider).send().await.unwrap();
    let callback = back.headers()["location"].to_str().unwrap().to_owned();
    let elsewhere = browser()
        .get(format!("{callback}&lang=en"))
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), 400);
    assert!(
        elsewhere
            .text()
            .await
            .unwrap()
            .contains("started in another browser")
    );
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_provider_that_is_down_gets_a_clear_page_and_hr_keeps_the_password_form() {
    // A port nothing listens on.
    let port = super::free_port();
    let app = spawn_sso_app(&format!("http://127.0.0.1:{port}")).await;
    let survey = sso_survey(&app, AccessMode::SignIn, 10).await;
    let ended = sign_in(
        &browser(),
        &app.address,
        &format!("/s/{survey}/sign-in?lang=nb"),
    )
    .await;
    assert_eq!(ended.status, 503, "{}", ended.page);
    assert!(
        ended.page.contains("kan ikke nås akkurat nå"),
        "{}",
        ended.page
    );

    let hr = sign_in(&browser(), &app.address, "/admin/oidc?lang=en").await;
    assert_eq!(hr.status, 503);
    assert!(
        hr.page.contains("cannot be reached right now"),
        "{}",
        hr.page
    );
    // Break-glass: the password form is still there.
    let page = browser()
        .get(format!("{}/admin/sign-in", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"password\""), "{page}");
}
