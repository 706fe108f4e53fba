//! Request limits applied before routing, each answered as problem+json:
//! - the request head (request line and headers) larger than `LIENHIEP_MAX_HEADER_BYTES`: `431`;
//! - more writes (`POST`, `PUT`, `PATCH`, `DELETE`) per minute from one client than
//!   `LIENHIEP_WRITES_PER_MINUTE`: `429` with `Retry-After`. A client is the subject of a valid
//!   access token, or else the caller's address. The count is kept in this process: with
//!   several replicas, each allows that many. Every write's answer says the policy and what is
//!   left of it (`RateLimit-Policy`, `RateLimit`);
//! - a write whose body pauses longer than `LIENHIEP_BODY_IDLE_TIMEOUT_SECS`, or takes longer
//!   than `LIENHIEP_BODY_TIMEOUT_SECS` in all: `408`.
//!
//! - a query string that is not UTF-8 once percent-decoded, or holds a control character (NUL
//!   included) in a name or value: `400`. Every text parameter is checked here, once, so no
//!   handler sees a replaced character or a NUL (which SQLite's `LIKE` reads as the end);
//! - a write's body over its route's limit, or in a coding that is not decoded: `413`, `415`
//!   (see `body`: the limit is known before a byte is read, and decoded bytes count);
//! - more uploads (writes to routes that take files) at once than
//!   `LIENHIEP_CONCURRENT_UPLOADS`: the next waits up to `LIENHIEP_UPLOAD_WAIT_SECS` for its
//!   turn, then `503` with `Retry-After`. Its body is not read while it waits.
//!
//! The time to send the request head is the server's own timeout (`LIENHIEP_HEAD_TIMEOUT_SECS`,
//! answered `408` by the HTTP layer). A JSON body nested deeper than 128 levels is a `400` (the
//! parser's limit). Page sizes are at most 500 (see `api::pagination`).

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpRequest, ResponseError};
use futures_util::Stream;

use crate::api::caller::principal_of;
use crate::body::{self, BodyFault, BoundedBody};
use crate::error::ApiError;
use crate::state::{AppState, RouteIndex};

/// The caller's address: the first `X-Forwarded-For` hop when the proxy in front is trusted
/// (`LIENHIEP_TRUST_FORWARDED_FOR`), else the peer address; at most 64 characters.
pub fn client_addr(req: &HttpRequest, trust_forwarded_for: bool) -> String {
    let addr = if trust_forwarded_for {
        req.connection_info().realip_remote_addr().map(str::to_owned)
    } else {
        req.peer_addr().map(|a| a.ip().to_string())
    };
    addr.unwrap_or_else(|| "unknown".into()).chars().take(64).collect()
}

/// The size of the request head as sent: request line and header lines.
fn head_bytes(req: &ServiceRequest) -> usize {
    let target = req.uri().path_and_query().map_or(1, |pq| pq.as_str().len());
    let line = req.method().as_str().len() + target + " HTTP/1.1\r\n".len() + 1;
    line + req.headers().iter().map(|(name, value)| name.as_str().len() + value.len() + 4).sum::<usize>()
}

/// Checks that every name and value of a query string, percent-decoded (`+` as a space), is
/// UTF-8 without control characters.
fn check_query(query: &str) -> Result<(), String> {
    for part in query.split('&') {
        let mut bytes = Vec::with_capacity(part.len());
        let raw = part.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
            match raw[i] {
                b'%' if i + 2 < raw.len() => match (hex(raw[i + 1]), hex(raw[i + 2])) {
                    (Some(h), Some(l)) => {
                        bytes.push(h * 16 + l);
                        i += 3;
                        continue;
                    }
                    _ => bytes.push(b'%'),
                },
                b'+' => bytes.push(b' '),
                b => bytes.push(b),
            }
            i += 1;
        }
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| "the query string is not valid UTF-8 once percent-decoded".to_owned())?;
        if text.chars().any(char::is_control) {
            return Err("the query string holds a control character (such as NUL); send text only".to_owned());
        }
    }
    Ok(())
}

