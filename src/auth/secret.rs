//! Random secrets (refresh tokens, client secrets) and their stored hashes.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// A new random secret: 32 bytes, base64url without padding (43 characters).
pub fn generate() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// The stored form of a high-entropy secret: SHA-256 in hex. (A slow hash is for passwords,
/// which people choose; these secrets are 256 random bits.)
pub fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_random_and_hash_stably() {
        let a = generate().expect("secret");
        let b = generate().expect("secret");
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert_eq!(hash(&a), hash(&a));
        assert_eq!(hash(&a).len(), 64);
        assert!(constant_time_eq(&hash(&a), &hash(&a)));
        assert!(!constant_time_eq(&hash(&a), &hash(&b)));
    }
}
