#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Integration tests: the real server on a free port with a fresh SQLite
//! file, driven over HTTP; the real binary for the command line.

mod admin;
mod answer_rules;
mod assets;
mod attacks;
mod browser;
mod cli;
mod compressed_bodies;
mod compression;
mod concurrency;
mod connection_floods;
mod durability;
mod errors;
mod export;
mod flow;
mod forgetting;
mod health_check;
mod helpers;
mod http_edges;
mod invite_lookup;
mod js;
mod key_links;
mod logs;
mod old_keys;
mod operations;
mod pages;
mod privacy;
mod results;
mod retry_flood;
mod rfc9474;
mod server;
mod slow_readers;
mod storage_order;
mod token_errors;
mod wire;