fn is_write(method: &Method) -> bool {
    matches!(*method, Method::POST | Method::PUT | Method::PATCH | Method::DELETE)
}

/// The middleware. See the module documentation.
pub async fn limits(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return next.call(req).await.map(ServiceResponse::map_into_boxed_body);
    };
    let limits = state.config.limits;
    let head = head_bytes(&req);
    if head > limits.max_head_bytes {
        let detail = format!("the request line and headers have {head} bytes; the limit is {}", limits.max_head_bytes);
        return Ok(req.error_response(ApiError::HeadersTooLarge(detail)));
    }
    if let Err(detail) = check_query(req.query_string()) {
        return Ok(req.error_response(ApiError::BadRequest(detail)));
    }
    if !is_write(req.method()) {
        let read = next.call(req);
        return crate::db::as_read(state.read_turns.clone(), read).await.map(ServiceResponse::map_into_boxed_body);
    }
    if limits.writes_per_minute == 0 {
        return write(req, next, &state).await;
    }
    let client = match principal_of(req.request()) {
        Ok(Some(principal)) => principal.subject,
        _ => format!("address:{}", client_addr(req.request(), state.config.trust_forwarded_for)),
    };
    let (mut response, remaining, reset) =
        match state.write_limiter.take(&client, limits.writes_per_minute, Instant::now()) {
            Ok(allowance) => (write(req, next, &state).await?, allowance.remaining, allowance.full_in_secs),
            Err(retry_after) => {
                tracing::warn!(client = %client, "write rate limit reached");
                (req.error_response(ApiError::TooManyRequests { retry_after }), 0, retry_after)
            }
        };
    // The IETF httpapi draft's fields (draft-ietf-httpapi-ratelimit-headers): the policy, and
    // what is left of it for this client.
    let headers = response.headers_mut();
    let policy = format!("\"{WRITE_POLICY}\";q={};w=60", limits.writes_per_minute);
    let left = format!("\"{WRITE_POLICY}\";r={remaining};t={reset}");
    for (name, value) in [(RATELIMIT_POLICY, policy), (RATELIMIT, left)] {
        if let Ok(value) = header::HeaderValue::from_str(&value) {
            headers.insert(header::HeaderName::from_static(name), value);
        }
    }
    Ok(response)
}

/// The name of the write rate limit's policy in `RateLimit-Policy` and `RateLimit`.
const WRITE_POLICY: &str = "writes";
const RATELIMIT_POLICY: &str = "ratelimit-policy";
const RATELIMIT: &str = "ratelimit";

