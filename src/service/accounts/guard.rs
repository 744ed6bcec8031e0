//! Who may have a password checked, and how many at once.
//!
//! An attempt is counted as a failure *before* its password is checked and
//! taken back if the password was right, so a hundred simultaneous guesses
//! count as a hundred, not as none until the first has finished.
//!
//! The counts (docs/operations.md, "Sign-in limits"):
//! - per account: at most [`PER_ACCOUNT`] failures an hour from browsers
//!   the account has not signed in from, *whatever the number of
//!   addresses*. Kept for every real account and never forgotten early, so
//!   no volume of other names or addresses can reset it;
//! - per client and account: 5 failures in 15 minutes;
//! - per client: 20 failures in 15 minutes, whatever the accounts;
//! - a remembered device (a cookie from an earlier sign-in to this
//!   account) skips the three counts above and has its own: 5 failures in
//!   15 minutes. So strangers can spend the account's budget, never its
//!   owner's: the owner at a browser they signed in from is not locked out.
//!
//! Every table is bounded; when one is full the least offender is
//! forgotten first (see [`Throttle`]).
//!
//! Password hashing takes 19 MiB and tens of milliseconds: at most two run
//! at once and at most [`MAX_WAITING`] wait; beyond that the server is busy.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, SemaphorePermit};

use super::AccountsError;
use crate::accounts::{DeviceId, Limit, Throttle};

const QUARTER: Duration = Duration::from_secs(15 * 60);
/// The account-wide budget: the most guesses strangers get at one account.
pub const PER_ACCOUNT: Limit = Limit {
    failures: 30,
    window: Duration::from_secs(60 * 60),
};
const PER_PAIR: Limit = Limit {
    failures: 5,
    window: QUARTER,
};
const PER_CLIENT: Limit = Limit {
    failures: 20,
    window: QUARTER,
};
const PER_DEVICE: Limit = Limit {
    failures: 5,
    window: QUARTER,
};
/// Argon2 takes 19 MiB and a core for tens of milliseconds each.
const CONCURRENT_HASHES: usize = 2;
/// Attempts allowed to queue for a hash; the rest are told to come back.
pub const MAX_WAITING: usize = 16;

/// Who is trying: the account's own remembered browser, or anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum From {
    Device(DeviceId),
    Client(IpAddr),
}

struct Counts {
    /// Real accounts: few, so kept in full and never evicted.
    accounts: HashMap<String, Throttle<()>>,
    /// Names that are no account: bounded, evictable, worthless to guess.
    unknown: Throttle<String>,
    pairs: Throttle<(String, IpAddr)>,
    clients: Throttle<IpAddr>,
    devices: Throttle<DeviceId>,
}

pub struct Guard {
    counts: Mutex<Counts>,
    hashing: Semaphore,
    waiting: AtomicUsize,
}

/// An attempt reserved as a failure; [`Guard::succeeded`] takes it back,
/// dropping it leaves it counted.
pub struct Attempt {
    account: String,
    known: bool,
    from: From,
    at: Instant,
}

impl Default for Guard {
    fn default() -> Self {
        Guard {
            counts: Mutex::new(Counts {
                accounts: HashMap::new(),
                unknown: Throttle::new(PER_ACCOUNT),
                pairs: Throttle::new(PER_PAIR),
                clients: Throttle::new(PER_CLIENT),
                devices: Throttle::new(PER_DEVICE),
            }),
            hashing: Semaphore::new(CONCURRENT_HASHES),
            waiting: AtomicUsize::new(0),
        }
    }
}

fn refused(wait: Option<Duration>) -> Result<(), AccountsError> {
    wait.map_or(Ok(()), |w| Err(AccountsError::Throttled(w)))
}

impl Counts {
    fn account(&mut self, account: &str) -> &mut Throttle<()> {
        self.accounts
            .entry(account.to_owned())
            .or_insert_with(|| Throttle::with_capacity(PER_ACCOUNT, 1))
    }

    fn account_wait(&mut self, account: &str, known: bool, now: Instant) -> Option<Duration> {
        if known {
            self.account(account).wait(&(), now)
        } else {
            self.unknown.wait(&account.to_owned(), now)
        }
    }
}

impl Guard {
    fn counts(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts the attempt as a failure now, unless a limit refuses it.
    /// `known`: whether `account` names a real account.
    pub fn reserve(
        &self,
        account: &str,
        known: bool,
        from: From,
    ) -> Result<Attempt, AccountsError> {
        self.reserve_at(account, known, from, Instant::now())
    }

    pub fn reserve_at(
        &self,
        account: &str,
        known: bool,
        from: From,
        now: Instant,
    ) -> Result<Attempt, AccountsError> {
        let mut counts = self.counts();
        match from {
            From::Device(device) => {
                refused(counts.devices.wait(&device, now))?;
                counts.devices.fail(&device, now);
            }
            From::Client(client) => {
                let pair = (account.to_owned(), client);
                let waits = [
                    counts.pairs.wait(&pair, now),
                    counts.clients.wait(&client, now),
                    counts.account_wait(account, known, now),
                ];
                refused(waits.into_iter().flatten().max())?;
                counts.pairs.fail(&pair, now);
                counts.clients.fail(&client, now);
                if known {
                    counts.account(account).fail(&(), now);
                } else {
                    counts.unknown.fail(&account.to_owned(), now);
                }
            }
        }
        Ok(Attempt {
            account: account.to_owned(),
            known,
            from,
            at: now,
        })
    }

    /// The right password: this attempt no longer counts, nor do the
    /// client's earlier mistakes with this account.
    pub fn succeeded(&self, attempt: Attempt) {
        let mut counts = self.counts();
        match attempt.from {
            From::Device(device) => counts.devices.clear(&device),
            From::Client(client) => {
                counts.pairs.clear(&(attempt.account.clone(), client));
                counts.clients.undo(&client, attempt.at);
                if attempt.known {
                    counts.account(&attempt.account).undo(&(), attempt.at);
                }
            }
        }
    }

    /// A failure that needed no password check (a wrong setup link).
    pub fn client_failed(&self, client: IpAddr) -> Result<(), AccountsError> {
        let now = Instant::now();
        let mut counts = self.counts();
        refused(counts.clients.wait(&client, now))?;
        counts.clients.fail(&client, now);
        Ok(())
    }

    /// Whether a client may try at all now.
    pub fn client_allowed(&self, client: IpAddr) -> Result<(), AccountsError> {
        refused(self.counts().clients.wait(&client, Instant::now()))
    }

    /// A turn at hashing: at most two at once, and a short queue.
    pub async fn hashing(&self) -> Result<SemaphorePermit<'_>, AccountsError> {
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(AccountsError::Busy);
        }
        let permit = self.hashing.acquire().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        permit.map_err(|_| crate::service::Internal::Task("a turn at hashing").into())
    }
}

#[cfg(test)]
mod tests;
