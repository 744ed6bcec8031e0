//! In-memory copies of what every request needs and rarely changes: parsed
//! questionnaires and keys. Private keys are cached only while their survey
//! is open; the store remains the authority on status at every write.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, PoisonError, RwLock};

use crate::questionnaire::Questionnaire;
use crate::report::results::Tally;
use crate::survey::{DepartmentName, SurveyId};
use crate::tokens::{KeyId, SigningKey, VerifyingKey};

/// A department's public key and where it belongs.
pub struct DepartmentKey {
    pub survey: SurveyId,
    pub department: DepartmentName,
    pub key: VerifyingKey,
}

pub struct DepartmentSigner {
    pub key: SigningKey,
    pub key_id: KeyId,
}

pub struct Map<K, V>(RwLock<HashMap<K, Arc<V>>>);

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map(RwLock::new(HashMap::new()))
    }
}

impl<K: Eq + Hash, V> Map<K, V> {
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        // A poisoned lock only means another thread panicked mid-insert of a
        // complete value; the map itself is still consistent.
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    pub fn insert(&self, key: K, value: Arc<V>) {
        self.0
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, value);
    }
}

/// The private keys in memory, and the surveys known to be closed: once
/// closed, a survey can never have a signer in memory again.
#[derive(Default)]
pub struct Signers {
    inner: RwLock<SignerState>,
}

#[derive(Default)]
struct SignerState {
    keys: HashMap<(SurveyId, DepartmentName), Arc<DepartmentSigner>>,
    closed: HashSet<SurveyId>,
}

impl Signers {
    pub fn get(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
    ) -> Option<Arc<DepartmentSigner>> {
        let state = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        state
            .keys
            .get(&(survey.clone(), department.clone()))
            .cloned()
    }

    /// Keeps a signer, unless its survey closed meanwhile (a close by
    /// another request, or another process, may have come between loading
    /// the key and this call).
    pub fn insert(
        &self,
        survey: &SurveyId,
        department: &DepartmentName,
        signer: Arc<DepartmentSigner>,
    ) {
        let mut state = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        if !state.closed.contains(survey) {
            state
                .keys
                .insert((survey.clone(), department.clone()), signer);
        }
    }

    /// Drops a survey's private keys from memory for good (rule P6).
    pub fn forget(&self, survey: &SurveyId) {
        let mut state = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        state.keys.retain(|(s, _), _| s != survey);
        state.closed.insert(survey.clone());
    }

    /// How many private keys are in memory.
    pub fn len(&self) -> usize {
        let state = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        state.keys.len()
    }

    /// The surveys with a key in memory.
    pub fn surveys(&self) -> Vec<SurveyId> {
        let state = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        let surveys: HashSet<&SurveyId> = state.keys.keys().map(|(s, _)| s).collect();
        surveys.into_iter().cloned().collect()
    }
}

#[derive(Default)]
pub struct Cache {
    pub questionnaires: Map<SurveyId, Questionnaire>,
    pub verifying: Map<KeyId, DepartmentKey>,
    pub signing: Signers,
    /// The counts of closed surveys' answers, which never change.
    pub tallies: Map<SurveyId, Tally>,
    /// Closed surveys' invites per department, in the survey's order: no
    /// batch is made or voided after close, and counting them anew would
    /// read every invite on every view of the results.
    pub invited: Map<SurveyId, Vec<u64>>,
    /// Whether a rewrite of the file after a close failed and a task is
    /// retrying it.
    pub rewrite_pending: AtomicBool,
}
