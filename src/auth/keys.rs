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
use crate::domain::national_id::key_id;

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
    /// Older keys still accepted (id, verification key, algorithm): the previous HS256 secret
    /// during a rotation, and the HS256 secret after a move to Ed25519 while it is configured.
    accepted: Vec<(String, DecodingKey, Algorithm)>,
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
            accepted: Vec::new(),
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

    /// The key that verifies a token signed with key `kid`, and its algorithm: the current key
    /// or one still accepted. A token that names no key is refused: every token this service
    /// signs names its key, so one without is not ours.
    pub fn decoding_for(&self, kid: Option<&str>) -> Option<(&DecodingKey, Algorithm)> {
        let kid = kid?;
        if kid == self.kid {
            return Some((&self.decoding, self.algorithm));
        }
        self.accepted.iter().find(|(id, _, _)| id == kid).map(|(_, key, algorithm)| (key, *algorithm))
    }

    /// Keys that sign with Ed25519 (EdDSA) from a PKCS#8 PEM private key. No HS256 secret is
    /// accepted unless added with [`with_previous`](Self::with_previous).
    pub fn ed25519(pem: &str, issuer: &str, audience: &str, access_ttl: Duration) -> Result<Self, String> {
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
            accepted: Vec::new(),
            public_jwk: Some(jwk),
            kid,
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            access_ttl,
        })
    }

    /// The public keys as a JWK Set (empty with HS256: a shared secret is never published).
    pub fn jwks(&self) -> serde_json::Value {
        serde_json::json!({"keys": self.public_jwk.iter().collect::<Vec<_>>()})
    }

    /// Also accepts tokens signed with the HS256 `secret` (a key being rotated out).
    pub fn with_previous(mut self, secret: &[u8]) -> Self {
        let kid = key_id(secret);
        if kid != self.kid && !self.accepted.iter().any(|(id, _, _)| *id == kid) {
            self.accepted.push((kid, DecodingKey::from_secret(secret), Algorithm::HS256));
        }
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

    /// Resolves the keys for a configuration: exactly the keys it names are accepted.
    ///
    /// - HS256: the configured secret, or (SQLite only) the one generated in the data folder;
    ///   plus `LIENHIEP_JWT_PREVIOUS_SECRET` during a rotation.
    /// - Ed25519 (`LIENHIEP_JWT_ED25519_KEY_FILE`): the key pair signs; an HS256 secret is still
    ///   accepted only while it is configured (`LIENHIEP_JWT_SECRET`, and the previous one), so
    ///   that removing it retires it. No secret is required or generated then.
    pub fn for_config(config: &Config) -> Result<Self, ConfigError> {
        let configured = match &config.jwt_secret {
            Some(secret) if secret.len() < MIN_SECRET_BYTES => {
                return Err(ConfigError {
                    setting: "LIENHIEP_JWT_SECRET (--jwt-secret)",
                    message: format!("must be at least {MIN_SECRET_BYTES} bytes long"),
                })
            }
            Some(secret) => Some(secret.as_bytes().to_vec()),
            None => None,
        };
        let keys = match &config.jwt_ed25519_key_file {
            None => {
                let secret = match (configured, &config.database) {
                    (Some(secret), _) => secret,
                    (None, DbUrl::Postgres(_)) => {
                        return Err(ConfigError {
                            setting: "LIENHIEP_JWT_SECRET (--jwt-secret)",
                            message: "is required with PostgreSQL (or LIENHIEP_JWT_ED25519_KEY_FILE), so that every \
                                      replica signs with the same key (e.g. `openssl rand -hex 32`)"
                                .into(),
                        })
                    }
                    (None, DbUrl::Sqlite(_)) => load_or_generate(&config.data_dir, SECRET_FILE)
                        .map_err(|message| ConfigError { setting: "LIENHIEP_DATA_DIR (--data-dir)", message })?,
                };
                Self::from_secret(&secret, &config.jwt_issuer, &config.jwt_audience, config.access_token_ttl)
            }
            Some(path) => {
                let setting = "LIENHIEP_JWT_ED25519_KEY_FILE (--jwt-ed25519-key-file)";
                let pem = std::fs::read_to_string(path)
                    .map_err(|e| ConfigError { setting, message: format!("cannot read {}: {e}", path.display()) })?;
                let keys = Self::ed25519(&pem, &config.jwt_issuer, &config.jwt_audience, config.access_token_ttl)
                    .map_err(|message| ConfigError { setting, message })?;
                match configured {
                    Some(secret) => keys.with_previous(&secret),
                    None => keys,
                }
            }
        };
        Ok(match &config.jwt_previous_secret {
            Some(previous) => keys.with_previous(previous.as_bytes()),
            None => keys,
        })
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

/// Where the national-ID hash key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdHashKeySource {
    /// `LIENHIEP_ID_HASH_KEY`, with `LIENHIEP_ID_HASH_PREVIOUS_KEYS` before it.
    Configured,
    /// Generated files in this data folder (SQLite without a configured key): [`ID_HASH_KEY_FILE`]
    /// and, after a rotation, [`ID_HASH_PREVIOUS_KEYS_FILE`].
    Files(std::path::PathBuf),
}

/// File in the data folder that holds a generated national-ID hash key.
pub const ID_HASH_KEY_FILE: &str = "id-hash-key";
/// File in the data folder that holds the keys rotated out, one per line, oldest first.
pub const ID_HASH_PREVIOUS_KEYS_FILE: &str = "id-hash-previous-keys";

/// The national-ID hash key: configured, or (SQLite only) generated in the data folder.
pub fn id_hash_key(config: &Config) -> Result<crate::domain::national_id::IdHashKey, ConfigError> {
    id_hash_key_with_source(config).map(|(key, _)| key)
}

/// The national-ID hash key (the chain of keys, oldest first) and where it comes from.
pub fn id_hash_key_with_source(
    config: &Config,
) -> Result<(crate::domain::national_id::IdHashKey, IdHashKeySource), ConfigError> {
    let setting = "LIENHIEP_ID_HASH_KEY (--id-hash-key)";
    let previous_setting = "LIENHIEP_ID_HASH_PREVIOUS_KEYS (--id-hash-previous-keys)";
    let data_dir_setting = "LIENHIEP_DATA_DIR (--data-dir)";
    // The keys rotated out, the current key, where they come from, and the setting to name
    // when a rotated-out key is too short.
    let (previous, current, source, previous_from) = match (&config.id_hash_key, &config.database) {
        (Some(key), _) if key.len() < MIN_SECRET_BYTES => {
            return Err(ConfigError { setting, message: format!("must be at least {MIN_SECRET_BYTES} bytes long") })
        }
        (Some(key), _) => (
            config.id_hash_previous_keys.clone(),
            key.as_bytes().to_vec(),
            IdHashKeySource::Configured,
            previous_setting,
        ),
        (None, _) if !config.id_hash_previous_keys.is_empty() => {
            return Err(ConfigError {
                setting: previous_setting,
                message: "is used only together with LIENHIEP_ID_HASH_KEY".into(),
            })
        }
        (None, DbUrl::Postgres(_)) => {
            return Err(ConfigError {
                setting,
                message: "is required with PostgreSQL, the same on every replica (e.g. `openssl rand -hex 32`)".into(),
            })
        }
        (None, DbUrl::Sqlite(_)) => {
            let path = config.data_dir.join(ID_HASH_PREVIOUS_KEYS_FILE);
            let previous = match std::fs::read_to_string(&path) {
                Ok(text) => text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
                Err(e) => {
                    return Err(ConfigError {
                        setting: data_dir_setting,
                        message: format!("cannot read {}: {e}", path.display()),
                    })
                }
            };
            let current = load_or_generate(&config.data_dir, ID_HASH_KEY_FILE)
                .map_err(|message| ConfigError { setting: data_dir_setting, message })?;
            (previous, current, IdHashKeySource::Files(config.data_dir.clone()), data_dir_setting)
        }
    };
    if previous.iter().any(|k| k.len() < MIN_SECRET_BYTES) {
        return Err(ConfigError {
            setting: previous_from,
            message: format!("each key rotated out must be at least {MIN_SECRET_BYTES} bytes long"),
        });
    }
    let mut secrets: Vec<Vec<u8>> = previous.into_iter().map(String::into_bytes).collect();
    secrets.push(current);
    let key = crate::domain::national_id::IdHashKey::chain(secrets).expect("the chain holds the current key");
    Ok((key, source))
}

/// A rotation of the generated national-ID hash key files, written beside them and put in
/// their place only once the database has committed (see `lienhiep keys rotate-id-hash`).
#[derive(Debug)]
pub struct StagedIdHashRotation {
    /// (staged, final) paths: the new key, and the previous keys with the current one added.
    files: [(std::path::PathBuf, std::path::PathBuf); 2],
}

/// Writes `<data dir>/id-hash-key.new` (the new key) and `id-hash-previous-keys.new` (the
/// previous keys and the current one, oldest first), mode 0600.
pub fn stage_id_hash_rotation(dir: &Path, new_secret: &str) -> anyhow::Result<StagedIdHashRotation> {
    let key = dir.join(ID_HASH_KEY_FILE);
    let previous = dir.join(ID_HASH_PREVIOUS_KEYS_FILE);
    let current = std::fs::read_to_string(&key)
        .map_err(|e| anyhow::anyhow!("cannot read the current key {}: {e}", key.display()))?;
    let mut keys = match std::fs::read_to_string(&previous) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => anyhow::bail!("cannot read {}: {e}", previous.display()),
    };
    if !keys.is_empty() && !keys.ends_with('\n') {
        keys.push('\n');
    }
    keys.push_str(current.trim());
    keys.push('\n');
    let staged = StagedIdHashRotation {
        files: [(key.with_extension("new"), key), (dir.join(format!("{ID_HASH_PREVIOUS_KEYS_FILE}.new")), previous)],
    };
    for ((path, _), content) in staged.files.iter().zip([new_secret, keys.as_str()]) {
        // A staged file left by a rotation that did not finish is replaced.
        let _ = std::fs::remove_file(path);
        write_private(path, content).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }
    Ok(staged)
}

