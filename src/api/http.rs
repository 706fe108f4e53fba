//! HTTP helpers shared by handlers: entity tags and conditional GET.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::db::version::IfMatch;
use crate::error::ApiError;

/// A strong entity tag (quoted) for the given bytes.
pub fn etag_of(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether `If-None-Match` (a list of tags or `*`) matches `etag`, using the weak
/// comparison that RFC 9110 §13.1.2 prescribes for it.
pub fn if_none_match(req: &HttpRequest, etag: &str) -> bool {
    let wanted = etag.trim_start_matches("W/");
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .any(|value| value.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == wanted))
}

/// Answers `value` as JSON with a strong `ETag` and the given `Cache-Control`, or `304 Not
/// Modified` when the client's `If-None-Match` already names this representation.
pub fn json_with_etag<T: Serialize>(
    req: &HttpRequest,
    value: &T,
    cache_control: &'static str,
) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    json_bytes_with_etag(req, body, cache_control)
}

/// Like [`json_with_etag`] for a body that is already serialised.
pub fn json_bytes_with_etag(
    req: &HttpRequest,
    body: Vec<u8>,
    cache_control: &'static str,
) -> Result<HttpResponse, ApiError> {
    bytes_with_etag(req, body, "application/json", cache_control)
}

/// Answers `body` of `content_type` with a strong `ETag` and the given `Cache-Control`, or
/// `304 Not Modified` when the client's `If-None-Match` already names it.
pub fn bytes_with_etag(
    req: &HttpRequest,
    body: Vec<u8>,
    content_type: &'static str,
    cache_control: &'static str,
) -> Result<HttpResponse, ApiError> {
    let etag = etag_of(&body);
    tagged_bytes(req, body.into(), &etag, content_type, cache_control)
}

/// Like [`bytes_with_etag`] for a body whose `etag` was taken before (a kept answer).
pub fn tagged_bytes(
    req: &HttpRequest,
    body: actix_web::web::Bytes,
    etag: &str,
    content_type: &'static str,
    cache_control: &'static str,
) -> Result<HttpResponse, ApiError> {
    let etag_header = HeaderValue::from_str(etag).map_err(|e| ApiError::Internal(e.into()))?;
    let cache = HeaderValue::from_static(cache_control);
    if if_none_match(req, etag) {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag_header))
            .insert_header((header::CACHE_CONTROL, cache))
            .finish());
    }
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::ETAG, etag_header))
        .insert_header((header::CACHE_CONTROL, cache))
        .body(body))
}

fn mime_json() -> HeaderValue {
    HeaderValue::from_static("application/json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn etag_is_quoted_and_stable() {
        let a = etag_of(b"{}");
        assert_eq!(a, etag_of(b"{}"));
        assert_ne!(a, etag_of(b"[]"));
        assert!(a.starts_with('"') && a.ends_with('"') && a.len() == 34, "{a}");
    }

    #[test]
    fn if_none_match_accepts_lists_weak_tags_and_star() {
        let tag = etag_of(b"x");
        let req =
            TestRequest::default().insert_header(("If-None-Match", format!("\"other\", W/{tag}"))).to_http_request();
        assert!(if_none_match(&req, &tag));
        let req = TestRequest::default().insert_header(("If-None-Match", "*")).to_http_request();
        assert!(if_none_match(&req, &tag));
        let req = TestRequest::default().insert_header(("If-None-Match", "\"other\"")).to_http_request();
        assert!(!if_none_match(&req, &tag));
        let req = TestRequest::default().to_http_request();
        assert!(!if_none_match(&req, &tag));
    }
}

/// The entity tag of a row at `version`: `"v3"`.
pub fn version_etag(version: i32) -> String {
    format!("\"v{version}\"")
}

/// The `If-Match` of a request, for the version check of a write.
impl IfMatch {
    /// Reads `If-Match` from a request.
    pub fn from_request(req: &HttpRequest) -> Self {
        let mut seen = false;
        for value in req.headers().get_all(header::IF_MATCH) {
            let Ok(value) = value.to_str() else {
                return IfMatch::Never;
            };
            for tag in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                seen = true;
                if tag == "*" {
                    return IfMatch::Any;
                }
                if let Some(v) = tag.strip_prefix("\"v").and_then(|t| t.strip_suffix('"')).and_then(|n| n.parse().ok())
                {
                    return IfMatch::Version(v);
                }
            }
        }
        if seen {
            IfMatch::Never
        } else {
            IfMatch::Any
        }
    }
}

/// `200 OK` with a JSON body and the row's `ETag`.
pub fn ok_with_version<T: Serialize>(value: &T, version: i32) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok()
        .insert_header((header::ETAG, version_etag(version)))
        .content_type(mime_json())
        .body(serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?))
}

/// `200 OK` with the row's `ETag`, or `304` when `If-None-Match` names it.
pub fn get_with_version<T: Serialize>(req: &HttpRequest, value: &T, version: i32) -> Result<HttpResponse, ApiError> {
    let etag = version_etag(version);
    if if_none_match(req, &etag) {
        return Ok(HttpResponse::NotModified().insert_header((header::ETAG, etag)).finish());
    }
    ok_with_version(value, version)
}

/// `201 Created` with `Location`, the row's `ETag` and the new resource as JSON.
pub fn created<T: Serialize>(location: &str, value: &T, version: i32) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, location))
        .insert_header((header::ETAG, version_etag(version)))
        .content_type(mime_json())
        .body(serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?))
}

/// The answer of a create-or-replace `PUT`: `201 Created` with `Location` when the request
/// created the resource, else `200 OK`; both with the `ETag`.
pub fn created_or_replaced<T: Serialize>(
    was_created: bool,
    location: &str,
    value: &T,
    version: i32,
) -> Result<HttpResponse, ApiError> {
    if was_created {
        created(location, value, version)
    } else {
        ok_with_version(value, version)
    }
}

/// The header that makes a write safe to retry (documented on every write operation).
#[derive(Debug, Clone, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
pub struct IdempotencyHeader {
    /// Makes a retry safe: within 24 hours, the same key with the same request replays the
    /// first answer (with `Idempotency-Replayed: true`); the same key with another request is
    /// a `422`; a duplicate arriving while the first still runs is a `409`. Use a new random
    /// value (e.g. a UUID) for each distinct write.
    #[param(rename = "Idempotency-Key", min_length = 1, max_length = 255, pattern = r"^[\x21-\x7E]{1,255}$")]
    pub idempotency_key: Option<String>,
}

/// The header of a conditional write (the document adds `Idempotency-Key` to every write).
#[derive(Debug, Clone, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
pub struct ConditionalWriteHeaders {
    /// The `ETag` you read (`"v3"`), or `*`. The write happens only if the resource is still
    /// at that version; otherwise `412`. Without it, the write applies to whatever is current.
    #[param(rename = "If-Match")]
    pub if_match: Option<String>,
}

/// The header every operation reads besides its own (documented on each). A client may also
/// send `X-Request-Id` (see the document's description); it is not declared per operation:
/// contract fuzzers bind it to ids from earlier answers.
#[derive(Debug, Clone, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
pub struct CommonHeaders {
    /// `vi` (or a list preferring it, e.g. `vi-VN,vi;q=0.9`) for problems in Vietnamese;
    /// English otherwise. The answer's `Content-Language` says which.
    #[param(rename = "Accept-Language")]
    pub accept_language: Option<String>,
}
