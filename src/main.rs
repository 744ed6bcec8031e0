#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use stemme::cli::{Cli, run};

#[actix_web::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    stemme::telemetry::init(&cli.log);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