impl StagedIdHashRotation {
    /// Puts the staged files in place.
    pub fn commit(self) -> anyhow::Result<()> {
        for (staged, path) in &self.files {
            std::fs::rename(staged, path).map_err(|e| {
                anyhow::anyhow!(
                    "the database is re-keyed, but {} could not become {}: {e}; rename it by hand before starting",
                    staged.display(),
                    path.display()
                )
            })?;
        }
        Ok(())
    }

    /// Removes the staged files (the database did not change).
    pub fn discard(self) {
        for (staged, _) in &self.files {
            let _ = std::fs::remove_file(staged);
        }
    }
}

/// A new random secret (64 hex digits) for a key.
pub fn random_secret() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness for a key: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn load_or_generate(dir: &Path, file: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(file);
    match std::fs::read_to_string(&path) {
        Ok(text) if text.trim().len() >= MIN_SECRET_BYTES => return Ok(text.trim().as_bytes().to_vec()),
        Ok(_) => return Err(format!("{} is shorter than {MIN_SECRET_BYTES} bytes", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    }
    let hex = random_secret().map_err(|e| e.to_string())?;
    write_private(&path, &hex).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "generated a key");
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
    fn exactly_the_configured_keys_are_accepted_and_a_token_must_name_its_key() {
        let dir = tempfile::tempdir().expect("dir");
        let pem_path = dir.path().join("ed25519.pem");
        std::fs::write(&pem_path, generate_ed25519_pem().expect("pem")).expect("write");
        let secret = "s".repeat(32);
        let mut config = Config::for_database(DbUrl::Postgres("postgres://x/y".into()), dir.path().to_path_buf());
        config.jwt_secret = Some(secret.clone());
        let hs = AuthKeys::for_config(&config).expect("hs256");
        assert!(hs.decoding_for(None).is_none(), "no kid, no key");
        assert!(hs.decoding_for(Some(&hs.kid)).is_some());
        assert!(hs.decoding_for(Some("someone else's key")).is_none());

        config.jwt_ed25519_key_file = Some(pem_path);
        let switching = AuthKeys::for_config(&config).expect("ed25519 with the secret still configured");
        assert_eq!(switching.algorithm, Algorithm::EdDSA);
        assert_eq!(switching.decoding_for(Some(&hs.kid)).map(|(_, a)| a), Some(Algorithm::HS256));
        config.jwt_secret = None;
        let retired = AuthKeys::for_config(&config).expect("ed25519 alone, no secret required on PostgreSQL");
        assert!(retired.decoding_for(Some(&hs.kid)).is_none(), "the HMAC secret is retired");
        assert!(retired.decoding_for(Some(&retired.kid)).is_some());
        config.jwt_previous_secret = Some(secret);
        let previous = AuthKeys::for_config(&config).expect("previous");
        assert!(previous.decoding_for(Some(&hs.kid)).is_some(), "a named previous secret is accepted");
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

    #[test]
    fn the_id_hash_chain_comes_from_the_settings_or_the_data_folder() {
        let dir = tempfile::tempdir().expect("dir");
        let mut config = Config::for_database(DbUrl::Postgres("postgres://x/y".into()), dir.path().to_path_buf());
        let (first, second) = ("a".repeat(32), "b".repeat(40));
        config.id_hash_key = Some(second.clone());
        config.id_hash_previous_keys = vec![first.clone()];
        let (key, source) = id_hash_key_with_source(&config).expect("configured chain");
        assert_eq!(source, IdHashKeySource::Configured);
        let expected = crate::domain::national_id::IdHashKey::new(first.as_bytes()).then(second.as_bytes());
        assert_eq!(key.key_ids(), expected.key_ids());
        config.id_hash_previous_keys = vec!["short".into()];
        let e = id_hash_key_with_source(&config).expect_err("short previous key");
        assert_eq!(e.setting, "LIENHIEP_ID_HASH_PREVIOUS_KEYS (--id-hash-previous-keys)");
        config.id_hash_key = None;
        config.id_hash_previous_keys = vec![first.clone()];
        assert!(id_hash_key_with_source(&config).is_err(), "previous keys without a current key");

        // SQLite without a configured key: generated, then rotated by files.
        config.database = DbUrl::Sqlite(dir.path().join("x.db"));
        config.id_hash_previous_keys = Vec::new();
        let (generated, source) = id_hash_key_with_source(&config).expect("generated");
        assert_eq!(source, IdHashKeySource::Files(dir.path().to_path_buf()));
        assert_eq!(generated.key_ids().len(), 1);
        let staged = stage_id_hash_rotation(dir.path(), &second).expect("staged");
        assert_eq!(id_hash_key(&config).expect("unchanged").key_ids(), generated.key_ids(), "not yet in place");
        staged.discard();
        assert!(!dir.path().join("id-hash-key.new").exists());
        stage_id_hash_rotation(dir.path(), &second).expect("staged").commit().expect("in place");
        let rotated = id_hash_key(&config).expect("rotated");
        assert_eq!(rotated.key_ids(), generated.then(second.as_bytes()).key_ids());
    }
}
