//! Stemme: an anonymous internal survey service built on RSA blind signatures.
//!
//! The library holds every part; `main.rs` only parses the command line and
//! calls [`cli::run`].
#![forbid(unsafe_code)]

pub mod accounts;
pub mod base64url;
pub mod charts;
pub mod cli;
pub mod config;
pub mod demo;
pub mod export;
pub mod i18n;
pub mod invites;
pub mod language;
pub mod oidc;
pub mod pass;
pub mod questionnaire;
pub mod random;
pub mod report;
pub mod service;
pub mod spreadsheet;
pub mod store;
pub mod survey;
pub mod telemetry;
pub mod tokens;
pub mod web;
