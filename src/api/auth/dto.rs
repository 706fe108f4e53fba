//! Request and response types of authentication.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A token request (RFC 6749), as a form (`application/x-www-form-urlencoded`) or JSON.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[schema(example = json!({"grant_type": "password", "username": "an.nguyen", "password": "a long passphrase"}))]
pub struct TokenRequest {
    /// How the client proves who it is (any other value: `unsupported_grant_type`).
    #[schema(value_type = GrantType)]
    pub grant_type: String,
    /// With `password`: the username.
    #[serde(default)]
    pub username: Option<String>,
    /// With `password`: the password.
    #[serde(default)]
    pub password: Option<String>,
    /// With `refresh_token`: the refresh token from the previous answer.
    #[serde(default)]
    pub refresh_token: Option<String>,
    /// With `client_credentials`: the client id (or send it by HTTP Basic).
    #[serde(default)]
    pub client_id: Option<String>,
    /// With `client_credentials`: the client secret (or send it by HTTP Basic).
    #[serde(default)]
    pub client_secret: Option<String>,
    /// Ignored: a token carries all the caller's roles.
    #[serde(default)]
    pub scope: Option<String>,
}

/// A successful token answer (RFC 6749 §5.1).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"access_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6IjNmMmEwYyJ9…", "token_type": "Bearer", "expires_in": 900, "refresh_token": "q3N0b2tlbi1leGFtcGxlLW5vdC1yZWFs"}))]
pub struct TokenResponse {
    /// The access token (a JWT); send it as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// For people: a refresh token (30 days by default). Each use returns a new one and
    /// retires the old; presenting a retired one again ends every session of that login.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

/// A token-endpoint error (RFC 6749 §5.2), answered in the OAuth 2 form rather than as a
/// problem document, because OAuth client libraries read it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"error": "invalid_grant", "error_description": "the username or password is wrong"}))]
pub struct OAuthError {
    /// What went wrong, as RFC 6749 section 5.2 names it.
    pub error: OAuthErrorCode,
    /// A human-readable explanation.
    pub error_description: String,
}

/// The grants of the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GrantType {
    /// A person logs in with `username` and `password`.
    Password,
    /// A new access token (and refresh token) for a `refresh_token`, without the password.
    RefreshToken,
    /// A machine client, with `client_id` and `client_secret` (or HTTP Basic).
    ClientCredentials,
}

/// The error codes of the token endpoint (RFC 6749 section 5.2; `temporarily_unavailable`
/// from section 4.1.2.1, for too many failed logins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OAuthErrorCode {
    /// Something required is missing, or the body does not parse.
    InvalidRequest,
    /// The username and password, or the refresh token, are wrong, expired or revoked, or
    /// the account is disabled.
    InvalidGrant,
    /// The client id or secret is wrong, or the client is disabled.
    InvalidClient,
    /// The `grant_type` is none of `GrantType`.
    UnsupportedGrantType,
    /// Too many failed logins: wait `Retry-After` seconds.
    TemporarilyUnavailable,
}

/// A token revocation request (RFC 7009).
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct RevokeRequest {
    /// The refresh token to revoke (its whole login is ended).
    pub token: String,
    /// `refresh_token` (access tokens cannot be revoked; they expire within minutes).
    #[serde(default)]
    pub token_type_hint: Option<String>,
}

/// The caller, as its access token says.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"subject": "user:12", "user_id": 12, "name": "an.nguyen", "roles": ["association_manager"], "association_ids": [3], "person_id": null, "must_change_password": false}))]
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
    /// The password is temporary: change it with `POST /api/v1/me/password` before anything else.
    pub must_change_password: bool,
}

/// A change of one's own password.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// The current password.
    pub current_password: String,
    /// The new password: at least 10 characters, not the username, not a common password.
    #[schema(min_length = 10, max_length = 256)]
    pub new_password: String,
}
