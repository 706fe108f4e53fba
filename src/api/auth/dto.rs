//! Request and response types of authentication.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A token request (RFC 6749 §4.3), as a form (`application/x-www-form-urlencoded`) or JSON.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[schema(example = json!({"grant_type": "password", "username": "an.nguyen", "password": "a long passphrase"}))]
pub struct TokenRequest {
    /// `password` for a person logging in.
    pub grant_type: String,
    /// The username (with `password`).
    #[serde(default)]
    pub username: Option<String>,
    /// The password (with `password`).
    #[serde(default)]
    pub password: Option<String>,
    /// Ignored: a token carries all the caller's roles.
    #[serde(default)]
    pub scope: Option<String>,
}

/// A successful token answer (RFC 6749 §5.1).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"access_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6IjNmMmEwYyJ9…", "token_type": "Bearer", "expires_in": 900}))]
pub struct TokenResponse {
    /// The access token (a JWT); send it as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
}

/// A token-endpoint error (RFC 6749 §5.2), answered in the OAuth 2 form rather than as a
/// problem document, because OAuth client libraries read it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"error": "invalid_grant", "error_description": "the username or password is wrong"}))]
pub struct OAuthError {
    /// `invalid_request`, `invalid_grant`, `unsupported_grant_type` or `invalid_client`.
    pub error: String,
    /// A human-readable explanation.
    pub error_description: String,
}

/// The caller, as its access token says.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"subject": "user:12", "user_id": 12, "name": "an.nguyen", "roles": ["association_manager"], "association_ids": [3], "person_id": null}))]
pub struct Me {
    /// `user:<id>` for a person, `client:<client_id>` for a machine client.
    pub subject: String,
    /// The user id, for a person.
    pub user_id: Option<i64>,
    /// Username or client id.
    pub name: String,
    /// Role codes (see `/api/v1/reference/roles`).
    pub roles: Vec<String>,
    /// The associations a scoped role (`association_manager`) applies to.
    pub association_ids: Vec<i64>,
    /// The person this user is, if linked.
    pub person_id: Option<i64>,
}
