//! HR who asked for a page of theirs before signing in through the
//! identity provider lands on it, as after a password: the sign-in page's
//! button passes the page on, the sign-in under way keeps it, and whatever
//! leads off HR's pages is dropped for the survey list.

use super::{Provider, browser, sign_in, spawn_sso_app};

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
