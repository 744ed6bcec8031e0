//! Logging. Lines go to standard error so that commands can print results
//! on standard output for scripts.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber; an invalid filter falls back to `info`.
pub fn init(filter: &str) {
    let filter =
        EnvFilter::try_new(with_quiet_server(filter)).unwrap_or_else(|_| EnvFilter::new("info"));
    // try_init: a second call (tests start many apps) must not panic.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false)
        .try_init();
}

/// actix-server announces its listening address at `info`; the log must carry
/// no addresses (rule P3), so it is held to warnings unless asked for by name.
fn with_quiet_server(filter: &str) -> String {
    if filter.contains("actix_server") {
        filter.to_owned()
    } else {
        format!("{filter},actix_server=warn")
    }
}

/// "outer: middle: inner", for the log: an error with its causes.
pub fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut chain = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    chain
}
