//! The key that signs access tokens.
//!
//! With SQLite and no `LIENHIEP_JWT_SECRET`, a random key is generated once and kept in the
//! data folder (mode 0600). With PostgreSQL the secret must be configured, so that every
//! replica signs with the same key.

use std::path::Path;
use std::time::Duration;

use base64::Engine;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Validation};
use sha2::{Digest, Sha256};

use crate::config::{Config, ConfigError};
use crate::db::DbUrl;

/// Shortest accepted secret, in bytes.
pub const MIN_SECRET_BYTES: usize = 32;

/// File in the data folder that holds a generated secret.
pub const SECRET_FILE: &str = "jwt-secret";

/// Signing and verification keys with the token settings.
pub struct AuthKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    /// The algorithm tokens are signed with: HS256, or EdDSA when an Ed25519 key is configured.
    pub algorithm: Algorithm,
    /// The previous key (id and verification key), accepted during a rotation.
    previous: Option<(String, DecodingKey)>,
    /// For EdDSA: the public key, published as a JWK.
    public_jwk: Option<serde_json::Value>,
    /// Key id put in each token's header.
    pub kid: String,
    /// The `iss` claim.
    pub issuer: String,
    /// The `aud` claim.
    pub audience: String,
    /// Lifetime of an access token.
    pub access_ttl: Duration,
}

impl std::fmt::Debug for AuthKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthKeys").field("kid", &self.kid).field("issuer", &self.issuer).finish_non_exhaustive()
    }
}

impl AuthKeys {
    /// Keys from a secret.
    pub fn from_secret(secret: &[u8], issuer: &str, audience: &str, access_ttl: Duration) -> Self {
        AuthKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            algorithm: Algorithm::HS256,
            previous: None,
            public_jwk: None,
            kid: key_id(secret),
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            access_ttl,
        }
    }

    /// Keys from a fresh random secret (tests, tools).
    pub fn random(issuer: &str, audience: &str, access_ttl: Duration) -> Self {
        let mut secret = [0u8; 32];
        if getrandom::fill(&mut secret).is_err() {
            secret[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
            secret[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        }
        Self::from_secret(&secret, issuer, audience, access_ttl)
    }

    /// The key that signs.
    pub fn encoding(&self) -> &EncodingKey {
        &self.encoding
    }

    /// The key that verifies a token signed with key `kid`, and its algorithm (the current key
    /// when none is named).
    pub fn decoding_for(&self, kid: Option<&str>) -> Option<(&DecodingKey, Algorithm)> {
        match kid {
            None => Some((&self.decoding, self.algorithm)),
            Some(k) if k == self.kid => Some((&self.decoding, self.algorithm)),
            Some(k) => self.previous.as_ref().filter(|(id, _)| id == k).map(|(_, key)| (key, Algorithm::HS256)),
        }
    }

    /// Keys that sign with Ed25519 (EdDSA) from a PKCS#8 PEM private key. The HS256 secret of
    /// `fallback` stays accepted for tokens issued before the switch.
    pub fn ed25519(pem: &str, fallback: AuthKeys) -> Result<Self, String> {
        use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
        let signing = ed25519_dalek::SigningKey::from_pkcs8_pem(pem)
            .map_err(|e| format!("not an Ed25519 private key in PKCS#8 PEM: {e}"))?;
        let der = signing.to_pkcs8_der().map_err(|e| format!("cannot encode the key: {e}"))?;
        let public = signing.verifying_key().to_bytes();
        let x = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(public);
        // RFC 7638 thumbprint: SHA-256 of the required members in lexical order.
        let thumbprint_input = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
        let kid = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(thumbprint_input.as_bytes()));
        let jwk = serde_json::json!({"kty": "OKP", "crv": "Ed25519", "x": x, "kid": kid, "alg": "EdDSA", "use": "sig"});
        Ok(AuthKeys {
            encoding: EncodingKey::from_ed_der(der.as_bytes()),
            decoding: DecodingKey::from_ed_der(&public),
            algorithm: Algorithm::EdDSA,
            previous: Some((fallback.kid.clone(), fallback.decoding)),
            public_jwk: Some(jwk),
            kid,
            issuer: fallback.issuer,
            audience: fallback.audience,
            access_ttl: fallback.access_ttl,
        })
    }

    /// The public keys as a JWK Set (empty with HS256: a shared secret is never published).
    pub fn jwks(&self) -> serde_json::Value {
        serde_json::json!({"keys": self.public_jwk.iter().collect::<Vec<_>>()})
    }

    /// Also accepts tokens signed with `secret` (the key being rotated out).
    pub fn with_previous(mut self, secret: &[u8]) -> Self {
        self.previous = Some((key_id(secret), DecodingKey::from_secret(secret)));
        self
    }

    /// The rules every presented token must pass: the key's one algorithm, signature, `exp`,
    /// `nbf`, `iss` and `aud`.
    pub fn validation(&self, algorithm: Algorithm) -> Validation {
        let mut v = Validation::new(algorithm);
        v.algorithms = vec![algorithm];
        v.leeway = 30;
        v.validate_exp = true;
        v.validate_nbf = true;
        v.set_issuer(&[&self.issuer]);
        v.set_audience(&[&self.audience]);
        v.set_required_spec_claims(&["exp", "nbf", "iat", "iss", "aud", "sub"]);
        v
    }

    /// Resolves the keys for a configuration: the configured secret, or (SQLite only) the one
    /// generated in the data folder.
    pub fn for_config(config: &Config) -> Result<Self, ConfigError> {
        let secret = match &config.jwt_secret {
            Some(secret) => {
                if secret.len() < MIN_SECRET_BYTES {
                    return Err(ConfigError {
                        setting: "LIENHIEP_JWT_SECRET (--jwt-secret)",
                        message: format!("must be at least {MIN_SECRET_BYTES} bytes long"),
                    });
                }
                secret.as_bytes().to_vec()
            }
            None => match &config.database {
                DbUrl::Postgres(_) => {
                    return Err(ConfigError {
                        setting: "LIENHIEP_JWT_SECRET (--jwt-secret)",
                        message: "is required with PostgreSQL, so that every replica signs with the same key \
                                  (e.g. `openssl rand -hex 32`)"
                            .into(),
                    })
                }
                DbUrl::Sqlite(_) => load_or_generate(&config.data_dir, SECRET_FILE)
                    .map_err(|message| ConfigError { setting: "LIENHIEP_DATA_DIR (--data-dir)", message })?,
            },
        };
        let keys = Self::from_secret(&secret, &config.jwt_issuer, &config.jwt_audience, config.access_token_ttl);
        let keys = match &config.jwt_previous_secret {
            Some(previous) => keys.with_previous(previous.as_bytes()),
            None => keys,
        };
        match &config.jwt_ed25519_key_file {
            None => Ok(keys),
            Some(path) => {
                let setting = "LIENHIEP_JWT_ED25519_KEY_FILE (--jwt-ed25519-key-file)";
                let pem = std::fs::read_to_string(path)
                    .map_err(|e| ConfigError { setting, message: format!("cannot read {}: {e}", path.display()) })?;
                Self::ed25519(&pem, keys).map_err(|message| ConfigError { setting, message })
            }
        }
    }
}

