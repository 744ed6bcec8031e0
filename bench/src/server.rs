//! The real server, `stemme serve`, as a separate process on a free port.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

use anyhow::{Context, bail};
use rustix::process::{Pid, Signal, kill_process};

use stemme::config::Synchronous;
use stemme::store::WriterStats;

pub struct Server {
    child: Child,
    // Held open so that the server never writes into a closed pipe.
    _stdout: BufReader<ChildStdout>,
    pub address: SocketAddr,
    log: PathBuf,
}

impl Server {
    /// Starts `binary serve` and waits for the line that names its port.
    /// Its log (one line per request, as in production) goes to `log`.
    pub fn start(
        binary: &Path,
        db: &Path,
        log: PathBuf,
        synchronous: Synchronous,
    ) -> anyhow::Result<Server> {
        let mut child = Command::new(binary)
            .arg("--db")
            .arg(db)
            .args(["--log", "info", "serve", "--bind", "127.0.0.1:0"])
            .arg("--synchronous")
            .arg(synchronous.pragma().to_ascii_lowercase())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(File::create(&log)?)
            .spawn()
            .with_context(|| format!("cannot start {}", binary.display()))?;
        let mut stdout = BufReader::new(child.stdout.take().context("no standard output")?);
        let mut line = String::new();
        stdout.read_line(&mut line)?;
        let Some(port) = listening_port(&line) else {
            let _ = child.kill();
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            bail!("the server did not start: {line}{log}");
        };
        Ok(Server {
            child,
            _stdout: stdout,
            address: SocketAddr::from(([127, 0, 0, 1], port)),
            log,
        })
    }

    /// Resident memory now, in bytes, from `/proc/PID/status`.
    pub fn resident_memory(&self) -> anyhow::Result<u64> {
        self.status_bytes("VmRSS:")
    }

    /// The most resident memory since the start or the last
    /// [`Server::reset_peak_memory`], in bytes.
    pub fn peak_memory(&self) -> anyhow::Result<u64> {
        self.status_bytes("VmHWM:")
    }

    /// Starts the peak over from the present size (Linux ≥ 4.0), so that a
    /// peak read later belongs to what ran in between.
    pub fn reset_peak_memory(&self) -> anyhow::Result<()> {
        std::fs::write(format!("/proc/{}/clear_refs", self.child.id()), "5")
            .context("resetting the peak in /proc/PID/clear_refs")
    }

    fn status_bytes(&self, field: &str) -> anyhow::Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let kib = status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .with_context(|| format!("no {field} in /proc/PID/status"))?;
        Ok(kib * 1024)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Stops the server as an operator would (SIGTERM) and reads the
    /// group-commit statistics it logs on the way out.
    pub fn stop(mut self) -> anyhow::Result<WriterStats> {
        kill_process(Pid::from_child(&self.child), Signal::TERM)?;
        let status = self.child.wait()?;
        let log = std::fs::read_to_string(&self.log)?;
        // A wrapper such as `perf record` may end by the signal it passed on.
        let by_term = status.signal() == Some(Signal::TERM.as_raw());
        if !status.success() && !by_term {
            bail!("the server exited with {status}: {log}");
        }
        let line = log
            .lines()
            .rev()
            .find(|l| l.contains("group commit: "))
            .context("the server logged no group-commit statistics")?;
        Ok(line.parse()?)
    }
}

impl Drop for Server {
    /// A benchmark that fails half-way leaves no server behind.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// "Stemme is listening on port 41237 (public address …)" → 41237.
fn listening_port(line: &str) -> Option<u16> {
    line.strip_prefix("Stemme is listening on port ")?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_port_is_read_from_the_servers_first_line() {
        let line = "Stemme is listening on port 41237 (public address http://localhost:8080)\n";
        assert_eq!(listening_port(line), Some(41237));
        assert_eq!(listening_port("error: could not open the database"), None);
    }
}
