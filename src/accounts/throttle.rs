//! Counting failed sign-ins, in memory only: the keys (a user name, a
//! client's address) are never stored or logged, and forgotten once their
//! window has passed.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::time::{Duration, Instant};

/// At most `failures` failed attempts within `window`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub failures: usize,
    pub window: Duration,
}

/// Failed attempts per key within a sliding window. Bounded in size, so a
/// flood of made-up keys cannot exhaust memory.
#[derive(Debug)]
pub struct Throttle<K> {
    limit: Limit,
    failures: HashMap<K, VecDeque<Instant>>,
}

const MAX_KEYS: usize = 10_000;

impl<K: Eq + Hash + Clone> Throttle<K> {
    pub fn new(limit: Limit) -> Self {
        Throttle {
            limit,
            failures: HashMap::new(),
        }
    }

    /// `None` if `key` may try now, else how long until it may.
    pub fn wait(&mut self, key: &K, now: Instant) -> Option<Duration> {
        let window = self.limit.window;
        let times = self.failures.get_mut(key)?;
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            times.pop_front();
        }
        if times.is_empty() {
            self.failures.remove(key);
            return None;
        }
        let oldest = *times.front()?;
        (times.len() >= self.limit.failures).then(|| window - now.duration_since(oldest))
    }

    pub fn fail(&mut self, key: &K, now: Instant) {
        if self.failures.len() >= MAX_KEYS && !self.failures.contains_key(key) {
            self.forget_expired(now);
        }
        let times = self.failures.entry(key.clone()).or_default();
        times.push_back(now);
        while times.len() > self.limit.failures {
            times.pop_front();
        }
    }

    /// A successful sign-in clears the count.
    pub fn clear(&mut self, key: &K) {
        self.failures.remove(key);
    }

    /// Takes back one failure recorded at `at`: an attempt reserved as a
    /// failure before its password was checked, that turned out right.
    pub fn undo(&mut self, key: &K, at: Instant) {
        if let Some(times) = self.failures.get_mut(key) {
            if let Some(i) = times.iter().rposition(|t| *t == at) {
                times.remove(i);
            }
            if times.is_empty() {
                self.failures.remove(key);
            }
        }
    }

    /// Whether `key` has failed within the window.
    pub fn has_failed(&mut self, key: &K, now: Instant) -> bool {
        self.wait(key, now);
        self.failures.contains_key(key)
    }

    fn forget_expired(&mut self, now: Instant) {
        let window = self.limit.window;
        self.failures.retain(|_, times| {
            times
                .back()
                .is_some_and(|t| now.duration_since(*t) < window)
        });
        if self.failures.len() >= MAX_KEYS {
            // Still full of fresh keys: an attack. Forgetting them all only
            // lets the attacker start over, never in past the limit per key.
            self.failures.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: Limit = Limit {
        failures: 3,
        window: Duration::from_secs(60),
    };

    #[test]
    fn a_key_is_held_back_after_its_failures_until_the_window_passes() {
        let mut throttle = Throttle::new(LIMIT);
        let start = Instant::now();
        for i in 0..3 {
            assert_eq!(throttle.wait(&"anne", start), None, "attempt {i}");
            throttle.fail(&"anne", start + Duration::from_secs(i));
        }
        let later = start + Duration::from_secs(10);
        assert_eq!(throttle.wait(&"anne", later), Some(Duration::from_secs(50)));
        assert_eq!(throttle.wait(&"bo", later), None);
        assert_eq!(
            throttle.wait(&"anne", start + Duration::from_secs(60)),
            None
        );
    }

    #[test]
    fn success_clears_the_count() {
        let mut throttle = Throttle::new(LIMIT);
        let now = Instant::now();
        throttle.fail(&"anne", now);
        throttle.fail(&"anne", now);
        throttle.clear(&"anne");
        throttle.fail(&"anne", now);
        assert_eq!(throttle.wait(&"anne", now), None);
    }

    #[test]
    fn an_undone_failure_no_longer_counts() {
        let mut throttle = Throttle::new(LIMIT);
        let now = Instant::now();
        let later = now + Duration::from_secs(1);
        throttle.fail(&"anne", now);
        throttle.fail(&"anne", later);
        throttle.undo(&"anne", later);
        throttle.fail(&"anne", later);
        assert_eq!(throttle.wait(&"anne", later), None);
        throttle.undo(&"anne", later);
        throttle.undo(&"anne", now);
        assert!(!throttle.has_failed(&"anne", later));
    }

    #[test]
    fn memory_stays_bounded_under_a_flood_of_keys() {
        let mut throttle = Throttle::new(LIMIT);
        let now = Instant::now();
        for key in 0..(MAX_KEYS + 10) {
            throttle.fail(&key, now);
        }
        assert!(throttle.failures.len() <= MAX_KEYS);
    }
}