/// A new Ed25519 private key as PKCS#8 PEM (for `lienhiep keys generate-ed25519`).
pub fn generate_ed25519_pem() -> anyhow::Result<String> {
    use ed25519_dalek::pkcs8::EncodePrivateKey;
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let pem = key
        .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
        .map_err(|e| anyhow::anyhow!("cannot encode the key: {e}"))?;
    Ok(pem.to_string())
}

/// Writes a private file (mode 0600), refusing to overwrite.
pub fn write_private_file(path: &Path, content: &str) -> std::io::Result<()> {
    write_private(path, content)
}

/// The public id of a secret: the first 6 bytes of its SHA-256, in hex.
fn key_id(secret: &[u8]) -> String {
    Sha256::digest(secret).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The national-ID hash key: configured, or (SQLite only) generated in the data folder.
pub fn id_hash_key(config: &Config) -> Result<crate::domain::national_id::IdHashKey, ConfigError> {
    let setting = "LIENHIEP_ID_HASH_KEY (--id-hash-key)";
    let secret = match &config.id_hash_key {
        Some(key) if key.len() >= MIN_SECRET_BYTES => key.as_bytes().to_vec(),
        Some(_) => {
            return Err(ConfigError { setting, message: format!("must be at least {MIN_SECRET_BYTES} bytes long") })
        }
        None => match &config.database {
            DbUrl::Postgres(_) => {
                return Err(ConfigError {
                    setting,
                    message: "is required with PostgreSQL, the same on every replica (e.g. `openssl rand -hex 32`)"
                        .into(),
                })
            }
            DbUrl::Sqlite(_) => load_or_generate(&config.data_dir, "id-hash-key")
                .map_err(|message| ConfigError { setting: "LIENHIEP_DATA_DIR (--data-dir)", message })?,
        },
    };
    Ok(crate::domain::national_id::IdHashKey::new(&secret))
}

fn load_or_generate(dir: &Path, file: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(file);
    match std::fs::read_to_string(&path) {
        Ok(text) if text.trim().len() >= MIN_SECRET_BYTES => return Ok(text.trim().as_bytes().to_vec()),
        Ok(_) => return Err(format!("{} is shorter than {MIN_SECRET_BYTES} bytes", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for a signing key: {e}"))?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    write_private(&path, &hex).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "generated a token signing key");
    Ok(hex.into_bytes())
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_secret_is_kept_private_and_reused() {
        let dir = tempfile::tempdir().expect("dir");
        let first = load_or_generate(dir.path(), SECRET_FILE).expect("generated");
        let second = load_or_generate(dir.path(), SECRET_FILE).expect("reused");
        assert_eq!(first, second);
        assert_eq!(first.len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SECRET_FILE)).expect("file").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn postgres_requires_a_configured_secret() {
        let config = Config::for_database(DbUrl::Postgres("postgres://x/y".into()), std::env::temp_dir());
        let e = AuthKeys::for_config(&config).expect_err("secret required");
        assert_eq!(e.setting, "LIENHIEP_JWT_SECRET (--jwt-secret)");
        let mut config = config;
        config.jwt_secret = Some("too short".into());
        assert!(AuthKeys::for_config(&config).is_err());
        config.jwt_secret = Some("x".repeat(32));
        assert!(AuthKeys::for_config(&config).is_ok());
    }
}
