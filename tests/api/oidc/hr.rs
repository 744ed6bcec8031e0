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
