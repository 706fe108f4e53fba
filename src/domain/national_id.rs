//! National ID numbers (CMND 9 digits, CCCD 12 digits) are never stored: only an HMAC-SHA256
//! keyed with `LIENHIEP_ID_HASH_KEY`, so that the same person can be matched across rosters
//! without the number being readable from the database.

use sha2::{Digest, Sha256};

/// The key of the national-ID hash: a chain of secrets, oldest first.
///
/// The hash of an ID is the HMAC of the ID under the first secret; each later secret (added by
/// `lienhiep keys rotate-id-hash`) hashes the previous hash again. Rotating therefore re-keys
/// the stored hashes without the ID numbers, which are never stored: `new = HMAC(new key,
/// old hash)`.
#[derive(Clone)]
pub struct IdHashKey(Vec<Vec<u8>>);

impl std::fmt::Debug for IdHashKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IdHashKey({})", self.key_ids().join(" → "))
    }
}

impl IdHashKey {
    /// A key of one secret.
    pub fn new(secret: &[u8]) -> Self {
        IdHashKey(vec![secret.to_vec()])
    }

    /// A chain of secrets, oldest first; `None` when empty.
    pub fn chain(secrets: Vec<Vec<u8>>) -> Option<Self> {
        (!secrets.is_empty()).then_some(IdHashKey(secrets))
    }

    /// This chain followed by `secret`: the key after a rotation.
    pub fn then(&self, secret: &[u8]) -> Self {
        let mut secrets = self.0.clone();
        secrets.push(secret.to_vec());
        IdHashKey(secrets)
    }

    /// The keyed hash (hex) of a normalised national ID.
    pub fn hash(&self, national_id: &str) -> String {
        let mut hash = hex(&hmac_sha256(&self.0[0], national_id.as_bytes()));
        for secret in &self.0[1..] {
            hash = rehash(secret, &hash);
        }
        hash
    }

    /// A secret derived from the chain for another purpose (`purpose` names it), so that one
    /// configured key serves several without any of them revealing another.
    pub fn derive(&self, purpose: &str) -> Vec<u8> {
        self.hash(&format!("lienhiep derived key: {purpose}")).into_bytes()
    }

    /// The public ids of the chain's secrets (first 6 bytes of their SHA-256, hex), oldest
    /// first: what the database records, so that a wrongly configured chain is refused.
    pub fn key_ids(&self) -> Vec<String> {
        self.0.iter().map(|s| key_id(s)).collect()
    }
}

/// A stored hash re-keyed under one more secret (see [`IdHashKey`]).
pub fn rehash(secret: &[u8], hash: &str) -> String {
    hex(&hmac_sha256(secret, hash.as_bytes()))
}

/// The public id of a secret: the first 6 bytes of its SHA-256, in hex.
pub fn key_id(secret: &[u8]) -> String {
    hex(&Sha256::digest(secret)[..6])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Normalises a national ID: digits only (spaces and dots removed); 9 (CMND) or 12 (CCCD)
/// digits, else `None`.
pub fn normalize(input: &str) -> Option<String> {
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    (digits.chars().all(|c| c.is_ascii_digit()) && (digits.len() == 9 || digits.len() == 12)).then_some(digits)
}

/// HMAC-SHA256 (RFC 2104).
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(k.iter().map(|b| b ^ 0x36).collect::<Vec<_>>());
    inner.update(message);
    let mut outer = Sha256::new();
    outer.update(k.iter().map(|b| b ^ 0x5c).collect::<Vec<_>>());
    outer.update(inner.finalize());
    outer.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_test_cases() {
        // Test case 2.
        assert_eq!(
            hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Test case 6: a key longer than the block.
        assert_eq!(
            hex(&hmac_sha256(&[0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn ids_are_normalised_and_hashed_by_key() {
        assert_eq!(normalize("034 090 012 345").as_deref(), Some("034090012345"));
        assert_eq!(normalize("050123456").as_deref(), Some("050123456"));
        assert_eq!(normalize("12345"), None);
        assert_eq!(normalize("03409001234x"), None);
        let a = IdHashKey::new(b"key one");
        let b = IdHashKey::new(b"key two");
        assert_eq!(a.hash("034090012345"), a.hash("034090012345"));
        assert_ne!(a.hash("034090012345"), b.hash("034090012345"));
        assert!(!a.hash("034090012345").contains("034090012345"));
    }

    #[test]
    fn a_rotated_chain_hashes_as_the_re_keyed_hash() {
        let old = IdHashKey::new(b"the first key, thirty-two bytes or more");
        let new_secret = b"the second key, thirty-two bytes or more";
        let rotated = old.then(new_secret);
        let stored = old.hash("034090012345");
        assert_eq!(rotated.hash("034090012345"), rehash(new_secret, &stored));
        assert_ne!(rotated.hash("034090012345"), stored);
        assert_ne!(rotated.hash("034090012345"), IdHashKey::new(new_secret).hash("034090012345"));
        assert_eq!(rotated.key_ids().len(), 2);
        assert_eq!(rotated.key_ids()[0], old.key_ids()[0]);
        assert_eq!(rotated.key_ids()[1].len(), 12);
        assert!(IdHashKey::chain(Vec::new()).is_none());
    }
}
