//! Extractors: `AuthUser` requires a valid bearer token (401 otherwise); `MaybeAuthUser`
//! accepts anonymous callers but still refuses a bad token.

use std::future::{ready, Ready};

use actix_web::http::header;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};

use crate::auth::tokens::{verify, Principal};
use crate::error::ApiError;
use crate::state::AppState;

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct AuthUser(pub Principal);

/// A caller that may be anonymous. A token that is present but invalid is still a 401.
#[derive(Debug, Clone)]
pub struct MaybeAuthUser(pub Option<Principal>);

/// The bearer token of a request, if it carries one. Another scheme is a 401.
pub fn bearer_token(req: &HttpRequest) -> Result<Option<&str>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value.to_str().map_err(|_| ApiError::Unauthorized("the Authorization header is unreadable".into()))?;
    let (scheme, token) = value.split_once(' ').unwrap_or((value, ""));
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(ApiError::Unauthorized("send the access token as `Authorization: Bearer <token>`".into()));
    }
    Ok(Some(token.trim()))
}

/// The verified caller of a request, if it sent a token. The token is verified once per
/// request (the idempotency middleware and the handler's extractor share the result).
pub fn principal_of(req: &HttpRequest) -> Result<Option<Principal>, ApiError> {
    if let Some(principal) = req.extensions().get::<Principal>() {
        return Ok(Some(principal.clone()));
    }
    let Some(token) = bearer_token(req)? else {
        return Ok(None);
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state is missing")))?;
    let principal = verify(&state.keys, token)?;
    req.extensions_mut().insert(principal.clone());
    Ok(Some(principal))
}

/// Paths a user with a temporary password may still call.
const PASSWORD_CHANGE_PATHS: &[&str] = &["/api/v1/me", "/api/v1/me/password"];

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        ready(principal_of(req).and_then(|p| {
            let p = p.ok_or_else(|| ApiError::Unauthorized("this needs a bearer token".into()))?;
            if p.must_change_password && !PASSWORD_CHANGE_PATHS.contains(&req.path()) {
                return Err(ApiError::Forbidden(
                    "the password is temporary: change it with POST /api/v1/me/password, then log in again".into(),
                ));
            }
            Ok(AuthUser(p))
        }))
    }
}

impl FromRequest for MaybeAuthUser {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        ready(principal_of(req).map(MaybeAuthUser))
    }
}
