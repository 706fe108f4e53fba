//! Handlers of authentication: the OAuth 2 token endpoint (password, refresh token and
//! client credentials grants), revocation, the caller and its password.

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::Duration;

use super::dto::{Me, OAuthError, OAuthErrorCode, PasswordChange, RevokeRequest, TokenRequest, TokenResponse};
use crate::api::caller::AuthUser;
use crate::api::extract::JsonObject;
use crate::auth::password::{check_policy, hash_password, verify_dummy, verify_password};
use crate::auth::tokens::{issue, TokenSubject};
use crate::db::run_blocking;
use crate::domain::codes::CodeList;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::refresh_token::Exchange;
use crate::models::{api_client, login_attempt, refresh_token, user};
use crate::state::AppState;

fn oauth_error(status: StatusCode, error: OAuthErrorCode, description: &str) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(OAuthError { error, error_description: description.into() })
}

fn bad_request(error: OAuthErrorCode, description: &str) -> HttpResponse {
    oauth_error(StatusCode::BAD_REQUEST, error, description)
}

/// Reads a form or JSON body.
fn parse_body<T: serde::de::DeserializeOwned>(req: &HttpRequest, body: &[u8]) -> Result<T, String> {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let parsed = match mime.as_str() {
        "application/x-www-form-urlencoded" => serde_urlencoded::from_bytes::<T>(body).map_err(|e| e.to_string()),
        "application/json" => serde_json::from_slice::<serde_json::Value>(body)
            .map_err(|e| e.to_string())
            .and_then(|v| if v.is_object() { Ok(v) } else { Err("the body must be a JSON object".into()) })
            .and_then(|v| serde_json::from_value::<T>(v).map_err(|e| e.to_string())),
        _ => return Err("send the request as application/x-www-form-urlencoded (or application/json)".into()),
    };
    parsed.map_err(|e| format!("the request cannot be read: {e}"))
}

/// Client credentials from `Authorization: Basic` (RFC 6749 §2.3.1: each part form-encoded).
fn basic_credentials(req: &HttpRequest) -> Option<Result<(String, String), ()>> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decode = |part: &str| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(&format!("v={part}"))
            .ok()
            .and_then(|mut v| v.pop())
            .map(|(_, value)| value)
    };
    let parsed =
        STANDARD.decode(encoded.trim()).ok().and_then(|bytes| String::from_utf8(bytes).ok()).and_then(|text| {
            let (id, secret) = text.split_once(':')?;
            Some((decode(id)?, decode(secret)?))
        });
    Some(parsed.ok_or(()))
}

fn client_addr(req: &HttpRequest, state: &AppState) -> String {
    crate::middleware::limits::client_addr(req, state.config.trust_forwarded_for)
}

fn token_answer(access_token: String, expires_in: u64, refresh_token: Option<String>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .insert_header(ContentType::json())
        .json(TokenResponse { access_token, token_type: "Bearer".into(), expires_in, refresh_token })
}

fn subject_of(account: &user::UserAccount) -> TokenSubject {
    TokenSubject {
        sub: format!("user:{}", account.user.id),
        name: account.user.username.clone(),
        roles: account.roles.clone(),
        association_ids: account.association_ids.clone(),
        person_id: account.user.person_id,
        must_change_password: account.user.must_change_password,
    }
}

fn refresh_ttl(state: &AppState) -> Duration {
    Duration::seconds(i64::try_from(state.config.refresh_token_ttl.as_secs()).unwrap_or(2_592_000))
}

