//! `stemme-bench` still works: run with tiny counts against the debug build.
//! It measures nothing here (no timed assertions); it only keeps the
//! benchmark from rotting.

use std::process::Command;

use crate::cli::{stderr, stdout};

#[test]
fn the_benchmark_runs_end_to_end_and_prints_every_figure() {
    let output = Command::new(env!("CARGO_BIN_EXE_stemme-bench"))
        .args(["--quick", "--server", env!("CARGO_BIN_EXE_stemme")])
        .output()
        .unwrap();

    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    let figures = [
        "RSA-2048 on one core: blind signature ",
        "token issuance, 64 clients: ",
        "submission, 64 clients: ",
        "submission, 1 client: ",
        "results page, 100,000 responses: not measured",
        "XLSX export, 100,000 responses: not measured",
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
    assert_eq!(group_commit, 3, "{printed}");
}
