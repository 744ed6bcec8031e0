//! Randomness straight from the operating system.
//!
//! Invite codes, response ids and survey ids must not be predictable from one
//! another, so they come from the OS generator rather than a seeded one.

use rand::TryRng;
use rand::rngs::SysRng;

/// The operating system could not provide random bytes.
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random number generator failed")]
pub struct RandomnessError(#[source] rand::rngs::SysError);

/// Fills an array with bytes from the OS random number generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomnessError> {
    let mut bytes = [0u8; N];
    SysRng.try_fill_bytes(&mut bytes).map_err(RandomnessError)?;
    Ok(bytes)
}

/// `n` symbols drawn uniformly from a 32-symbol alphabet (5 bits each).
pub fn random_base32(alphabet: &[u8; 32], n: usize) -> Result<String, RandomnessError> {
    let mut bytes = vec![0u8; n];
    SysRng.try_fill_bytes(&mut bytes).map_err(RandomnessError)?;
    // 32 divides 256, so masking keeps the distribution uniform.
    Ok(bytes
        .iter()
        .map(|b| char::from(alphabet[usize::from(b & 31)]))
        .collect())
}