/// Get an access token
///
/// The OAuth 2 token endpoint (RFC 6749). Three grants:
/// - `password`: a person logs in with `username` and `password`, and receives an access
///   token (a JWT, 15 minutes by default) and a refresh token. After 5 failed logins for a
///   username within 15 minutes, or 20 from one address, logins are refused with `429` and
///   `Retry-After`. A wrong username and a wrong password get the same answer.
/// - `refresh_token`: exchanges a refresh token for a new access token and a new refresh
///   token (rotation). Presenting a refresh token that was already exchanged ends every
///   session of that login; a disabled user's refresh is refused at once.
/// - `client_credentials`: a machine client (`/api/v1/api-clients`) sends `client_id` and
///   `client_secret` in the body or by HTTP Basic, and receives an access token.
///
/// Accepts a form (`application/x-www-form-urlencoded`) or JSON. Errors follow RFC 6749 §5.2.
#[utoipa::path(
    tag = "auth",
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded",
        description = "The OAuth 2 form; the same fields as JSON (`application/json`) are accepted too"),
    responses(
        (status = 200, description = "The tokens", body = TokenResponse,
            headers(("Cache-Control" = String, description = "`no-store`"))),
        (status = 400, description = "The request is invalid or the grant is wrong (RFC 6749 §5.2)", body = OAuthError),
        (status = 401, description = "The client credentials are wrong (`invalid_client`)", body = OAuthError),
        (status = 413, response = crate::api::responses::PayloadTooLarge),
        (status = 429, description = "Too many failed logins (`temporarily_unavailable`); retry after `Retry-After` seconds", body = OAuthError,
            headers(("Retry-After" = u32, description = "Seconds to wait"))),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[post("/auth/token")]
pub async fn create_token(state: web::Data<AppState>, req: HttpRequest, body: web::Bytes) -> ApiResult<HttpResponse> {
    let request: TokenRequest = match parse_body(&req, &body) {
        Ok(r) => r,
        Err(description) => return Ok(bad_request(OAuthErrorCode::InvalidRequest, &description)),
    };
    match request.grant_type.as_str() {
        "password" => password_grant(state, &req, request).await,
        "refresh_token" => refresh_grant(state, request).await,
        "client_credentials" => client_credentials_grant(state, &req, request).await,
        "" => Ok(bad_request(OAuthErrorCode::InvalidRequest, "grant_type is required")),
        _ => Ok(bad_request(
            OAuthErrorCode::UnsupportedGrantType,
            "the supported grant types are password, refresh_token and client_credentials",
        )),
    }
}

async fn password_grant(
    state: web::Data<AppState>,
    req: &HttpRequest,
    request: TokenRequest,
) -> ApiResult<HttpResponse> {
    let (Some(username), Some(password)) = (request.username.filter(|u| !u.is_empty()), request.password) else {
        return Ok(bad_request(OAuthErrorCode::InvalidRequest, "username and password are required"));
    };
    if username.len() > 128 || username.contains('\0') || password.len() > 1024 {
        // No such user can exist; answer as for a wrong password.
        return Ok(bad_request(OAuthErrorCode::InvalidGrant, "the username or password is wrong"));
    }
    let addr = client_addr(req, &state);
    let throttle = state.config.login_throttle;
    let ttl = refresh_ttl(&state);
    let key = login_attempt::username_key(&username);
    enum Outcome {
        Throttled(u64),
        Wrong,
        Disabled,
        Ok(Box<user::UserAccount>, String),
    }
    let outcome = run_blocking(&state.pool, move |conn| {
        let now = crate::domain::time::now();
        let attempt = match login_attempt::reserve(conn, &key, &addr, now, &throttle)? {
            Ok(attempt) => attempt,
            Err(wait) => {
                verify_dummy(&password);
                return Ok(Outcome::Throttled(wait));
            }
        };
        // Argon2 runs here, off the async workers; an unknown user costs the same time.
        let account = match user::find_by_username(conn, &username)? {
            Some(a) if verify_password(&password, &a.user.password_hash) => Some(a),
            Some(_) => None,
            None => {
                verify_dummy(&password);
                None
            }
        };
        if account.is_some() {
            login_attempt::succeeded(conn, attempt)?;
        }
        let Some(account) = account else {
            return Ok(Outcome::Wrong);
        };
        if !account.user.enabled {
            return Ok(Outcome::Disabled);
        }
        user::record_login(conn, account.user.id, now)?;
        let refresh = refresh_token::issue(conn, account.user.id, now, ttl)?;
        Ok(Outcome::Ok(Box::new(account), refresh))
    })
    .await?;
    match outcome {
        Outcome::Throttled(wait) => {
            tracing::warn!(retry_after = wait, "login throttled");
            let mut response = oauth_error(
                StatusCode::TOO_MANY_REQUESTS,
                OAuthErrorCode::TemporarilyUnavailable,
                "too many failed logins; wait before trying again",
            );
            if let Ok(value) = header::HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Ok(response)
        }
        Outcome::Wrong => {
            tracing::info!("login failed");
            Ok(bad_request(OAuthErrorCode::InvalidGrant, "the username or password is wrong"))
        }
        Outcome::Disabled => Ok(bad_request(OAuthErrorCode::InvalidGrant, "this account is disabled")),
        Outcome::Ok(account, refresh) => {
            let (access, expires_in) = issue(&state.keys, &subject_of(&account))?;
            tracing::info!(user_id = account.user.id, "login succeeded");
            Ok(token_answer(access, expires_in, Some(refresh)))
        }
    }
}

async fn refresh_grant(state: web::Data<AppState>, request: TokenRequest) -> ApiResult<HttpResponse> {
    let Some(token) = request.refresh_token.filter(|t| !t.is_empty() && t.len() <= 256) else {
        return Ok(bad_request(OAuthErrorCode::InvalidRequest, "refresh_token is required"));
    };
    let ttl = refresh_ttl(&state);
    let outcome = run_blocking(&state.pool, move |conn| {
        let now = crate::domain::time::now();
        let exchange = refresh_token::exchange(conn, &token, now, ttl, user::is_enabled)?;
        Ok(match exchange {
            Exchange::Rotated { user_id, token } => Some((user::get(conn, user_id)?, token)),
            Exchange::Reused => {
                tracing::warn!("a rotated refresh token was presented again; its login is revoked");
                None
            }
            Exchange::Invalid => None,
        })
    })
    .await?;
    let Some((account, refresh)) = outcome else {
        return Ok(bad_request(
            OAuthErrorCode::InvalidGrant,
            "the refresh token is invalid, expired or revoked; log in again",
        ));
    };
    let (access, expires_in) = issue(&state.keys, &subject_of(&account))?;
    Ok(token_answer(access, expires_in, Some(refresh)))
}

async fn client_credentials_grant(
    state: web::Data<AppState>,
    req: &HttpRequest,
    request: TokenRequest,
) -> ApiResult<HttpResponse> {
    let basic = basic_credentials(req);
    let used_basic = basic.is_some();
    let credentials = match basic {
        Some(Ok(pair)) => Some(pair),
        Some(Err(())) => None,
        None => request.client_id.zip(request.client_secret),
    };
    let invalid_client = || {
        let mut response = oauth_error(
            StatusCode::UNAUTHORIZED,
            OAuthErrorCode::InvalidClient,
            "the client id or secret is wrong, or the client is disabled",
        );
        if used_basic {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Basic realm=\"lienhiep\""));
        }
        response
    };
    let Some((client_id, client_secret)) =
        credentials.filter(|(id, secret)| id.len() <= 128 && secret.len() <= 256 && !id.contains('\0'))
    else {
        return Ok(invalid_client());
    };
    let client = run_blocking(&state.pool, move |conn| {
        Ok(api_client::authenticate(conn, &client_id, &client_secret, crate::domain::time::now())?)
    })
    .await?;
    let Some(client) = client else {
        return Ok(invalid_client());
    };
    let subject = TokenSubject {
        sub: format!("client:{}", client.row.client_id),
        name: client.row.name.clone(),
        roles: client.roles.clone(),
        association_ids: client.association_ids.clone(),
        person_id: None,
        must_change_password: false,
    };
    let (access, expires_in) = issue(&state.keys, &subject)?;
    Ok(token_answer(access, expires_in, None))
}

