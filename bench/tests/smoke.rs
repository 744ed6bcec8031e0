#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `stemme-bench` still works: run with tiny counts against the debug build.
//! It measures nothing here (no timed assertions); it only keeps the
//! benchmark from rotting.

use std::path::PathBuf;
use std::process::Command;

/// The `stemme` binary of this build: the workspace builds it beside ours.
fn stemme_binary() -> PathBuf {
    let ours = PathBuf::from(env!("CARGO_BIN_EXE_stemme-bench"));
    let stemme = ours.with_file_name("stemme");
    assert!(
        stemme.exists(),
        "{} is missing: run `cargo build` (or `cargo test`) in the workspace first",
        stemme.display()
    );
    stemme
}

#[test]
fn the_benchmark_runs_end_to_end_and_prints_every_figure() {
    let output = Command::new(env!("CARGO_BIN_EXE_stemme-bench"))
        .arg("--quick")
        .arg("--server")
        .arg(stemme_binary())
        .arg("--baseline-server")
        .arg(stemme_binary())
        .output()
        .unwrap();

    let printed = String::from_utf8(output.stdout).unwrap();
    let log = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{log}");
    let figures = [
        "RSA-2048 on one core: blind signature ",
        "RSA-2048 on one core, blind-rsa-signatures (the code before OpenSSL), same key: ",
        "token issuance, 64 clients: ",
        // With node (CI has it) the figures, without it a line saying so.
        "issuance with sign-in",
        "submission, 64 clients: ",
        "submission, 1 client: ",
        "first visit (page, every file, look-up, voucher, answers), 1 at a time: ",
        "repeat visit (files cached as the server allows), 64 at a time: ",
        "API only (look-up, voucher, answers), 64 at a time: ",
        "results page, 200 responses in 2 departments: first view ",
        "XLSX export, 200 responses: ",
        "before → after, this run: issuance ",
        "idle memory: ",
    ];
    for figure in figures {
        assert!(
            printed.lines().any(|l| l.starts_with(figure)),
            "no line starting {figure:?} in:\n{printed}"
        );
    }
    let group_commit = printed
        .lines()
        .filter(|l| l.contains("group commit: "))
        .count();
    // Ours: issuance, 64 clients, 1 client; the baseline: issuance, 64 clients.
    assert_eq!(group_commit, 5, "{printed}");
    let baseline = printed
        .lines()
        .filter(|l| l.starts_with("baseline "))
        .count();
    assert_eq!(baseline, 2, "{printed}");
}
