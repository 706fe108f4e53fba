//! Handlers of authentication.

use actix_web::http::header::{self, ContentType};
use actix_web::{get, post, web, HttpRequest, HttpResponse};

use super::dto::{Me, OAuthError, TokenRequest, TokenResponse};
use crate::auth::password::{verify_dummy, verify_password};
use crate::auth::tokens::{issue, TokenSubject};
use crate::auth::AuthUser;
use crate::db::run_blocking;
use crate::error::ApiResult;
use crate::models::user;
use crate::startup::AppState;

fn oauth_error(status: actix_web::http::StatusCode, error: &str, description: &str) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(OAuthError { error: error.into(), error_description: description.into() })
}

fn bad_request(error: &str, description: &str) -> HttpResponse {
    oauth_error(actix_web::http::StatusCode::BAD_REQUEST, error, description)
}

/// Reads the token request from a form or JSON body.
fn parse_request(req: &HttpRequest, body: &[u8]) -> Result<TokenRequest, String> {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let parsed = match mime.as_str() {
        "application/x-www-form-urlencoded" => {
            serde_urlencoded::from_bytes::<TokenRequest>(body).map_err(|e| e.to_string())
        }
        "application/json" => serde_json::from_slice::<TokenRequest>(body).map_err(|e| e.to_string()),
        _ => return Err("send the request as application/x-www-form-urlencoded (or application/json)".into()),
    };
    parsed.map_err(|e| format!("the request cannot be read: {e}"))
}

/// Get an access token
///
/// The OAuth 2 token endpoint. With `grant_type=password`, a person logs in with username
/// and password and receives a short-lived access token (a JWT, 15 minutes by default) to
/// send as `Authorization: Bearer <token>`. Accepts a form (`application/x-www-form-urlencoded`,
/// as OAuth client libraries send) or JSON. Errors follow RFC 6749 §5.2 (`{"error": …}`),
/// not problem+json: a wrong username and a wrong password get the same answer.
#[utoipa::path(
    tag = "auth",
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded",
        description = "The OAuth 2 form; the same fields as JSON (`application/json`) are accepted too"),
    responses(
        (status = 200, description = "The access token", body = TokenResponse,
            headers(("Cache-Control" = String, description = "`no-store`"))),
        (status = 400, description = "The request is invalid or the credentials are wrong (RFC 6749 §5.2)", body = OAuthError),
        (status = 413, response = crate::api::responses::PayloadTooLarge),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[post("/auth/token")]
pub async fn create_token(state: web::Data<AppState>, req: HttpRequest, body: web::Bytes) -> ApiResult<HttpResponse> {
    let request = match parse_request(&req, &body) {
        Ok(r) => r,
        Err(description) => return Ok(bad_request("invalid_request", &description)),
    };
    match request.grant_type.as_str() {
        "password" => {}
        "" => return Ok(bad_request("invalid_request", "grant_type is required")),
        _ => return Ok(bad_request("unsupported_grant_type", "the supported grant_type is password")),
    }
    let (Some(username), Some(password)) = (request.username.filter(|u| !u.is_empty()), request.password) else {
        return Ok(bad_request("invalid_request", "username and password are required"));
    };
    let account = {
        let username = username.clone();
        run_blocking(&state.pool, move |conn| {
            let account = user::find_by_username(conn, &username)?;
            // Argon2 runs here, off the async workers; an unknown user costs the same time.
            Ok(match account {
                Some(a) if verify_password(&password, &a.user.password_hash) => Some(a),
                Some(_) => None,
                None => {
                    verify_dummy(&password);
                    None
                }
            })
        })
        .await?
    };
    let Some(account) = account else {
        tracing::info!(username = %username.chars().take(64).collect::<String>(), "login failed");
        return Ok(bad_request("invalid_grant", "the username or password is wrong"));
    };
    if !account.user.enabled {
        return Ok(bad_request("invalid_grant", "this account is disabled"));
    }
    let subject = TokenSubject {
        sub: format!("user:{}", account.user.id),
        name: account.user.username.clone(),
        roles: account.roles.clone(),
        association_ids: account.association_ids.clone(),
        person_id: account.user.person_id,
    };
    let (access_token, expires_in) = issue(&state.keys, &subject)?;
    tracing::info!(user_id = account.user.id, "login succeeded");
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .insert_header(ContentType::json())
        .json(TokenResponse { access_token, token_type: "Bearer".into(), expires_in }))
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
    let roles = principal
        .roles
        .iter()
        .filter_map(|r| r.role())
        .map(|r| crate::domain::codes::CodeList::code(r).to_owned())
        .collect();
    Ok(HttpResponse::Ok().json(Me {
        subject: principal.subject.clone(),
        user_id: principal.user_id,
        name: principal.name.clone(),
        roles,
        association_ids: principal.association_ids.iter().copied().collect(),
        person_id: principal.person_id,
    }))
}