/// Revoke a refresh token
///
/// Logs out (RFC 7009): the refresh token, and every token rotated from the same login,
/// stop working at once. Answers `200` whether or not the token was known. Access tokens
/// cannot be revoked; they expire within their lifetime (15 minutes by default).
#[utoipa::path(
    tag = "auth",
    request_body(content = RevokeRequest, content_type = "application/x-www-form-urlencoded",
        description = "The RFC 7009 form; JSON is accepted too"),
    responses(
        (status = 200, description = "Revoked (or unknown)"),
        (status = 400, description = "The request cannot be read", body = OAuthError),
        (status = 413, response = crate::api::responses::PayloadTooLarge),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[post("/auth/revoke")]
pub async fn revoke_token(state: web::Data<AppState>, req: HttpRequest, body: web::Bytes) -> ApiResult<HttpResponse> {
    let request: RevokeRequest = match parse_body(&req, &body) {
        Ok(r) => r,
        Err(description) => return Ok(bad_request(OAuthErrorCode::InvalidRequest, &description)),
    };
    if request.token.len() <= 256 {
        run_blocking(&state.pool, move |conn| {
            Ok(refresh_token::revoke(conn, &request.token, crate::domain::time::now())?)
        })
        .await?;
    }
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).finish())
}

/// Public signing keys
///
/// The JWK Set (RFC 7517) of the keys that sign access tokens, so that other systems can
/// verify our tokens without holding a secret. Tokens name their key in the `kid` header.
/// Empty when tokens are signed with a shared secret (HS256): configure
/// `LIENHIEP_JWT_ED25519_KEY_FILE` to sign with EdDSA and publish the public key here.
#[utoipa::path(
    tag = "auth",
    responses((status = 200, description = "The JWK Set", body = Object, content_type = "application/json",
        example = json!({"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", "kid": "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", "alg": "EdDSA", "use": "sig"}]}))),
    security(())
)]
#[get("/auth/jwks.json")]
pub async fn get_jwks(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "public, max-age=300")).json(state.keys.jwks())
}

