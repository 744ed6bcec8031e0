//! Counting failed sign-ins, in memory only: the keys (a user name, a
//! client's address, a remembered device) are never stored or logged, and
//! forgotten once their window has passed.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::time::{Duration, Instant};

/// At most `failures` failed attempts within `window`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub failures: usize,
    pub window: Duration,
}

/// Failed attempts per key within a sliding window, for at most
/// `capacity` keys. When a new key finds it full, the expired keys go
/// first, then the *least* offender (fewest failures, then the oldest
/// last failure): a flood of fresh keys with one failure each pushes out
/// only its own kind, never a key that is being held back, so volume
/// cannot buy a held-back key a fresh start.
#[derive(Debug)]
pub struct Throttle<K> {
    limit: Limit,
    capacity: usize,
    failures: HashMap<K, VecDeque<Instant>>,
}

/// Keys kept per throttle by default: about 1 MB at most.
pub const MAX_KEYS: usize = 10_000;

impl<K: Eq + Hash + Clone> Throttle<K> {
    pub fn new(limit: Limit) -> Self {
        Self::with_capacity(limit, MAX_KEYS)
    }

    pub fn with_capacity(limit: Limit, capacity: usize) -> Self {
        Throttle {
            limit,
            capacity: capacity.max(1),
            failures: HashMap::new(),
        }
    }

    /// `None` if `key` may try now, else how long until it may.
    pub fn wait(&mut self, key: &K, now: Instant) -> Option<Duration> {
        let window = self.limit.window;
        let times = self.failures.get_mut(key)?;
        while times
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= window)
        {
            times.pop_front();
        }
        if times.is_empty() {
            self.failures.remove(key);
            return None;
        }
        let oldest = *times.front()?;
        (times.len() >= self.limit.failures)
            .then(|| window.saturating_sub(now.saturating_duration_since(oldest)))
    }

    pub fn fail(&mut self, key: &K, now: Instant) {
        if self.failures.len() >= self.capacity && !self.failures.contains_key(key) {
            self.make_room(now);
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

    /// How many keys are remembered.
    pub fn len(&self) -> usize {
        self.failures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.failures.is_empty()
    }

    fn make_room(&mut self, now: Instant) {
        let window = self.limit.window;
        self.failures.retain(|_, times| {
            times
                .back()
                .is_some_and(|t| now.saturating_duration_since(*t) < window)
        });
        if self.failures.len() < self.capacity {
            return;
        }
        // The least offender: fewest failures, then the longest quiet. A
        // key with one failure is as little as any, so stop at the first.
        let mut least: Option<(&K, (usize, Option<Instant>))> = None;
        for (key, times) in &self.failures {
            let rank = (times.len(), times.back().copied());
            if least.as_ref().is_none_or(|(_, best)| rank < *best) {
                least = Some((key, rank));
                if rank.0 <= 1 {
                    break;
                }
            }
        }
        if let Some(key) = least.map(|(k, _)| k.clone()) {
            self.failures.remove(&key);
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
        assert!(throttle.is_empty());
    }

    #[test]
    fn memory_stays_bounded_under_a_flood_of_keys() {
        let mut throttle = Throttle::new(LIMIT);
        let now = Instant::now();
        for key in 0..(MAX_KEYS + 10) {
            throttle.fail(&key, now);
        }
        assert!(throttle.len() <= MAX_KEYS);
    }

    #[test]
    fn a_flood_of_fresh_keys_does_not_free_a_held_back_key() {
        // Arrange: one key held back, then more fresh keys than fit.
        let mut throttle = Throttle::with_capacity(LIMIT, 100);
        let now = Instant::now();
        for _ in 0..3 {
            throttle.fail(&0_u32, now);
        }
        // Act
        for key in 1..=10_001_u32 {
            throttle.fail(&key, now + Duration::from_millis(1));
        }
        // Assert
        assert!(throttle.len() <= 100);
        assert!(throttle.wait(&0, now + Duration::from_secs(1)).is_some());
    }
}
