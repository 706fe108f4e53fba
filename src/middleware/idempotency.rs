//! `Idempotency-Key` on writes (POST, PUT, PATCH, DELETE), kept per actor for 24 hours in the
//! database so that every replica sees it:
//!
//! - the same key with the same request replays the first answer, with `Idempotency-Replayed: true`;
//! - the same key with another request is a 422;
//! - a duplicate that arrives while the first is still running is a 409;
//! - an answer that says "try again" (429, 5xx) is not kept, so the retry runs anew.
//!
//! Anonymous requests are not covered (writes need a token; the handler answers 401).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpResponse, ResponseError};
use sha2::{Digest, Sha256};

use crate::api::caller::principal_of;
use crate::db::run_blocking;
use crate::error::ApiError;
use crate::models::idempotency::{self as store, Begin, StoredResponse};
use crate::state::AppState;

/// The request header.
pub const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
/// The header on a replayed answer.
pub const IDEMPOTENCY_REPLAYED: HeaderName = HeaderName::from_static("idempotency-replayed");

/// Headers of the first answer that a replay repeats.
const REPLAYED_HEADERS: &[HeaderName] = &[header::CONTENT_TYPE, header::LOCATION, header::ETAG];

/// Checks a key: 1 to 255 visible ASCII characters.
pub fn valid_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= 255 && key.bytes().all(|b| b.is_ascii_graphic())
}

/// Hash of everything that makes two requests "the same".
pub fn request_hash(method: &Method, path_and_query: &str, content_type: &str, body: &[u8]) -> String {
    let mut h = request_hasher(method, path_and_query, content_type);
    h.update(body);
    hex(h)
}

/// The hash of a request's method, path and media type, to be fed its body as it arrives.
fn request_hasher(method: &Method, path_and_query: &str, content_type: &str) -> Sha256 {
    let mut h = Sha256::new();
    for part in [method.as_str().as_bytes(), path_and_query.as_bytes(), content_type.as_bytes()] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part);
    }
    h
}