/// Who am I
///
/// The caller as its access token says: subject, roles and association scope.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "The caller", body = Me),
        (status = 401, response = crate::api::responses::Unauthorized),
    ),
    security(("bearer" = []))
)]
#[get("/me")]
pub async fn get_me(AuthUser(principal): AuthUser) -> ApiResult<HttpResponse> {
    let roles = principal.roles.iter().filter_map(|r| r.role()).map(|r| r.code().to_owned()).collect();
    Ok(HttpResponse::Ok().json(Me {
        subject: principal.subject.clone(),
        user_id: principal.user_id,
        name: principal.name.clone(),
        roles,
        association_ids: principal.association_ids.iter().copied().collect(),
        person_id: principal.person_id,
        must_change_password: principal.must_change_password,
    }))
}

/// Change my password
///
/// A person changes its own password, giving the current one. A temporary password set by
/// an admin must be changed this way before anything else. Every refresh token of the user
/// is revoked: log in again with the new password.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed"),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 413, response = crate::api::responses::PayloadTooLarge),
        (status = 415, response = crate::api::responses::UnsupportedMediaType),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[post("/me/password")]
pub async fn change_my_password(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<PasswordChange>,
) -> ApiResult<HttpResponse> {
    let Some(user_id) = principal.user_id else {
        return Err(ApiError::Forbidden("machine clients have no password; rotate the secret instead".into()));
    };
    let change = body.into_inner()?;
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| {
        let account = user::get(conn, user_id)?;
        if !verify_password(&change.current_password, &account.user.password_hash) {
            return Err(ApiError::invalid("current_password", "wrong", "is not the current password"));
        }
        check_policy(&change.new_password, &account.user.username)
            .map_err(|m| ApiError::invalid("new_password", "policy", m))?;
        if change.new_password == change.current_password {
            return Err(ApiError::invalid("new_password", "unchanged", "must differ from the current password"));
        }
        let hash = hash_password(&change.new_password)?;
        user::set_password(conn, &ctx, user_id, &hash, false)?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
