//! `stemme-bench`: measures Stemme against its performance targets; see
//! docs/performance.md.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use stemme_bench::{Args, run};

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
