//! `stemme-bench`: the performance targets of the brief, measured.
#![forbid(unsafe_code)]
//!
//! Makes a fresh database with a survey and invites, starts the real
//! `stemme serve` as a separate process for each phase, and drives it over
//! loopback with its own HTTP client: a fixed number of keep-alive
//! connections and a fixed number of requests. Everything the client can
//! compute (blinding, finalising, request bodies) is computed before each
//! timed phase, because client and server share the machine's cores.
//! Prints one line per figure; `docs/performance.md` explains them.

mod audit;
mod baseline;
mod browser;
mod client;
mod comparison;
mod cpu;
mod export;
mod health;
mod http;
mod limits;
mod load;
mod phases;
mod report;
mod results;
mod server;
mod setup;
mod sso;
mod sso_http;
mod timed;
mod visit;

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Parser;

use stemme::config::Synchronous;

#[derive(Debug, Parser)]
#[command(
    name = "stemme-bench",
    about = "Measures Stemme against its performance targets on this machine."
)]
pub struct Args {
    /// Tiny counts that finish in seconds: shows the benchmark works, measures nothing.
    #[arg(long, env = "STEMME_BENCH_QUICK")]
    pub quick: bool,

    /// The `stemme` binary to measure; by default the one beside this program.
    #[arg(long, env = "STEMME_BENCH_SERVER")]
    pub server: Option<PathBuf>,

    /// A second `stemme` binary, usually an older build, measured after this
    /// one on a fresh database of its own with the same counts (issuance and
    /// 64-client submission): before and after in one run, as ratios.
    #[arg(long, env = "STEMME_BENCH_BASELINE_SERVER")]
    pub baseline_server: Option<PathBuf>,

    /// Where to make the fresh database (in a new directory, removed after).
    /// Use the disk you deploy on: on tmpfs an fsync costs nothing.
    #[arg(long, env = "STEMME_BENCH_DIR")]
    pub dir: Option<PathBuf>,

    /// The server's `--synchronous`: `full` waits for the disk at every commit.
    #[arg(long, env = "STEMME_BENCH_SYNCHRONOUS", value_enum, default_value_t)]
    pub synchronous: Synchronous,

    /// Concurrent clients (keep-alive connections) in the loaded phases.
    #[arg(long, env = "STEMME_BENCH_CLIENTS", default_value_t = 64)]
    pub clients: usize,

    /// Departments in the survey, each with its own RSA key [default: 20; 2 with --quick].
    #[arg(long, env = "STEMME_BENCH_DEPARTMENTS")]
    pub departments: Option<usize>,

    /// Tokens issued in the issuance phase [default: 40000; 60 with --quick].
    #[arg(long, env = "STEMME_BENCH_TOKENS")]
    pub tokens: Option<usize>,

    /// Responses sent by the many clients [default: 36000; 40 with --quick].
    #[arg(long, env = "STEMME_BENCH_SUBMISSIONS")]
    pub submissions: Option<usize>,

    /// Responses sent by one client alone [default: 500; 10 with --quick]. One
    /// address gets a burst of 600 API requests (docs/operations.md): more
    /// would measure that limit, not the server.
    #[arg(long, env = "STEMME_BENCH_SINGLE_SUBMISSIONS")]
    pub single_submissions: Option<usize>,

    /// RSA signatures and verifications timed on one core [default: 300; 3 with --quick].
    #[arg(long, env = "STEMME_BENCH_RSA_SAMPLES")]
    pub rsa_samples: Option<usize>,

    /// Whole visits (page, files, look-up, voucher, answers) by one
    /// respondent alone, of each kind: first, repeat, API only [default: 100; 2 with --quick].
    #[arg(long, env = "STEMME_BENCH_VISITS_ALONE")]
    pub visits_alone: Option<usize>,

    /// Whole visits of each kind by --clients respondents at once [default: 640; 4 with --quick].
    #[arg(long, env = "STEMME_BENCH_VISITS_TOGETHER")]
    pub visits_together: Option<usize>,

    /// Responses in the closed survey whose results are timed [default: 100000; 200 with --quick].
    #[arg(long, env = "STEMME_BENCH_RESULTS_RESPONSES")]
    pub results_responses: Option<usize>,

