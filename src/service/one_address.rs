//! A warning sign for HR's audit trail: many of a department's codes used
//! from one network address within minutes (issue 19, point 8).
//!
//! HR, who holds the codes, could answer with all of a department's codes
//! but one and read the one real answer as the remainder. Nothing about
//! the published numbers can stop that; what the server can see is a burst
//! of codes from one address. It counts, **in memory only**, the fresh
//! code uses per department and per address, the address kept as an HMAC
//! under a key made at start and never stored, so not even this process's
//! memory holds an address; entries older than the window are forgotten,
//! and the table is bounded. What reaches the database is only the
//! aggregated warning, without address or time of any use: "Salg: 8 of 10
//! codes (80 %) used from one network address within 10 minutes".
//!
//! Behind a proxy or a NAT every employee has the same address: then the
//! warning fires for an office answering together, and says nothing.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::random::random_bytes;
use crate::survey::{DepartmentName, SurveyId};

/// Codes used from one address within this window count together.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Fewer uses than this say nothing, whatever the share.
pub const AT_LEAST: usize = 3;
/// The share of a department's codes that makes a warning, in quarters:
/// one at 25 %, again at 50 %, 75 % and 100 %.
const STEP_PERCENT: u64 = 25;
/// Addresses and departments remembered at once.
const MAX_ENTRIES: usize = 10_000;

/// A department, and the keyed hash of an address.
pub type Key = (SurveyId, DepartmentName, [u8; 16]);

struct Entry {
    uses: VecDeque<Instant>,
    /// The highest quarter already warned of, while uses last.
    warned: u64,
}

pub struct CodeWatch {
    key: [u8; 32],
    entries: Mutex<HashMap<Key, Entry>>,
}

/// The aggregated warning, the only thing written down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Burst {
    pub department: DepartmentName,
    pub codes: usize,
    pub invited: u64,
    pub percent: u64,
}

impl Default for CodeWatch {
    fn default() -> Self {
        CodeWatch {
            // Without randomness the keyed hash would be a plain hash; a key
            // of zeros still keeps nothing on disk, and the OS never fails.
            key: random_bytes().unwrap_or([0; 32]),
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl CodeWatch {
    fn blind(&self, client: IpAddr) -> [u8; 16] {
        // HMAC takes keys of any length: this never fails.
        let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key) else {
            return [0; 16];
        };
        match client {
            IpAddr::V4(a) => mac.update(&a.octets()),
            // An IPv6 client may use any address of its /64.
            IpAddr::V6(a) => mac.update(&a.octets()[..8]),
        }
        let mut out = [0; 16];
        out.copy_from_slice(&mac.finalize().into_bytes()[..16]);
        out
    }

    /// A code of `department` was used from `client` at `now`. How many
    /// this address used within the window, once that is [`AT_LEAST`] or
    /// more; then [`CodeWatch::judge`] says whether it is a warning.
    pub fn used(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        client: IpAddr,
        now: Instant,
    ) -> Option<(Key, usize)> {
        let key = (survey.clone(), department.clone(), self.blind(client));
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
            entries.retain(|_, e| {
                e.uses
                    .back()
                    .is_some_and(|t| now.saturating_duration_since(*t) < WINDOW)
            });
            if entries.len() >= MAX_ENTRIES {
                return None;
            }
        }
        let entry = entries.entry(key.clone()).or_insert_with(|| Entry {
            uses: VecDeque::new(),
            warned: 0,
        });
        while entry
            .uses
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= WINDOW)
        {
            entry.uses.pop_front();
        }
        if entry.uses.is_empty() {
            entry.warned = 0;
        }
        entry.uses.push_back(now);
        let codes = entry.uses.len();
        (codes >= AT_LEAST).then_some((key, codes))
    }

    /// A warning when `codes` of the department's `invited` cross the next
    /// quarter for this address; each quarter is warned of once.
    pub fn judge(&self, key: &Key, codes: usize, invited: u64) -> Option<Burst> {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = entries.get_mut(key)?;
        let percent = ((codes as u64 * 100) / invited.max(1)).min(100);
        let quarter = percent / STEP_PERCENT;
        if quarter == 0 || quarter <= entry.warned {
            return None;
        }
        entry.warned = quarter;
        Some(Burst {
            department: key.1.clone(),
            codes,
            invited,
            percent,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn salg() -> (SurveyId, DepartmentName) {
        (
            SurveyId::parse("abcdefghjkmn").unwrap(),
            DepartmentName::parse("Salg").unwrap(),
        )
    }

    #[test]
    fn one_address_using_a_quarter_of_a_department_is_warned_of_once_per_quarter() {
        let (survey, salg) = salg();
        let watch = CodeWatch::default();
        let hr = IpAddr::from([10, 0, 0, 7]);
        let start = Instant::now();
        let warnings: Vec<Burst> = (0..10u64)
            .filter_map(|i| {
                let (key, codes) =
                    watch.used(&survey, &salg, hr, start + Duration::from_secs(i))?;
                watch.judge(&key, codes, 10)
            })
            .collect();
        let shares: Vec<u64> = warnings.iter().map(|w| w.percent).collect();
        assert_eq!(shares, [30, 50, 80, 100]);
        assert_eq!(warnings[0].codes, 3);
    }

    #[test]
    fn codes_from_many_addresses_or_spread_over_time_warn_of_nothing() {
        let (survey, salg) = salg();
        let watch = CodeWatch::default();
        let start = Instant::now();
        for i in 0..10u8 {
            let one_each = watch.used(&survey, &salg, IpAddr::from([10, 0, 0, i]), start);
            assert_eq!(one_each, None);
        }
        let hr = IpAddr::from([10, 0, 1, 1]);
        for i in 0..10u32 {
            let later = start + WINDOW * i;
            assert_eq!(watch.used(&survey, &salg, hr, later), None);
        }
    }

    #[test]
    fn no_address_is_kept_only_its_keyed_hash() {
        let watch = CodeWatch::default();
        let other = CodeWatch::default();
        let hr = IpAddr::from([192, 168, 1, 20]);
        assert_ne!(watch.blind(hr), other.blind(hr), "the key is per process");
        let entries = watch.entries.lock().unwrap();
        assert!(entries.is_empty());
    }
}
