//! Guessing one administrator's password from many addresses, against the
//! real binary on loopback (issue 19, point 4; docs/operations.md,
//! "Sign-in limits").

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use futures_util::StreamExt;
use futures_util::stream;

use crate::attacks::client_from;
use crate::server::serve;

const USER: &str = "anne.hr";
const PASSWORD: &str = "korrekt hest batteri staple";
/// docs/operations.md: strangers get at most 30 guesses an hour at one account.
const ACCOUNT_BUDGET: usize = 30;

fn create_admin(db: &Path) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stemme"))
        .args(["--db", db.to_str().unwrap(), "admin", "create"])
        .args(["--username", USER, "--password-stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(child.wait().unwrap().success());
}

/// A browser at `from` that keeps its cookies, as the owner's does.
fn browser_from(from: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::from(from))
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn sign_in(client: &reqwest::Client, address: &str, password: &str) -> u16 {
    let form = [("username", USER), ("password", password)];
    client
        .post(format!("{address}/admin/sign-in"))
        .form(&form)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_thousand_addresses_guessing_one_account_get_its_hourly_budget_and_the_owner_still_signs_in()
 {
    // Arrange: the owner signed in once before, from their own browser.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    create_admin(&db);
    let server = serve(&db);
    let owner = browser_from([127, 0, 0, 2]);
    assert_eq!(sign_in(&owner, &server.address, PASSWORD).await, 303);

    // Act: one wrong guess from each of 1,000 fresh addresses, 50 at a time.
    let statuses: Vec<u16> = stream::iter(0..1000u32)
        .map(|i| {
            let client = client_from([127, 1, (i / 200) as u8, (i % 200 + 1) as u8]);
            let address = server.address.clone();
            async move { sign_in(&client, &address, "gjett gjett gjett").await }
        })
        .buffer_unordered(50)
        .collect()
        .await;
    // The owner, at their browser but on another network, makes a typo first.
    let owner_typo = sign_in(&owner, &server.address, "korrekt hest").await;
    let owner_right = sign_in(&owner, &server.address, PASSWORD).await;
    let stranger_right = sign_in(&client_from([127, 2, 0, 1]), &server.address, PASSWORD).await;

    // Assert
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let held_back = statuses.iter().filter(|s| **s == 429).count();
    eprintln!("1,000 addresses: {checked} passwords checked, {held_back} held back");
    assert!(checked <= ACCOUNT_BUDGET, "{checked} guesses were checked");
    assert!(
        statuses.iter().all(|s| [401, 429, 503].contains(s)),
        "{statuses:?}"
    );
    assert_eq!(
        owner_typo, 401,
        "the owner's typo is checked, not held back"
    );
    assert_eq!(owner_right, 303, "the owner signs in during the attack");
    assert_eq!(
        stranger_right, 429,
        "without a remembered browser the budget holds, even for the right password"
    );
}