    /// Vouchers got by signing in through an identity provider, and as many
    /// with codes to compare [default: 2000; 30 with --quick]. Needs node.
    #[arg(long, env = "STEMME_BENCH_SSO_VOUCHERS")]
    pub sso_vouchers: Option<usize>,

    /// Only the publication at close (draft and attacker's audit), in this
    /// process, with no server: for work on the audit.
    #[arg(long, env = "STEMME_BENCH_AUDIT_ONLY")]
    pub audit_only: bool,
}

/// The benchmark's settings, checked.
pub struct Plan {
    pub quick: bool,
    pub server: PathBuf,
    pub baseline: Option<PathBuf>,
    pub dir: PathBuf,
    pub synchronous: Synchronous,
    pub clients: usize,
    pub departments: usize,
    pub tokens: usize,
    pub submissions: usize,
    pub single_submissions: usize,
    pub rsa_samples: usize,
    pub results_responses: usize,
    pub visits_alone: usize,
    pub visits_together: usize,
    pub sso_vouchers: usize,
}

impl Plan {
    /// Every visit, of the three kinds, alone and together.
    pub fn visits(&self) -> usize {
        3 * (self.visits_alone + self.visits_together)
    }

    pub fn new(args: Args) -> anyhow::Result<Plan> {
        let pick = |given: Option<usize>, full: usize, quick: usize| {
            given.unwrap_or(if args.quick { quick } else { full })
        };
        let plan = Plan {
            quick: args.quick,
            server: match args.server {
                Some(path) => path,
                None => beside_this_program("stemme")?,
            },
            baseline: args.baseline_server,
            dir: args.dir.unwrap_or_else(std::env::temp_dir),
            synchronous: args.synchronous,
            clients: args.clients,
            departments: pick(args.departments, 20, 2),
            tokens: pick(args.tokens, 40_000, 80),
            submissions: pick(args.submissions, 36_000, 40),
            single_submissions: pick(args.single_submissions, 500, 10),
            rsa_samples: pick(args.rsa_samples, 300, 3),
            results_responses: pick(args.results_responses, 100_000, 200),
            visits_alone: pick(args.visits_alone, 100, 2),
            visits_together: pick(args.visits_together, 640, 4),
            // 0 skips the phase; otherwise at least k = 5 places, as a
            // department opens with no fewer (rule P10).
            sso_vouchers: match pick(args.sso_vouchers, 2_000, 30) {
                0 => 0,
                n => n.max(5),
            },
        };
        plan.check()?;
        Ok(plan)
    }

    fn check(&self) -> anyhow::Result<()> {
        if self.clients == 0 || self.departments == 0 || self.submissions == 0 {
            bail!("--clients, --departments and --submissions must be at least 1");
        }
        if self.tokens < self.departments {
            bail!("--tokens must be at least one per department");
        }
        if self.submissions + self.single_submissions > self.tokens {
            bail!(
                "every submission spends a token: --submissions plus --single-submissions \
                 ({}) must not exceed --tokens ({})",
                self.submissions + self.single_submissions,
                self.tokens
            );
        }
        let left = self.tokens - self.submissions - self.single_submissions;
        if self.visits() > left {
            bail!(
                "each visit sends the answers of a voucher issued earlier: --tokens must leave \
                 {} vouchers unspent after the submissions, it leaves {left}",
                self.visits()
            );
        }
        if !self.server.is_file() {
            bail!(
                "there is no server binary at {}; build it with `cargo build --release` \
                 or name it with --server",
                self.server.display()
            );
        }
        if let Some(baseline) = self.baseline.as_ref().filter(|b| !b.is_file()) {
            bail!(
                "there is no baseline server binary at {}",
                baseline.display()
            );
        }
        Ok(())
    }
}

fn beside_this_program(name: &str) -> anyhow::Result<PathBuf> {
    let me = std::env::current_exe().context("cannot find this program's own path")?;
    Ok(me.with_file_name(name))
}

/// Runs the whole benchmark, printing each figure as it is measured.
pub fn run(args: Args) -> anyhow::Result<()> {
    if args.audit_only {
        return audit::print(args.quick);
    }
    let plan = Plan::new(args)?;
    // One thread: the client's share of the cores stays small and steady.
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(phases::run(&plan))
}
