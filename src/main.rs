#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use stemme::cli::{Cli, run};

/// glibc's allocator keeps what a burst of password hashes (19 MiB each)
/// freed: 200 simultaneous sign-ins left the server at 1 GB for good.
/// jemalloc, with its background thread, gives it back (docs/operations.md,
/// "Memory").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[actix_web::main]
async fn main() -> ExitCode {
    // Returns freed memory to the system within seconds even when idle.
    let _ = tikv_jemalloc_ctl::background_thread::write(true);
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
