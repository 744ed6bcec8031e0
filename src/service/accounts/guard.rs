//! Who may have a password checked, and how many at once.
//!
//! An attempt is counted as a failure *before* its password is checked and
//! taken back if the password was right, so a hundred simultaneous guesses
//! count as a hundred, not as none until the first has finished.
//!
//! Three counts, so that a stranger can neither guess much nor lock the
//! owner out (docs/operations.md, "Sign-in limits"):
//! - per client and account: 5 failures in 15 minutes, then that client
//!   waits for that account;
//! - per client: 20 failures in 15 minutes, whatever the accounts;
//! - per account: after 20 failures from anywhere, the account is under
//!   attack and only clients without a recent failure may try it, one
//!   check at a time. Its owner, from their usual machine, still gets in.
//!
//! Password hashing takes 19 MiB and tens of milliseconds: at most two run
//! at once and at most [`MAX_WAITING`] wait; beyond that the server is busy.

use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, SemaphorePermit};

use super::AccountsError;
use crate::accounts::{Limit, Throttle};

const WINDOW: Duration = Duration::from_secs(15 * 60);
const PER_PAIR: Limit = Limit {
    failures: 5,
    window: WINDOW,
};
const PER_CLIENT: Limit = Limit {
    failures: 20,
    window: WINDOW,
};
const PER_ACCOUNT: Limit = Limit {
    failures: 20,
    window: WINDOW,
};
/// Argon2 takes 19 MiB and a core for tens of milliseconds each.
const CONCURRENT_HASHES: usize = 2;
/// Attempts allowed to queue for a hash; the rest are told to come back.
pub const MAX_WAITING: usize = 16;

struct Counts {
    pairs: Throttle<(String, IpAddr)>,
    clients: Throttle<IpAddr>,
    accounts: Throttle<String>,
    /// Accounts under attack with a check under way.
    checking: Vec<String>,
}

pub struct Guard {
    counts: Mutex<Counts>,
    hashing: Semaphore,
    waiting: AtomicUsize,
}

/// An attempt reserved as a failure; [`Guard::succeeded`] takes it back.
pub struct Attempt {
    account: String,
    client: IpAddr,
    at: Instant,
    guarded: bool,
}

impl Default for Guard {
    fn default() -> Self {
        Guard {
            counts: Mutex::new(Counts {
                pairs: Throttle::new(PER_PAIR),
                clients: Throttle::new(PER_CLIENT),
                accounts: Throttle::new(PER_ACCOUNT),
                checking: Vec::new(),
            }),
            hashing: Semaphore::new(CONCURRENT_HASHES),
            waiting: AtomicUsize::new(0),
        }
    }
}

impl Guard {
    fn counts(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts the attempt as a failure now, unless a limit refuses it.
    pub fn reserve(&self, account: &str, client: IpAddr) -> Result<Attempt, AccountsError> {
        let now = Instant::now();
        let account = account.to_owned();
        let pair = (account.clone(), client);
        let mut counts = self.counts();
        let waits = [
            counts.pairs.wait(&pair, now),
            counts.clients.wait(&client, now),
        ];
        if let Some(wait) = waits.into_iter().flatten().max() {
            return Err(AccountsError::Throttled(wait));
        }
        let guarded = counts.accounts.wait(&account, now).is_some();
        if guarded {
            // Under attack: one check at a time, from clients without failures.
            let busy = counts.checking.contains(&account);
            if busy || counts.clients.has_failed(&client, now) {
                return Err(AccountsError::Throttled(Duration::from_secs(60)));
            }
            counts.checking.push(account.clone());
        }
        counts.pairs.fail(&pair, now);
        counts.clients.fail(&client, now);
        counts.accounts.fail(&account, now);
        Ok(Attempt {
            account,
            client,
            at: now,
            guarded,
        })
    }

    /// The attempt is over; it stays counted unless `succeeded` is called.
    fn finish(attempt: &Attempt, counts: &mut Counts) {
        if attempt.guarded {
            counts.checking.retain(|a| *a != attempt.account);
        }
    }

    pub fn failed(&self, attempt: Attempt) {
        let mut counts = self.counts();
        Self::finish(&attempt, &mut counts);
    }

    /// The right password: this attempt no longer counts, nor do the
    /// client's earlier mistakes with this account.
    pub fn succeeded(&self, attempt: Attempt) {
        let mut counts = self.counts();
        Self::finish(&attempt, &mut counts);
        counts
            .pairs
            .clear(&(attempt.account.clone(), attempt.client));
        counts.clients.undo(&attempt.client, attempt.at);
        counts.accounts.undo(&attempt.account, attempt.at);
    }

    /// A failure that needed no password check (a wrong setup link).
    pub fn client_failed(&self, client: IpAddr) -> Result<(), AccountsError> {
        let now = Instant::now();
        let mut counts = self.counts();
        if let Some(wait) = counts.clients.wait(&client, now) {
            return Err(AccountsError::Throttled(wait));
        }
        counts.clients.fail(&client, now);
        Ok(())
    }

    /// Whether a client may try at all now.
    pub fn client_allowed(&self, client: IpAddr) -> Result<(), AccountsError> {
        match self.counts().clients.wait(&client, Instant::now()) {
            Some(wait) => Err(AccountsError::Throttled(wait)),
            None => Ok(()),
        }
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
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([10, 0, 0, last])
    }

    #[test]
    fn simultaneous_attempts_count_like_attempts_one_after_another() {
        let guard = Guard::default();
        let held: Vec<Attempt> = (0..5)
            .map(|_| guard.reserve("anne", ip(1)).unwrap())
            .collect();
        assert!(matches!(
            guard.reserve("anne", ip(1)),
            Err(AccountsError::Throttled(_))
        ));
        drop(held);
    }

    #[test]
    fn a_stranger_cannot_lock_the_owner_out() {
        let guard = Guard::default();
        // Strangers from many addresses fail until the account is guarded.
        for i in 0..20 {
            let attempt = guard.reserve("anne", ip(100 + i)).unwrap();
            guard.failed(attempt);
        }
        assert!(guard.reserve("anne", ip(100)).is_err());
        // The owner's machine has no failure: it may try, and gets in.
        let owner = guard.reserve("anne", ip(1)).unwrap();
        // While that check runs, nobody else's starts.
        assert!(guard.reserve("anne", ip(2)).is_err());
        guard.succeeded(owner);
        assert!(guard.reserve("anne", ip(1)).is_ok());
    }

    #[test]
    fn the_right_password_takes_back_the_attempt_and_earlier_typos() {
        let guard = Guard::default();
        for _ in 0..4 {
            let attempt = guard.reserve("anne", ip(1)).unwrap();
            guard.failed(attempt);
        }
        let right = guard.reserve("anne", ip(1)).unwrap();
        guard.succeeded(right);
        for _ in 0..5 {
            guard.failed(guard.reserve("anne", ip(1)).unwrap());
        }
        assert!(guard.reserve("anne", ip(1)).is_err());
    }
}
