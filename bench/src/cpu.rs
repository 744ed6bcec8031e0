//! Where the machine's CPU time went during a timed phase: to the server, to
//! this client, or to other processes sharing the cores (which makes the
//! figures understate what Stemme can do on a machine of its own).

use std::time::Duration;

use anyhow::Context;
use rustix::param::clock_ticks_per_second;

#[derive(Debug, Clone, Copy)]
pub struct Usage {
    pub server: Duration,
    pub client: Duration,
    pub others: Duration,
}

pub struct Snapshot {
    server: Duration,
    client: Duration,
    machine: Duration,
}

pub fn snapshot(server_pid: u32) -> anyhow::Result<Snapshot> {
    Ok(Snapshot {
        server: process_time(&server_pid.to_string())?,
        client: process_time("self")?,
        machine: machine_busy()?,
    })
}

impl Snapshot {
    pub fn until(&self, later: &Snapshot) -> Usage {
        let server = later.server.saturating_sub(self.server);
        let client = later.client.saturating_sub(self.client);
        let machine = later.machine.saturating_sub(self.machine);
        Usage {
            server,
            client,
            others: machine.saturating_sub(server + client),
        }
    }
}

fn ticks(n: u64) -> Duration {
    Duration::from_secs_f64(n as f64 / clock_ticks_per_second() as f64)
}

/// User and system time of the process `pid` ("self" for this one), all
/// threads, from `/proc/PID/stat`.
fn process_time(pid: &str) -> anyhow::Result<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // The command name, in parentheses, may contain spaces: count from after it.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
    // utime and stime: the 14th and 15th fields, the 12th and 13th after the name.
    let field = |i: usize| -> anyhow::Result<u64> {
        Ok(fields.get(i).context("a short /proc/PID/stat")?.parse()?)
    };
    Ok(ticks(field(11)? + field(12)?))
}

/// Time all cores spent busy, from the first line of `/proc/stat`.
fn machine_busy() -> anyhow::Result<Duration> {
    let stat = std::fs::read_to_string("/proc/stat")?;
    let line = stat.lines().next().context("an empty /proc/stat")?;
    let times = line
        .split_whitespace()
        .skip(1)
        .map(str::parse::<u64>)
        .collect::<Result<Vec<_>, _>>()?;
    // user nice system idle iowait irq softirq steal [guest guest_nice]:
    // everything but idle and iowait; guest time is already counted in user.
    let busy = times
        .iter()
        .take(8)
        .enumerate()
        .filter(|(i, _)| *i != 3 && *i != 4)
        .map(|(_, t)| t)
        .sum();
    Ok(ticks(busy))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_is_read_for_this_process_and_the_machine() {
        let before = snapshot(std::process::id()).unwrap();
        let spent: u64 = (0..5_000_000u64).map(|i| i ^ (i >> 3)).sum();
        let usage = before.until(&snapshot(std::process::id()).unwrap());
        assert!(spent > 0);
        assert!(usage.client < Duration::from_secs(60), "{usage:?}");
        assert_eq!(usage.server, usage.client);
    }
}
