//! How well group commit batches: counts only, nothing about any request.
//!
//! `stemme serve` logs these once, at shutdown, as one line
//! (`group commit: batches=… jobs=… largest=… sizes=…`); the benchmark reads
//! that line back. A counters endpoint would show anyone polling it when
//! submissions happen, which is exactly the timing rule P1 keeps out of the
//! database; a total at shutdown shows nothing of the kind.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};

/// Batch sizes are counted in power-of-two buckets: 1, 2–3, 4–7, … 1024–2047.
pub const SIZE_BUCKETS: usize = 11;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriterStats {
    pub batches: u64,
    pub jobs: u64,
    pub largest_batch: u64,
    /// `sizes[i]` batches held between 2^i and 2^(i+1) − 1 jobs.
    pub sizes: [u64; SIZE_BUCKETS],
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a group-commit statistics line: {0:?}")]
pub struct StatsLineError(String);

impl WriterStats {
    /// Jobs per commit, i.e. per fsync.
    pub fn mean_batch(&self) -> f64 {
        if self.batches == 0 {
            0.0
        } else {
            self.jobs as f64 / self.batches as f64
        }
    }
}

fn bucket_label(i: usize) -> String {
    match i {
        0 => "1".to_owned(),
        _ => format!("{}-{}", 1u64 << i, (1u64 << (i + 1)) - 1),
    }
}

impl fmt::Display for WriterStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "batches={} jobs={} largest={} sizes=",
            self.batches, self.jobs, self.largest_batch
        )?;
        let used: Vec<String> = (0..SIZE_BUCKETS)
            .filter(|&i| self.sizes[i] > 0)
            .map(|i| format!("{}:{}", bucket_label(i), self.sizes[i]))
            .collect();
        f.write_str(&used.join(","))
    }
}

impl FromStr for WriterStats {
    type Err = StatsLineError;

    /// Reads back what `Display` wrote, wherever it stands in a log line.
    fn from_str(line: &str) -> Result<Self, Self::Err> {
        let bad = || StatsLineError(line.to_owned());
        let start = line.find("batches=").ok_or_else(bad)?;
        let mut stats = WriterStats::default();
        for field in line[start..].split_whitespace() {
            let (name, value) = field.split_once('=').ok_or_else(bad)?;
            match name {
                "batches" => stats.batches = value.parse().map_err(|_| bad())?,
                "jobs" => stats.jobs = value.parse().map_err(|_| bad())?,
                "largest" => stats.largest_batch = value.parse().map_err(|_| bad())?,
                "sizes" => stats.sizes = parse_sizes(value).ok_or_else(bad)?,
                _ => return Err(bad()),
            }
        }
        Ok(stats)
    }
}

fn parse_sizes(value: &str) -> Option<[u64; SIZE_BUCKETS]> {
    let mut sizes = [0; SIZE_BUCKETS];
    for entry in value.split(',').filter(|e| !e.is_empty()) {
        let (label, count) = entry.split_once(':')?;
        let i = (0..SIZE_BUCKETS).find(|&i| bucket_label(i) == label)?;
        sizes[i] = count.parse().ok()?;
    }
    Some(sizes)
}

#[derive(Default)]
pub(super) struct Counters {
    batches: AtomicU64,
    jobs: AtomicU64,
    largest_batch: AtomicU64,
    sizes: [AtomicU64; SIZE_BUCKETS],
}

impl Counters {
    pub(super) fn record(&self, size: u64) {
        self.batches.fetch_add(1, Ordering::Relaxed);
        self.jobs.fetch_add(size, Ordering::Relaxed);
        self.largest_batch.fetch_max(size, Ordering::Relaxed);
        let bucket = (size.max(1).ilog2() as usize).min(SIZE_BUCKETS - 1);
        self.sizes[bucket].fetch_add(1, Ordering::Relaxed);
    }

    pub(super) fn snapshot(&self) -> WriterStats {
        WriterStats {
            batches: self.batches.load(Ordering::Relaxed),
            jobs: self.jobs.load(Ordering::Relaxed),
            largest_batch: self.largest_batch.load(Ordering::Relaxed),
            sizes: std::array::from_fn(|i| self.sizes[i].load(Ordering::Relaxed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn batches_are_counted_in_power_of_two_buckets() {
        let counters = Counters::default();
        for size in [1, 1, 3, 64, 1024] {
            counters.record(size);
        }
        let stats = counters.snapshot();
        assert_eq!(
            (stats.batches, stats.jobs, stats.largest_batch),
            (5, 1093, 1024)
        );
        assert_eq!(stats.sizes[0], 2);
        assert_eq!(stats.sizes[1], 1);
        assert_eq!(stats.sizes[6], 1);
        assert_eq!(stats.sizes[10], 1);
        assert_eq!(
            stats.to_string(),
            "batches=5 jobs=1093 largest=1024 sizes=1:2,2-3:1,64-127:1,1024-2047:1"
        );
    }

    #[test]
    fn a_log_line_that_is_not_statistics_is_refused() {
        assert!("INFO request status=200".parse::<WriterStats>().is_err());
        assert!("batches=x jobs=1".parse::<WriterStats>().is_err());
        assert!("batches=1 sizes=5-6:1".parse::<WriterStats>().is_err());
    }

    proptest! {
        #[test]
        fn statistics_read_back_from_a_log_line(
            batches in 0u64..1_000_000,
            jobs in 0u64..1_000_000,
            largest in 0u64..2048,
            sizes in proptest::array::uniform11(0u64..1000),
        ) {
            let stats = WriterStats { batches, jobs, largest_batch: largest, sizes };
            let line = format!("2026-01-01T00:00:00Z  INFO group commit: {stats}");
            prop_assert_eq!(line.parse::<WriterStats>(), Ok(stats));
        }
    }
}
