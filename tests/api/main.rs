//! Integration tests: the real server on a free port with a fresh SQLite
//! file, driven over HTTP; the real binary for the command line.

mod assets;
mod bench;
mod browser;
mod cli;
mod concurrency;
mod durability;
mod errors;
mod flow;
mod helpers;
mod js;
mod logs;
mod privacy;
mod rfc9474;
mod token_errors;
