//! The middleware around every request: request id, tracing span, problem+json for every
//! error (including the router's and other middleware's), security headers and metrics.

use std::time::Instant;

use actix_cors::Cors;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::ResponseError;
use tracing::Instrument;

use crate::config::CorsOrigins;
use crate::error::{ApiError, PROBLEM_JSON};
use crate::telemetry::RequestContext;

/// The header that carries the request id, in and out.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Largest error body of another component read to reuse as a problem's detail.
const MAX_FOREIGN_ERROR_BODY: usize = 2048;

/// Uses the client's `X-Request-Id` when it is a sane token (1–128 of `A-Za-z0-9._-`), so
/// that a caller can follow its own id through our logs; otherwise a new UUID.
fn request_id_of(req: &ServiceRequest) -> String {
    req.headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 128
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// The outermost middleware. See the module documentation.
pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let request_id = request_id_of(&req);
    let method = req.method().to_string();
    let path = req.path().to_owned();
    let span = tracing::info_span!("request", request_id = %request_id, method = %method, path = %path);
    let lang = crate::messages::Lang::from_accept_language(
        req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    let context = RequestContext { request_id: request_id.clone(), path: path.clone(), lang };

    let outcome = context
        .scope(
            async move {
                match next.call(req).await {
                    Ok(response) => Ok(into_problem_if_error(response.map_into_boxed_body()).await),
                    // A middleware failed before a response existed (rare): answer its
                    // error as a problem all the same.
                    Err(error) => {
                        let status = error.as_response_error().status_code();
                        Err((error.to_string(), ApiError::from_status(status, None).error_response()))
                    }
                }
            }
            .instrument(span.clone()),
        )
        .await;
    let mut response = match outcome {
        Ok(response) => response,
        Err((cause, mut problem)) => {
            finish_headers(problem.headers_mut(), &request_id, &path, lang);
            let error = actix_web::error::InternalError::from_response(cause, problem);
            return Err(error.into());
        }
    };
    finish_headers(response.headers_mut(), &request_id, &path, lang);
    link_next_page(&mut response);
    mark_deprecated(&mut response);

    let status = response.status().as_u16();
    let route = response.request().match_pattern().unwrap_or_else(|| "unmatched".to_owned());
    let elapsed = started.elapsed();
    let labels = [("method", method), ("route", route), ("status", status.to_string())];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(elapsed.as_secs_f64());
    let latency_ms = elapsed.as_secs_f64() * 1000.0;
    if path == "/healthz" || path == "/readyz" || path == "/metrics" {
        tracing::debug!(parent: &span, status, latency_ms, "request finished");
    } else {
        tracing::info!(parent: &span, status, latency_ms, "request finished");
    }
    Ok(response)
}

/// Replaces the body of an error answer that is not already problem+json (the router's 404
/// and 405, a middleware's rejection) with a problem, keeping its status.
async fn into_problem_if_error(response: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON));
    if is_problem {
        return response;
    }
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let is_text = content_type.as_deref().is_some_and(|v| v.starts_with("text/plain"));
    if content_type.is_some() && !is_text {
        // A body a handler chose on purpose (e.g. the OAuth 2 errors of the token endpoint).
        return response;
    }
    let (request, http_response) = response.into_parts();
    let detail = if is_text {
        actix_web::body::to_bytes_limited(http_response.into_body(), MAX_FOREIGN_ERROR_BODY)
            .await
            .ok()
            .and_then(Result::ok)
            .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    } else {
        None
    };
    let problem = ApiError::from_status(status, detail).error_response();
    ServiceResponse::new(request, problem)
}

/// `Link: <…>; rel="next"` on a page that has a next one ([`crate::api::pagination::ok`]).
fn link_next_page(response: &mut ServiceResponse<BoxBody>) {
    let next = response.response().extensions().get::<crate::api::pagination::NextPage>().map(|n| n.0.clone());
    let Some(cursor) = next else { return };
    let request = response.request();
    let link = crate::api::pagination::next_link(request.path(), request.query_string(), &cursor);
    if let Some(value) = link.and_then(|l| HeaderValue::from_str(&l).ok()) {
        response.headers_mut().insert(header::LINK, value);
    }
}

/// `Deprecation`, `Sunset` and `Link: rel="successor-version"` on a successful answer that used
/// something deprecated ([`crate::api::deprecation`]).
fn mark_deprecated(response: &mut ServiceResponse<BoxBody>) {
    if !(response.status().is_success() || response.status() == actix_web::http::StatusCode::NOT_MODIFIED) {
        return;
    }
    let request = response.request();
    let (method, path) = (request.method().as_str(), request.path());
    if !crate::api::deprecation::DEPRECATIONS.iter().any(|d| d.may_be(method, path)) {
        return;
    }
    let Some(route) = request.match_pattern() else { return };
    let method = request.method().as_str().to_owned();
    let (path, query) = (request.path().to_owned(), request.query_string().to_owned());
    let content_type =
        response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let used = crate::api::deprecation::Used {
        method: &method,
        route: &route,
        path: &path,
        query: &query,
        content_type: &content_type,
    };
    for (name, value) in crate::api::deprecation::headers(crate::api::deprecation::DEPRECATIONS, &used) {
        response.headers_mut().append(name, value);
    }
}

fn finish_headers(
    headers: &mut actix_web::http::header::HeaderMap,
    request_id: &str,
    path: &str,
    lang: crate::messages::Lang,
) {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert(REQUEST_ID, value);
    }
    // The language of the answer's messages (a problem's title, detail and field messages).
    if !headers.contains_key(header::CONTENT_LANGUAGE) {
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.tag()));
    }
    add_security_headers(headers, path);
}

fn add_security_headers(headers: &mut actix_web::http::header::HeaderMap, path: &str) {
    let set = |headers: &mut actix_web::http::header::HeaderMap, name: HeaderName, value: &'static str| {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    };
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    if path == "/docs" || path.starts_with("/docs/") {
        // Swagger UI, served from the binary: its own scripts and styles only.
        set(
            headers,
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
        );
    } else {
        set(headers, header::CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'");
        // Answers may hold personal data: no caching unless the handler said otherwise.
        set(headers, header::CACHE_CONTROL, "no-store");
    }
}

/// CORS from configuration. Credentials (cookies) are never allowed: the API uses bearer
/// tokens. A request from an origin that is not allowed is served without CORS headers, so
/// the browser withholds the answer, rather than rejected outright.
pub fn cors(origins: &CorsOrigins) -> Cors {
    let base = Cors::default()
        .allowed_methods(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            header::AUTHORIZATION,
            header::ACCEPT,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            HeaderName::from_static("idempotency-key"),
            REQUEST_ID,
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::RETRY_AFTER,
            REQUEST_ID,
            HeaderName::from_static("idempotency-replayed"),
        ])
        .max_age(3600)
        .block_on_origin_mismatch(false);
    match origins {
        CorsOrigins::None => base,
        CorsOrigins::Any => base.allow_any_origin(),
        CorsOrigins::List(list) => list.iter().fold(base, |cors, origin| cors.allowed_origin(origin)),
    }
}
