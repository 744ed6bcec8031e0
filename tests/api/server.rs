//! `stemme serve` as a real process on a free port.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};

/// `stemme serve` on a free port; its standard output kept open for reading.
pub struct Server {
    pub child: Child,
    pub stdout: BufReader<ChildStdout>,
    pub address: String,
}

pub fn serve(db: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stemme"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "serve",
            "--bind",
            "127.0.0.1:0",
        ])
        .env_remove("STEMME_PUBLIC_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The first line on standard output says where it listens: no sleeping.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let port = line
        .split("port ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    Server {
        child,
        stdout,
        address: format!("http://127.0.0.1:{port}"),
    }
}

impl Server {
    /// Kills the server; returns the rest of standard output and the log.
    pub fn stop(mut self) -> (String, String) {
        self.child.kill().unwrap();
        self.finish()
    }

    /// Stops the server as an operator would (SIGTERM), so it shuts down
    /// gracefully; returns the rest of standard output and the log.
    pub fn terminate(self) -> (String, String) {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
        self.finish()
    }

    fn finish(mut self) -> (String, String) {
        let mut rest = String::new();
        self.stdout.read_to_string(&mut rest).unwrap();
        let mut log = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut log)
            .unwrap();
        self.child.wait().unwrap();
        (rest, log)
    }
}
