//! `stemme-bench`: measures Stemme against its performance targets.
//! The work is in the library's `bench` module; see docs/performance.md.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use stemme::bench::{Args, run};

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