/// A write past the rate limit: its body's limits, coding, upload turn and timeouts.
async fn write(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
    state: &web::Data<AppState>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let limits = state.config.limits;
    let takes_files = req
        .app_data::<web::Data<RouteIndex>>()
        .is_some_and(|index| index.takes_files(req.method().as_str(), req.path()));
    let limit = if takes_files { state.config.upload_limit } else { state.config.json_limit } as u64;
    let coding = match body::coding(req.headers()) {
        Ok(coding) => coding,
        Err(given) => {
            let detail = format!(
                "the body's Content-Encoding '{given}' is not accepted: send it as is, or with gzip or deflate"
            );
            let mut response = req.error_response(ApiError::UnsupportedMediaType(detail));
            response
                .headers_mut()
                .insert(header::ACCEPT_ENCODING, header::HeaderValue::from_static(body::ACCEPTED_CODINGS));
            return Ok(response);
        }
    };
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit) {
        return Ok(req.error_response(too_large(limit, takes_files)));
    }
    if takes_files {
        match state.uploads.enter(limits.upload_wait).await {
            Some(turn) => {
                req.extensions_mut().insert(turn);
            }
            None => {
                let detail = "too many files are being uploaded or synced at once; retry shortly".to_owned();
                let retry_after = limits.upload_wait.as_secs().max(1);
                return Ok(req.error_response(ApiError::Unavailable { detail, retry_after }));
            }
        }
    }
    if coding != body::Coding::Identity {
        // Handlers see the decoded body, whose length is not the one sent.
        req.headers_mut().remove(header::CONTENT_ENCODING);
        req.headers_mut().remove(header::CONTENT_LENGTH);
    }
    let timed_out = Rc::new(Cell::new(false));
    let fault = Rc::new(Cell::new(None));
    let payload = req.take_payload();
    let timed = TimedPayload {
        inner: payload,
        idle_timeout: limits.body_idle_timeout,
        idle: Box::pin(tokio::time::sleep(limits.body_idle_timeout)),
        deadline: Box::pin(tokio::time::sleep(limits.body_timeout)),
        timed_out: timed_out.clone(),
        finished: false,
    };
    let bounded = BoundedBody::new(timed, coding, limit, fault.clone());
    req.set_payload(Payload::Stream { payload: Box::pin(bounded) });
    let response = next.call(req).await?.map_into_boxed_body();
    let error = if timed_out.get() {
        ApiError::RequestTimeout(format!(
            "the body did not arrive in time (at most {} s without data, {} s in all)",
            limits.body_idle_timeout.as_secs(),
            limits.body_timeout.as_secs()
        ))
    } else {
        match fault.get() {
            None => return Ok(response),
            Some(BodyFault::TooLarge) => too_large(limit, takes_files),
            Some(BodyFault::BadEncoding) => {
                ApiError::BadRequest("the body is not valid in its Content-Encoding (gzip or deflate)".into())
            }
        }
    };
    let answer = error.error_response();
    Ok(response.into_response(answer))
}

/// The `413` of a body over `limit` (decoded bytes counted).
fn too_large(limit: u64, upload: bool) -> ApiError {
    let what = if upload { "files here (LIENHIEP_UPLOAD_LIMIT)" } else { "a JSON body or form (LIENHIEP_JSON_LIMIT)" };
    ApiError::PayloadTooLarge(format!(
        "the body is larger than {limit} bytes, the limit for {what}; decoded bytes count"
    ))
}

/// A request body that ends with an error when the sender pauses or takes too long. Whoever
/// reads it sees a failed read; the middleware then answers `408`.
struct TimedPayload {
    inner: Payload,
    idle_timeout: Duration,
    idle: Pin<Box<tokio::time::Sleep>>,
    deadline: Pin<Box<tokio::time::Sleep>>,
    timed_out: Rc<Cell<bool>>,
    finished: bool,
}

impl Stream for TimedPayload {
    type Item = Result<web::Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.finished {
            return Poll::Ready(None);
        }
        match Pin::new(&mut self.inner).poll_next(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                let next = tokio::time::Instant::now() + self.idle_timeout;
                self.idle.as_mut().reset(next);
                Poll::Ready(Some(Ok(chunk)))
            }
            Poll::Ready(other) => {
                self.finished = other.is_none();
                Poll::Ready(other)
            }
            Poll::Pending => {
                let idle = self.idle.as_mut().poll(cx).is_ready();
                let deadline = self.deadline.as_mut().poll(cx).is_ready();
                if idle || deadline {
                    self.finished = true;
                    self.timed_out.set(true);
                    let error = std::io::Error::new(std::io::ErrorKind::TimedOut, "the request body timed out");
                    Poll::Ready(Some(Err(PayloadError::Io(error))))
                } else {
                    Poll::Pending
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_must_decode_to_text() {
        for ok in ["", "q=nguyen+an", "q=Nguy%E1%BB%85n", "a=1&b=%25&c", "q=100%", "q=%zz", "q=%E1%BB"] {
            let expect_ok = ok != "q=%E1%BB";
            assert_eq!(check_query(ok).is_ok(), expect_ok, "{ok}");
        }
        for bad in ["q=%FF%FE", "q=%00", "q=a%0Ab", "%00=x", "q=%1B[31m", "q=%C2%85"] {
            assert!(check_query(bad).is_err(), "{bad}");
        }
    }
}
