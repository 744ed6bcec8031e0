//! Embedded static files and the headers every response carries.

use crate::helpers::*;

/// Every module in `assets/js/`, each of which the server must serve.
fn modules() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/js");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".mjs"))
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn the_stylesheet_and_every_browser_module_are_served_from_the_binary() {
    let app = spawn_app().await;
    let mut paths = vec![("/assets/style.css".to_owned(), "text/css; charset=utf-8")];
    for name in modules() {
        paths.push((
            format!("/assets/js/{name}"),
            "text/javascript; charset=utf-8",
        ));
    }

    for (path, content_type) in paths {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], content_type, "{path}");
        assert!(!response.bytes().await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn the_browser_code_imports_only_its_own_modules_and_never_crypto_subtle() {
    let app = spawn_app().await;
    let served = modules();

    for name in &served {
        let source = app
            .get(&format!("/assets/js/{name}"))
            .await
            .text()
            .await
            .unwrap();
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with('*'))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            !code.contains(".subtle"),
            "{name} must work where crypto.subtle is missing"
        );
        for import in code.split(" from \"").skip(1) {
            let target = import.split('"').next().unwrap();
            let file = target
                .strip_prefix("./")
                .unwrap_or_else(|| panic!("{name}: {target}"));
            assert!(served.iter().any(|s| s == file), "{name} imports {target}");
        }
    }
}

#[tokio::test]
async fn unknown_assets_are_not_found() {
    let app = spawn_app().await;

    let response = app.get("/assets/../Cargo.toml").await;

    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn every_response_forbids_inline_script_and_framing() {
    let app = spawn_app().await;

    let response = app.get("/healthz").await;

    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}

#[tokio::test]
async fn a_language_chosen_in_the_address_is_remembered() {
    let app = spawn_app().await;

    let response = app.get("/healthz?lang=nb").await;

    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("stemme_lang=nb;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
}
