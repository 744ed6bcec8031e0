//! Every state-changing request must come from Stemme's own pages.

use stemme::survey::SurveyStatus;

use super::{AdminClient, PASSWORD, USER};
use crate::helpers::*;

async fn status(app: &TestApp, id: &stemme::survey::SurveyId) -> SurveyStatus {
    app.app.survey(id).await.unwrap().status
}

#[tokio::test]
async fn a_cross_site_post_is_refused_even_with_the_session_cookie_and_token() {
    // Arrange: a signed-in administrator and a draft.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    let csrf = admin.csrf().await;
    let url = format!("{}/admin/surveys/{id}/open", app.address);

    // Act: what a page on another site could make the browser send.
    let from_origin = admin
        .client
        .post(&url)
        .header("Origin", "https://evil.example")
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    let from_fetch_metadata = admin
        .client
        .post(&url)
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(from_origin.status(), 403);
    assert_eq!(from_fetch_metadata.status(), 403);
    let page = from_origin.text().await.unwrap();
    assert!(page.contains("did not come from Stemme"), "{page}");
    assert_eq!(status(&app, &id).await, SurveyStatus::Draft);
}

#[tokio::test]
async fn a_post_without_this_sessions_csrf_token_is_refused() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    app.admin_account("bo.it", PASSWORD).await;
    let other = AdminClient::new(&app);
    other.sign_in("bo.it", PASSWORD).await;
    let foreign = other.csrf().await;
    let path = format!("/admin/surveys/{id}/open");

    let missing = admin.post_raw(&path, &[]).await;
    let wrong = admin.post_raw(&path, &[("csrf", "AAAA")]).await;
    let of_another_session = admin.post_raw(&path, &[("csrf", &foreign)]).await;

    for response in [missing, wrong, of_another_session] {
        assert_eq!(response.status(), 403);
    }
    assert_eq!(status(&app, &id).await, SurveyStatus::Draft);
    assert_eq!(
        admin.post_open(&id).await.status(),
        303,
        "the real token works"
    );
}

#[tokio::test]
async fn signing_in_from_another_site_is_refused() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let admin = AdminClient::new(&app);

    let response = admin
        .client
        .post(format!("{}/admin/sign-in", app.address))
        .header("Origin", "https://evil.example")
        .form(&[("username", USER), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 403);
    assert!(response.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn a_post_from_the_published_address_is_accepted() {
    // Behind a proxy the browser's Origin is the public URL, not the Host.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let id = admin.create_survey("Salg", "5").await;
    let csrf = admin.csrf().await;

    let response = admin
        .client
        .post(format!("{}/admin/surveys/{id}/open", app.address))
        .header("Origin", "http://localhost:8080")
        .header("Sec-Fetch-Site", "same-origin")
        .form(&[("csrf", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 303);
}
