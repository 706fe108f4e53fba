//! HTTP helpers shared by handlers: entity tags and conditional GET.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;
use sha2::{Digest, Sha256};

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
    let etag = etag_of(&body);
    let etag_header = HeaderValue::from_str(&etag).map_err(|e| ApiError::Internal(e.into()))?;
    let cache = HeaderValue::from_static(cache_control);
    if if_none_match(req, &etag) {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag_header))
            .insert_header((header::CACHE_CONTROL, cache))
            .finish());
    }
    Ok(HttpResponse::Ok()
        .content_type(mime_json())
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
