//! What bounds the figures: the machine, and the cost of one RSA-2048 blind
//! signature measured on one core with the server's own code.

use std::time::{Duration, Instant};

use blind_rsa_signatures::DefaultRng;

use super::client::parallel;
use super::setup::Fixture;
use crate::random::random_bytes;

/// Cores, CPU model, memory and load: enough to judge the figures by.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = field(&cpuinfo, "model name").unwrap_or_else(|| "unknown CPU".into());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = field(&meminfo, "MemTotal")
        .and_then(|m| m.trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or("unknown memory".into(), |kib| {
            format!("{:.1} GiB", kib / 1024.0 / 1024.0)
        });
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    format!(
        "{cores} cores, {model}, {memory}, load average {}",
        load.join(" ")
    )
}

fn field(text: &str, name: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// Mean time of `SigningKey::sign_blinded` on this thread, over `samples`
/// messages blinded (beforehand, untimed) for the first department's key.
pub fn sign_time(fixture: &Fixture, samples: usize) -> anyhow::Result<Duration> {
    let key = fixture.departments[0].key.public_key();
    let blinded = parallel(samples.max(1), |_| {
        let message: [u8; 32] = random_bytes()?;
        Ok(key.blind(&mut DefaultRng, message)?.blind_message.0)
    })?;
    let started = Instant::now();
    for message in &blinded {
        fixture.signing_key.sign_blinded(message)?;
    }
    Ok(started.elapsed() / blinded.len() as u32)
}
