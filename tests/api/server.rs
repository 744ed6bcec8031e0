//! `stemme serve` as a real process on a free port.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::thread::JoinHandle;

/// `stemme serve` on a free port; its standard output kept open for reading.
pub struct Server {
    pub child: Child,
    pub stdout: BufReader<ChildStdout>,
    pub address: String,
    /// Reads the log as it is written, so a chatty server never blocks on a
    /// full pipe; yields the whole log when the server has exited.
    log: Option<JoinHandle<String>>,
}

pub fn serve(db: &Path) -> Server {
    serve_with(db, &[])
}

/// `stemme serve` with more flags, e.g. `["--request-timeout", "2"]`.
pub fn serve_with(db: &Path, flags: &[&str]) -> Server {
    // A test that must know the port beforehand gives its own --bind.
    let bind: &[&str] = if flags.contains(&"--bind") {
        &[]
    } else {
        &["--bind", "127.0.0.1:0"]
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_stemme"))
        .args(["--db", db.to_str().unwrap(), "serve"])
        .args(bind)
        .args(flags)
        .env_remove("STEMME_PUBLIC_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let log = std::thread::spawn(move || {
        let mut log = String::new();
        let _ = stderr.read_to_string(&mut log);
        log
    });
    // The first line on standard output says where it listens: no sleeping.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let port = line
        .split("port ")
        .nth(1)
        .unwrap_or_else(|| panic!("no port in {line:?}"))
        .split_whitespace()
        .next()
        .unwrap();
    Server {
        child,
        stdout,
        address: format!("http://127.0.0.1:{port}"),
        log: Some(log),
    }
}

impl Server {
    pub fn port(&self) -> u16 {
        self.address.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// The server's resident memory now, in MB.
    pub fn rss_mb(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .unwrap()
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .unwrap();
        kb / 1024.0
    }

    /// The CPU time the server has used so far, all its threads together.
    pub fn cpu_time(&self) -> std::time::Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // After the command name in parentheses: utime and stime are the
        // 12th and 13th fields, in ticks of 1/100 s (USER_HZ on Linux).
        let rest = stat.rsplit(')').next().unwrap();
        let fields: Vec<u64> = rest
            .split_whitespace()
            .skip(11)
            .take(2)
            .map(|f| f.parse().unwrap())
            .collect();
        std::time::Duration::from_millis((fields[0] + fields[1]) * 10)
    }

    /// Kills the server; returns the rest of standard output and the log.
    pub fn stop(mut self) -> (String, String) {
        self.child.kill().unwrap();
        self.finish()
    }

    /// Stops the server as an operator would (SIGTERM), so it shuts down
    /// gracefully; returns the rest of standard output and the log.
    pub fn terminate(self) -> (String, String) {
        self.signal_term();
        self.finish()
    }

    pub fn signal_term(&self) {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
    }

    /// Waits for the server to exit; the rest of standard output and the log.
    pub fn finish(mut self) -> (String, String) {
        let mut rest = String::new();
        self.stdout.read_to_string(&mut rest).unwrap();
        self.child.wait().unwrap();
        let log = self.log.take().unwrap().join().unwrap();
        (rest, log)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.log.is_some() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
