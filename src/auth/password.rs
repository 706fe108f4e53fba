//! Password hashing (Argon2id) and the password policy.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use password_hash::rand_core::OsRng;
use password_hash::SaltString;

/// Hashes a password with Argon2id and a random salt, as a PHC string.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password failed: {e}"))
}

/// Whether `password` matches the PHC string `hash`. A malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// Spends the time of one verification for a user that does not exist, so that the answer's
/// timing does not tell whether a username is taken.
pub fn verify_dummy(password: &str) {
    use std::sync::OnceLock;
    static DUMMY: OnceLock<String> = OnceLock::new();
    let hash = DUMMY.get_or_init(|| hash_password("dummy password for timing").unwrap_or_default());
    let _ = verify_password(password, hash);
}

/// Passwords too common to allow, compared ignoring case.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "1111111111",
    "0000000000",
    "1234512345",
    "qwertyuiop",
    "password123",
    "password1234",
    "passw0rd123",
    "matkhau123",
    "matkhau1234",
    "abc1234567",
    "abcd123456",
    "iloveyou123",
    "admin12345",
    "administrator",
    "qwerty123456",
    "1q2w3e4r5t",
    "zaq12wsxcde",
    "letmein1234",
    "welcome123",
    "lienhiephoi",
    "lienhiep123",
    "vietnam123",
    "vietnam1234",
    "hanoi12345",
    "sonla12345",
];

/// Checks the password policy: at least 10 characters, not the username, not a common password.
pub fn check_policy(password: &str, username: &str) -> Result<(), &'static str> {
    if password.chars().count() < 10 {
        return Err("must be at least 10 characters long");
    }
    if password.chars().count() > 256 {
        return Err("must be at most 256 characters long");
    }
    let lower = password.to_lowercase();
    if lower == username.to_lowercase() {
        return Err("must not be the username");
    }
    if COMMON_PASSWORDS.contains(&lower.as_str()) {
        return Err("is too common");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify_round_trip() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn policy_rejects_short_username_and_common_passwords() {
        assert_eq!(check_policy("short", "an"), Err("must be at least 10 characters long"));
        assert_eq!(check_policy("NguyenVanAn", "nguyenvanan"), Err("must not be the username"));
        assert_eq!(check_policy("Password123", "an"), Err("is too common"));
        assert_eq!(check_policy("mật khẩu dài đủ", "an"), Ok(()));
    }
}
