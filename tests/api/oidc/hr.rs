//! HR signs in through the identity provider: an administrator by the
//! configured group or allow-list gets a session and is named in the audit
//! trail as the provider names them; anyone else gets a page saying so;
//! passwords can be switched off, and a password account keeps its name.

use stemme::accounts::Actor;

use super::{Provider, browser, oidc_settings, sign_in, spawn_sso_app};
use crate::helpers::spawn_app_with;

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn hr_on_the_allow_list_signs_in_and_the_audit_trail_names_them_as_the_provider_does() {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;
    let client = browser();

    let ended = sign_in(&client, &app.address, "/admin/oidc?lang=en").await;

    // A page of Stemme's own moves on, so the SameSite=Strict cookie goes along.
    assert_eq!(ended.status, 200, "{}", ended.page);
    assert!(
        ended.page.contains("Signed in as good@example.com"),
        "{}",
        ended.page
    );
    assert!(
        ended.page.contains("http-equiv=\"refresh\""),
        "{}",
        ended.page
    );
    let list = client
        .get(format!("{}/admin", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), 200);
    let audit = client
        .get(format!("{}/admin/audit", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(audit.contains("good@example.com"), "{audit}");
    // The next sign-in finds the same account.
    let again = sign_in(&browser(), &app.address, "/admin/oidc?lang=en").await;
    assert!(again.page.contains("Signed in as good@example.com"));
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn someone_neither_in_the_group_nor_on_the_list_is_told_they_are_no_administrator() {
    let provider = Provider::bad();
    let mut settings = oidc_settings(&provider.issuer("good"));
    settings.admins.clear();
    let settings = settings.checked().unwrap();
    let port = super::free_port();
    let app = spawn_app_with(move |s| {
        s.bind = format!("127.0.0.1:{port}").parse().unwrap();
        s.public_url =
            stemme::config::PublicUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap();
        s.oidc = Some(settings);
    })
    .await;
    let client = browser();
    let ended = sign_in(&client, &app.address, "/admin/oidc?lang=en").await;
    assert_eq!(ended.status, 403, "{}", ended.page);
    assert!(
        ended.page.contains("You signed in as good@example.com"),
        "{}",
        ended.page
    );
    assert!(ended.page.contains("not one of Stemme's administrators"));
    let list = client
        .get(format!("{}/admin", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), 303, "no session");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn passwords_switched_off_leave_only_the_providers_button() {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;
    app.admins
        .create_account(
            &stemme::accounts::Username::parse("breakglass").unwrap(),
            stemme::accounts::Password::parse("korrekt hest batteri").unwrap(),
            Actor::CommandLine,
        )
        .await
        .unwrap();
    // The same server, passwords allowed: the break-glass account works.
    let page = browser()
        .get(format!("{}/admin/sign-in?lang=en", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Sign in with Nordlys ID") && page.contains("id=\"password\""));

    let settings = oidc_settings(&provider.issuer("good")).checked().unwrap();
    let port = super::free_port();
    let off = spawn_app_with(move |s| {
        s.bind = format!("127.0.0.1:{port}").parse().unwrap();
        s.public_url =
            stemme::config::PublicUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap();
        s.oidc = Some(settings);
        s.local_accounts = false;
    })
    .await;
    off.admins
        .create_account(
            &stemme::accounts::Username::parse("breakglass").unwrap(),
            stemme::accounts::Password::parse("korrekt hest batteri").unwrap(),
            Actor::CommandLine,
        )
        .await
        .unwrap();
    let client = browser();
    let page = client
        .get(format!("{}/admin/sign-in?lang=en", off.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Sign in with Nordlys ID"), "{page}");
    assert!(!page.contains("id=\"password\""), "{page}");
    let refused = client
        .post(format!("{}/admin/sign-in", off.address))
        .form(&[
            ("username", "breakglass"),
            ("password", "korrekt hest batteri"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    assert!(refused.text().await.unwrap().contains("switched off"));
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_password_account_of_the_same_name_is_not_taken_over_by_a_sign_in() {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;
    app.admins
        .create_account(
            &stemme::accounts::Username::parse("good@example.com").unwrap(),
            stemme::accounts::Password::parse("korrekt hest batteri").unwrap(),
            Actor::CommandLine,
        )
        .await
        .unwrap();
    let ended = sign_in(&browser(), &app.address, "/admin/oidc?lang=en").await;
    assert_eq!(ended.status, 409, "{}", ended.page);
    assert!(
        ended
            .page
            .contains("already has an account called good@example.com")
    );
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn hr_maps_the_department_claim_and_the_places_on_the_survey_page() {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;
    let survey = app.create_survey("Salg,Kundeservice").await;
    let client = browser();
    sign_in(&client, &app.address, "/admin/oidc?lang=en").await;
    let url = format!("{}/admin/surveys/{survey}", app.address);
    let page = client.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Signing in with the company's account"),
        "{page}"
    );
    let csrf = crate::admin::csrf_of(&page);
    let save = |fields: Vec<(&'static str, String)>| {
        let client = client.clone();
        let url = format!("{url}/sign-in");
        async move { client.post(url).form(&fields).send().await.unwrap() }
    };
    let form = |seats: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("mode", "both".to_owned()),
            ("department_0", "Salg".to_owned()),
            ("claims_0", "Salg, Sales".to_owned()),
            ("seats_0", seats.to_owned()),
            ("department_1", "Kundeservice".to_owned()),
            ("claims_1", "".to_owned()),
            ("seats_1", "0".to_owned()),
        ]
    };

    let saved = save(form("12")).await;
    assert_eq!(saved.status(), 303);
    let wrong = save(form("tolv")).await;
    assert_eq!(wrong.status(), 400);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("must be a whole number")
    );
    app.app
        .open_survey(&survey, &stemme::accounts::Actor::CommandLine)
        .await
        .unwrap();
    let fewer = save(form("11")).await;
    assert_eq!(fewer.status(), 400);
    assert!(
        fewer
            .text()
            .await
            .unwrap()
            .contains("cannot have fewer people")
    );
    assert_eq!(save(form("15")).await.status(), 303);

    // 15 places of Salg count as invited, and the audit trail has the change.
    let participation = app.app.participation(&survey).await.unwrap();
    assert_eq!(participation.departments[0].invites, 15);
    let audit = client
        .get(format!("{}/admin/audit", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        audit.contains("sign-in both: Salg 15, Kundeservice 0"),
        "{audit}"
    );
}

/// The `href` of the sign-in page's provider button.
fn provider_button(page: &str) -> String {
    let at = page
        .find("id=\"sso-sign-in\"")
        .expect("the provider's button");
    let href = &page[at..];
    let start = href.find("href=\"").unwrap() + "href=\"".len();
    let end = start + href[start..].find('"').unwrap();
    href[start..end].replace("&amp;", "&")
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn hr_who_asked_for_a_survey_lands_on_it_after_signing_in_through_the_provider() {
    // Arrange: HR, signed out, follows a link to a survey's page, is sent
    // to sign in, and switches the sign-in page to Danish (its language
    // links drop the query; a cookie keeps the page asked for).
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;
    let survey = app.create_survey("Salg,Kundeservice").await;
    let client = browser();
    let asked = format!("/admin/surveys/{survey}?lang=en&done=sign-in");
    let sent = client
        .get(format!("{}{asked}", app.address))
        .send()
        .await
        .unwrap();
    let to_sign_in = sent.headers()["location"].to_str().unwrap().to_owned();
    client
        .get(format!("{}{to_sign_in}", app.address))
        .send()
        .await
        .unwrap();
    let danish = client
        .get(format!("{}/admin/sign-in?lang=da", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    // Act: the provider's button, the round trip, and the page it moves on to.
    let button = provider_button(&danish);
    let ended = sign_in(&client, &app.address, &button).await;
    let landed = client
        .get(format!("{}{asked}", app.address))
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(sent.status(), 303);
    assert!(
        to_sign_in.starts_with("/admin/sign-in?next="),
        "{to_sign_in}"
    );
    assert!(button.starts_with("/admin/oidc?next="), "{button}");
    assert_eq!(ended.status, 200, "{}", ended.page);
    let refresh = format!("content=\"0;url={}\"", asked.replace('&', "&amp;"));
    assert!(ended.page.contains(&refresh), "{}", ended.page);
    assert!(
        ended
            .page
            .contains(&format!("href=\"{}\"", asked.replace('&', "&amp;"))),
        "the button to go on by hand leads there too: {}",
        ended.page
    );
    assert_eq!(landed.status(), 200, "signed in, the page opens");
}

#[tokio::test]
#[ignore = "needs node (npm ci --prefix tests/oidc); run with --ignored"]
async fn a_return_path_leading_off_hrs_pages_is_dropped_and_the_provider_sign_in_lands_on_the_surveys()
 {
    let provider = Provider::bad();
    let app = spawn_sso_app(&provider.issuer("good")).await;

    for crafted in [
        "%2F%2Fevil.example%2Fadmin",
        "https%3A%2F%2Fevil.example%2Fadmin",
        "%2Fadmin%2F..%2Fevil",
        "%2Fadmin%2Fsign-out",
    ] {
        let ended = sign_in(
            &browser(),
            &app.address,
            &format!("/admin/oidc?next={crafted}"),
        )
        .await;

        assert_eq!(ended.status, 200, "{crafted}: {}", ended.page);
        assert!(
            ended.page.contains("content=\"0;url=/admin\""),
            "{crafted}: {}",
            ended.page
        );
        assert!(!ended.page.contains("evil"), "{crafted}: {}", ended.page);
    }
}
