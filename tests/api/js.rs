//! The browser's cryptography (`assets/js/`) has its own tests, run with
//! node so that `cargo test` covers the whole client-server protocol.

use std::process::Command;

#[test]
#[ignore = "needs node: run with cargo test -- --ignored"]
fn the_javascript_client_passes_its_rfc_9474_and_sha_384_tests() {
    let output = Command::new("node")
        .args(["--test", "tests/js/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("node is needed for the JavaScript tests (Debian: apt-get install nodejs)");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains("# fail 0"), "{report}");
}