fn hex(h: Sha256) -> String {
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes of a body kept in memory while it is hashed; the rest waits on disk (`body::Spool`).
const IN_MEMORY: usize = 1 << 20;

/// The middleware. See the module documentation.
pub async fn idempotency(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let is_write = matches!(*req.method(), Method::POST | Method::PUT | Method::PATCH | Method::DELETE);
    let key = req.headers().get(&IDEMPOTENCY_KEY).map(|v| v.to_str().map(str::to_owned));
    let (true, Some(key)) = (is_write, key) else {
        return next.call(req).await.map(ServiceResponse::map_into_boxed_body);
    };
    let documented = req
        .app_data::<web::Data<crate::state::RouteIndex>>()
        .is_some_and(|index| index.has(req.method().as_str(), req.path()));
    let (true, Ok(Some(principal)), Some(state)) =
        (documented, principal_of(req.request()), req.app_data::<web::Data<AppState>>().cloned())
    else {
        // Anonymous or a bad token: the handler answers 401; nothing to remember.
        return next.call(req).await.map(ServiceResponse::map_into_boxed_body);
    };
    let Ok(key) = key.map_err(|_| ()).and_then(|k| if valid_key(&k) { Ok(k) } else { Err(()) }) else {
        let e = ApiError::BadRequest("Idempotency-Key must be 1 to 255 visible ASCII characters".into());
        return Ok(req.error_response(e));
    };
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let path = req.uri().path_and_query().map_or_else(|| req.path().to_owned(), |pq| pq.as_str().to_owned());
    // The body is hashed as it arrives and kept for the handler: a large file on disk, not in
    // memory (its size is bounded by the route's limit, see `body`).
    let mut hasher = request_hasher(req.method(), &path, &content_type);
    let mut spool = crate::body::Spool::new(state.config.data_dir.clone(), IN_MEMORY);
    let mut payload = req.take_payload();
    while let Some(chunk) = futures_util::StreamExt::next(&mut payload).await {
        let Ok(chunk) = chunk else {
            // Over the limit or too slow: the limits middleware answers for it.
            return Ok(req.error_response(ApiError::BadRequest("the body could not be read".into())));
        };
        hasher.update(&chunk);
        if let Err(e) = spool.push(&chunk) {
            return Ok(req.error_response(ApiError::Internal(anyhow::anyhow!("keeping the body: {e}"))));
        }
    }
    match spool.into_payload() {
        Ok(body) => req.set_payload(body),
        Err(e) => return Ok(req.error_response(ApiError::Internal(anyhow::anyhow!("reading the body back: {e}")))),
    }
    let hash = hex(hasher);
    let actor = principal.subject.clone();
    let now = crate::domain::time::now();

    let begin = {
        let (actor, key) = (actor.clone(), key.clone());
        run_blocking(&state.pool, move |conn| {
            // Now and then, sweep expired keys of every actor.
            if hash_byte(&key) == 0 {
                store::purge_expired(conn, now)?;
            }
            Ok(store::begin(conn, &actor, &key, &hash, now)?)
        })
        .await
    };
    match begin {
        Err(e) => Ok(req.error_response(e)),
        Ok(Begin::Mismatch) => Ok(req.error_response(ApiError::invalid(
            "Idempotency-Key",
            "idempotency_key_reused",
            "this key was already used with a different request; use a new key for a new request",
        ))),
        Ok(Begin::InFlight) => Ok(req.error_response(ApiError::conflict(
            "a request with this Idempotency-Key is still being processed; retry later",
        ))),
        Ok(Begin::Replay(stored)) => {
            let response = replay(&stored);
            Ok(req.into_response(response))
        }
        Ok(Begin::Started) => {
            let response = next.call(req).await;
            let response = match response {
                Ok(r) => r.map_into_boxed_body(),
                Err(e) => {
                    let (actor, key) = (actor.clone(), key.clone());
                    let _ = run_blocking(&state.pool, move |conn| Ok(store::abandon(conn, &actor, &key)?)).await;
                    return Err(e);
                }
            };
            finish(response, &state, actor, key).await
        }
    }
}

fn hash_byte(key: &str) -> u8 {
    Sha256::digest(key.as_bytes())[0]
}

fn replay(stored: &StoredResponse) -> HttpResponse {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::build(status);
    if let Ok(serde_json::Value::Object(headers)) = serde_json::from_str::<serde_json::Value>(&stored.headers) {
        for (name, value) in headers {
            if let (Ok(name), Some(value)) = (HeaderName::try_from(name.as_str()), value.as_str()) {
                if let Ok(value) = HeaderValue::from_str(value) {
                    response.insert_header((name, value));
                }
            }
        }
    }
    response.insert_header((IDEMPOTENCY_REPLAYED, "true"));
    response.body(stored.body.clone())
}

/// Keeps the answer (or forgets the key for a transient failure) and passes the answer on.
async fn finish(
    response: ServiceResponse<BoxBody>,
    state: &web::Data<AppState>,
    actor: String,
    key: String,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let status = response.status();
    let (request, http) = response.into_parts();
    let (head, body) = http.into_parts();
    let bytes = match actix_web::body::to_bytes(body).await {
        Ok(bytes) => bytes,
        Err(_) => {
            let _ = run_blocking(&state.pool, move |conn| Ok(store::abandon(conn, &actor, &key)?)).await;
            let e = ApiError::Internal(anyhow::anyhow!("reading the answer to store it failed"));
            return Ok(ServiceResponse::new(request, e.error_response()));
        }
    };
    let transient = status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
    let outcome = if transient {
        run_blocking(&state.pool, move |conn| Ok(store::abandon(conn, &actor, &key)?)).await
    } else {
        let mut headers = serde_json::Map::new();
        for name in REPLAYED_HEADERS {
            if let Some(value) = head.headers().get(name).and_then(|v| v.to_str().ok()) {
                headers.insert(name.as_str().to_owned(), value.into());
            }
        }
        let stored = StoredResponse {
            status: status.as_u16(),
            headers: serde_json::Value::Object(headers).to_string(),
            body: bytes.to_vec(),
        };
        run_blocking(&state.pool, move |conn| Ok(store::complete(conn, &actor, &key, &stored)?)).await
    };
    if let Err(e) = outcome {
        tracing::warn!(error = %e, "could not record the idempotent answer");
    }
    Ok(ServiceResponse::new(request, head.set_body(BoxBody::new(bytes))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_must_be_short_visible_ascii() {
        assert!(valid_key("3f2a-01"));
        assert!(!valid_key(""));
        assert!(!valid_key("has space"));
        assert!(!valid_key(&"x".repeat(256)));
    }

    #[test]
    fn the_hash_separates_method_path_type_and_body() {
        let base = request_hash(&Method::POST, "/a", "application/json", b"{}");
        assert_eq!(base, request_hash(&Method::POST, "/a", "application/json", b"{}"));
        assert_ne!(base, request_hash(&Method::PATCH, "/a", "application/json", b"{}"));
        assert_ne!(base, request_hash(&Method::POST, "/b", "application/json", b"{}"));
        assert_ne!(base, request_hash(&Method::POST, "/a", "text/plain", b"{}"));
        assert_ne!(base, request_hash(&Method::POST, "/a", "application/json", b"{ }"));
    }
}
