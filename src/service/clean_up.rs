//! The clean-up after a close: rewriting the file so that nothing of the
//! destroyed keys and signatures survives in free pages or the log (rule
//! P6). The close itself is already committed; a clean-up that fails does
//! not undo it or make it fail. It is logged and tried again, later, until
//! it succeeds or the service stops.

use std::sync::atomic::Ordering;
use std::time::Duration;

use super::Service;
use crate::store::{Store, StoreError};
use crate::telemetry::cause_chain;

/// The first retry comes soon (a passing lock, say); then each waits twice
/// as long, up to this.
const FIRST_RETRY: Duration = Duration::from_secs(1);
const LONGEST_WAIT: Duration = Duration::from_secs(600);

impl Service {
    /// Rewrites the file now; if that fails, logs it and keeps retrying in
    /// the background. One retrying task at a time: each rewrite covers the
    /// whole file, whichever close asked for it.
    pub(super) async fn rewrite_file_after_close(&self) {
        let Err(e) = self.store.rewrite_file().await else {
            return;
        };
        tracing::warn!(
            error = %cause_chain(&e),
            "a closed survey's file could not be rewritten yet; retrying in the background"
        );
        if self.cache.rewrite_pending.swap(true, Ordering::SeqCst) {
            return;
        }
        let (store, cache) = (self.store.clone(), std::sync::Arc::clone(&self.cache));
        tokio::spawn(async move {
            retry(&store).await;
            cache.rewrite_pending.store(false, Ordering::SeqCst);
        });
    }
}

async fn retry(store: &Store) {
    let mut wait = FIRST_RETRY;
    loop {
        tokio::time::sleep(wait).await;
        match store.rewrite_file().await {
            Ok(()) => {
                tracing::info!("a closed survey's file is rewritten, at a retry");
                return;
            }
            // Shutting down: the next close, or `stemme survey close`, rewrites it.
            Err(StoreError::WriterGone) => return,
            Err(e) => tracing::warn!(
                error = %cause_chain(&e),
                "a closed survey's file could still not be rewritten; retrying"
            ),
        }
        wait = (wait * 2).min(LONGEST_WAIT);
    }
}
