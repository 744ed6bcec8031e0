//! In-memory copies of what every request needs and rarely changes: parsed
//! questionnaires and keys. Keys are cached only while their survey is open;
//! the store remains the authority on status at every write.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, PoisonError, RwLock};

use crate::questionnaire::Questionnaire;
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

    pub fn retain(&self, keep: impl FnMut(&K, &mut Arc<V>) -> bool) {
        self.0
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(keep);
    }
}

#[derive(Default)]
pub struct Cache {
    pub questionnaires: Map<SurveyId, Questionnaire>,
    pub verifying: Map<KeyId, DepartmentKey>,
    pub signing: Map<(SurveyId, DepartmentName), DepartmentSigner>,
}

impl Cache {
    /// Drops a survey's private keys from memory (at close, rule P6).
    pub fn forget_signers(&self, survey: &SurveyId) {
        self.signing.retain(|(s, _), _| s != survey);
    }
}
