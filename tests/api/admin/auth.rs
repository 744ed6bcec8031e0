//! Signing in and out, the throttle, and sessions that expire.

use rusqlite::Connection;

use super::{AdminClient, PASSWORD, USER, location};
use crate::helpers::*;

#[tokio::test]
async fn an_administrator_signs_in_with_a_strict_http_only_cookie_and_sees_the_surveys() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let admin = AdminClient::new(&app);

    let response = admin.sign_in("Anne.HR", PASSWORD).await;

    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/admin");
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("stemme_admin="), "{cookie}");
    for part in ["HttpOnly", "SameSite=Strict", "Path=/admin"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"));
    let page = admin.page("/admin").await;
    assert!(
        page.contains("anne.hr") && page.contains("<h1>Surveys</h1>"),
        "{page}"
    );
}

#[tokio::test]
async fn admin_pages_without_a_session_send_the_browser_to_sign_in() {
    let app = spawn_app().await;
    let admin = AdminClient::new(&app);

    for (path, sign_in) in [
        ("/admin", "/admin/sign-in"),
        (
            "/admin/surveys/new",
            "/admin/sign-in?next=%2Fadmin%2Fsurveys%2Fnew",
        ),
        ("/admin/audit", "/admin/sign-in?next=%2Fadmin%2Faudit"),
        (
            "/admin/surveys/0123456789ab",
            "/admin/sign-in?next=%2Fadmin%2Fsurveys%2F0123456789ab",
        ),
    ] {
        let response = admin.get(path).await;

        assert_eq!(response.status(), 303, "{path}");
        assert_eq!(location(&response), sign_in, "{path}");
    }
    let sign_in = admin.page("/admin/sign-in").await;
    assert!(sign_in.contains("autocomplete=\"current-password\""));
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_user_get_the_same_answer() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let admin = AdminClient::new(&app);

    let wrong_password = admin.sign_in(USER, "not the password at all").await;
    let unknown_user = admin.sign_in("bo.it", PASSWORD).await;

    assert_eq!(wrong_password.status(), 401);
    assert_eq!(unknown_user.status(), 401);
    assert!(wrong_password.headers().get("set-cookie").is_none());
    let (a, b) = (
        wrong_password.text().await.unwrap(),
        unknown_user.text().await.unwrap(),
    );
    let message = "The user name or the password is wrong.";
    assert!(a.contains(message) && b.contains(message), "{a}");
    assert_eq!(
        a.replace(USER, "bo.it"),
        b,
        "the pages differ beyond the name typed"
    );
}

#[tokio::test]
async fn an_account_is_held_back_after_five_failed_attempts_even_with_the_right_password() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let admin = AdminClient::new(&app);
    for _ in 0..5 {
        assert_eq!(admin.sign_in(USER, "guess guess guess").await.status(), 401);
    }

    let response = admin.sign_in(USER, PASSWORD).await;

    assert_eq!(response.status(), 429);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Too many failed attempts")
    );
    assert!(admin.get("/admin").await.status() == 303, "not signed in");
}

#[tokio::test]
async fn a_client_is_held_back_after_twenty_failures_across_user_names() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let admin = AdminClient::new(&app);
    for i in 0..20 {
        let name = format!("guess{i}");
        assert_eq!(
            admin.sign_in(&name, "password password").await.status(),
            401
        );
    }

    let response = admin.sign_in(USER, PASSWORD).await;

    assert_eq!(response.status(), 429);
}

#[tokio::test]
async fn a_session_ends_after_thirty_minutes_without_activity() {
    // Arrange: a session whose last request was 31 minutes ago.
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    assert_eq!(admin.get("/admin").await.status(), 200);
    let conn = Connection::open(&app.db_path).unwrap();
    conn.execute(
        "UPDATE admin_sessions SET last_seen_at = last_seen_at - 31 * 60",
        [],
    )
    .unwrap();

    // Act
    let response = admin.get("/admin").await;

    // Assert
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/admin/sign-in");
    let sessions: i64 = conn
        .query_row("SELECT count(*) FROM admin_sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sessions, 0, "the expired session is forgotten");
}

#[tokio::test]
async fn activity_keeps_a_session_alive() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let conn = Connection::open(&app.db_path).unwrap();
    conn.execute(
        "UPDATE admin_sessions SET last_seen_at = last_seen_at - 29 * 60",
        [],
    )
    .unwrap();

    assert_eq!(admin.get("/admin").await.status(), 200);

    let idle: i64 = conn
        .query_row(
            "SELECT strftime('%s', 'now') - last_seen_at FROM admin_sessions",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(idle < 60, "last activity was not recorded: {idle} s ago");
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let cookie = Connection::open(&app.db_path)
        .unwrap()
        .query_row("SELECT count(*) FROM admin_sessions", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    assert_eq!(cookie, 1);

    let response = admin.sign_out().await;

    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/admin/sign-in");
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(admin.get("/admin").await.status(), 303);
    let left: i64 = Connection::open(&app.db_path)
        .unwrap()
        .query_row("SELECT count(*) FROM admin_sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_forged_or_foreign_session_cookie_is_refused() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let forged = format!("stemme_admin={}.{}", b64(&[7; 32]), b64(&[9; 32]));

    for cookie in [forged.as_str(), "stemme_admin=garbage", "stemme_admin="] {
        let response = client
            .get(format!("{}/admin", app.address))
            .header("Cookie", cookie)
            .send()
            .await
            .unwrap();

        assert_eq!(response.status(), 303, "{cookie}");
    }
}

#[tokio::test]
async fn signing_in_returns_to_the_page_that_was_asked_for() {
    // Arrange: HR follows the demo's link to the results, not signed in.
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;
    let admin = AdminClient::new(&app);
    let asked = "/admin/surveys/0123456789ab/results?goal=sales";
    let to_sign_in = location(&admin.get(asked).await);
    let form = admin.page(&to_sign_in).await;

    // Act: the sign-in form as the browser sends it, hidden field and all.
    let next = super::hidden_field(&form, "next").replace("&amp;", "&");
    let response = admin
        .post_raw(
            "/admin/sign-in",
            &[("username", USER), ("password", PASSWORD), ("next", &next)],
        )
        .await;

    // Assert
    assert_eq!(
        to_sign_in,
        "/admin/sign-in?next=%2Fadmin%2Fsurveys%2F0123456789ab%2Fresults%3Fgoal%3Dsales"
    );
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), asked);
}

#[tokio::test]
async fn signing_in_never_sends_the_browser_to_another_site() {
    let app = spawn_app().await;
    app.admin_account(USER, PASSWORD).await;

    for next in [
        "//evil.example/admin",
        "/\\evil.example/admin",
        "\\\\evil.example",
        "https://evil.example/admin",
        "http:evil.example",
        "/\t/evil.example",
        "%2F%2Fevil.example",
        "/%2F%2Fevil.example/admin",
        "/admin/../../evil.example",
        "/admin/%2e%2e/%2e%2e/evil",
        "javascript:alert(1)",
        "/admin\r\nLocation: https://evil.example",
    ] {
        // The sign-in page shows no return field for it ...
        let admin = AdminClient::new(&app);
        let query: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let form = admin.page(&format!("/admin/sign-in?next={query}")).await;
        assert!(!form.contains("name=\"next\""), "{next}: {form}");
        // ... and a forged one lands on the list of surveys.
        let response = admin
            .post_raw(
                "/admin/sign-in",
                &[("username", USER), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_eq!(response.status(), 303, "{next}");
        assert_eq!(location(&response), "/admin", "{next}");
    }
}
