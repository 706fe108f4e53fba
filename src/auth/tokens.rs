//! Access tokens: the claims, issuing and verifying.

use std::collections::BTreeSet;

use jsonwebtoken::Header;
use serde::{Deserialize, Serialize};

use super::keys::AuthKeys;
use crate::domain::codes::CodeList;
use crate::domain::codes::Role;
use crate::error::ApiError;

/// The claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// Subject: `user:<id>` for a person, `client:<client_id>` for a machine client.
    pub sub: String,
    /// Display name of the subject (username or client id).
    pub name: String,
    /// Role codes.
    pub roles: Vec<String>,
    /// Associations a scoped role applies to.
    #[serde(default)]
    pub association_ids: Vec<i64>,
    /// The person this user is, if linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<i64>,
    /// The password is temporary: only changing it is allowed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub must_change_password: bool,
    /// Issuer.
    pub iss: String,
    /// Audience.
    pub aud: String,
    /// Expiry (seconds since the epoch).
    pub exp: i64,
    /// Issued at.
    pub iat: i64,
    /// Not before.
    pub nbf: i64,
    /// Unique token id.
    pub jti: String,
}

/// Who is calling: the verified content of an access token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The user id, for a person.
    pub user_id: Option<i64>,
    /// The subject as in the token (`user:<id>` or `client:<client_id>`).
    pub subject: String,
    /// Username or client id.
    pub name: String,
    /// Roles held.
    pub roles: BTreeSet<RoleKey>,
    /// Associations a scoped role applies to.
    pub association_ids: BTreeSet<i64>,
    /// The linked person, if any.
    pub person_id: Option<i64>,
    /// The password is temporary: only changing it is allowed.
    pub must_change_password: bool,
}

/// A role, ordered by code so that sets of roles are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RoleKey(&'static str);

impl RoleKey {
    /// The role.
    pub fn role(self) -> Option<Role> {
        Role::from_code(self.0)
    }
}

impl From<Role> for RoleKey {
    fn from(role: Role) -> Self {
        RoleKey(role.code())
    }
}

impl Principal {
    /// Whether the caller holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&RoleKey::from(role))
    }

    /// Whether the caller holds any of `roles`.
    pub fn has_any(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.has(*r))
    }

    /// Admin or staff: the union's own people.
    pub fn is_union_staff(&self) -> bool {
        self.has_any(&[Role::Admin, Role::Staff])
    }

    /// 403 unless the caller holds one of `roles`.
    pub fn require_any(&self, roles: &[Role]) -> Result<(), ApiError> {
        if self.has_any(roles) {
            return Ok(());
        }
        let names: Vec<&str> = roles.iter().map(|r| r.code()).collect();
        Err(ApiError::Forbidden(format!("this needs one of the roles: {}", names.join(", "))))
    }

    /// Whether the caller may act for association `id`: admin, staff, or its manager.
    pub fn manages(&self, association_id: i64) -> bool {
        self.is_union_staff() || (self.has(Role::AssociationManager) && self.association_ids.contains(&association_id))
    }

    /// 403 unless the caller may act for association `id`.
    pub fn require_manages(&self, association_id: i64) -> Result<(), ApiError> {
        if self.manages(association_id) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(format!(
                "this needs the role admin or staff, or association_manager of association {association_id}"
            )))
        }
    }

    /// A label for audit records: `user:12 (an.nguyen)`.
    pub fn actor_label(&self) -> String {
        format!("{} ({})", self.subject, self.name)
    }

    fn from_claims(claims: Claims) -> Self {
        let roles = claims.roles.iter().filter_map(|code| Role::from_code(code)).map(RoleKey::from).collect();
        let user_id = claims.sub.strip_prefix("user:").and_then(|id| id.parse().ok());
        Principal {
            user_id,
            subject: claims.sub,
            name: claims.name,
            roles,
            association_ids: claims.association_ids.into_iter().collect(),
            person_id: claims.person_id,
            must_change_password: claims.must_change_password,
        }
    }
}

/// What a new token says about its subject.
#[derive(Debug, Clone)]
pub struct TokenSubject {
    /// `user:<id>` or `client:<client_id>`.
    pub sub: String,
    /// Username or client id.
    pub name: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// Associations of scoped roles.
    pub association_ids: Vec<i64>,
    /// Linked person.
    pub person_id: Option<i64>,
    /// The password is temporary.
    pub must_change_password: bool,
}

/// A signed access token and its lifetime in seconds.
pub fn issue(keys: &AuthKeys, subject: &TokenSubject) -> Result<(String, u64), ApiError> {
    let now = chrono::Utc::now().timestamp();
    let ttl = keys.access_ttl.as_secs();
    let claims = Claims {
        sub: subject.sub.clone(),
        name: subject.name.clone(),
        roles: subject.roles.iter().map(|r| r.code().to_owned()).collect(),
        association_ids: subject.association_ids.clone(),
        person_id: subject.person_id,
        must_change_password: subject.must_change_password,
        iss: keys.issuer.clone(),
        aud: keys.audience.clone(),
        exp: now + i64::try_from(ttl).unwrap_or(i64::MAX / 2),
        iat: now,
        nbf: now,
        jti: uuid::Uuid::new_v4().to_string(),
    };
    let mut header = Header::new(keys.algorithm);
    header.kid = Some(keys.kid.clone());
    let token = jsonwebtoken::encode(&header, &claims, keys.encoding()).map_err(|e| ApiError::Internal(e.into()))?;
    Ok((token, ttl))
}

/// Verifies a token: algorithm pinned to HS256, signature, `exp`, `nbf`, `iss`, `aud`, and
/// the key id when one is given.
pub fn verify(keys: &AuthKeys, token: &str) -> Result<Principal, ApiError> {
    use jsonwebtoken::errors::ErrorKind;
    let header = jsonwebtoken::decode_header(token).map_err(|_| invalid())?;
    let (key, algorithm) = keys.decoding_for(header.kid.as_deref()).ok_or_else(invalid)?;
    if header.alg != algorithm {
        return Err(invalid());
    }
    match jsonwebtoken::decode::<Claims>(token, key, &keys.validation(algorithm)) {
        Ok(data) => Ok(Principal::from_claims(data.claims)),
        Err(e) => match e.kind() {
            ErrorKind::ExpiredSignature => Err(ApiError::Unauthorized("the bearer token has expired".into())),
            ErrorKind::ImmatureSignature => Err(ApiError::Unauthorized("the bearer token is not valid yet".into())),
            _ => Err(invalid()),
        },
    }
}

fn invalid() -> ApiError {
    ApiError::Unauthorized("the bearer token is invalid".into())
}
