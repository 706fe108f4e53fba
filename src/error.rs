//! One error type for the whole API, rendered as RFC 9457 `application/problem+json`.
//!
//! A 500 logs its cause with the request id and shows the client nothing internal.

use std::borrow::Cow;

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::telemetry::RequestContext;

/// The media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem detail: the body of every error answer.
#[derive(Debug, Clone, Serialize, serde::Deserialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:lienhiep:problem:validation-failed",
    "title": "The request breaks a rule",
    "status": 422,
    "detail": "1 field is invalid",
    "instance": "/api/v1/associations",
    "code": "validation_failed",
    "request_id": "3f2a0c1e-9b7d-4c55-8a0e-2f1d6c7b9a10",
    "errors": [{"field": "email", "code": "email", "message": "must be an email address"}]
}))]
pub struct Problem {
    /// A URI that identifies the kind of problem (`urn:lienhiep:problem:<code>`).
    #[serde(rename = "type")]
    pub problem_type: String,
    /// A short, human-readable summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this occurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The request path that caused the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Machine-readable kind of problem, stable across versions (e.g. `not_found`).
    pub code: String,
    /// The id of the request (also in the `X-Request-Id` header); quote it when reporting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// For `validation_failed`: each field that breaks a rule.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub errors: Vec<FieldError>,
    /// For 409 on a state change: the actions the current state allows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}

/// One field that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
pub struct FieldError {
    /// The field, as a JSON path relative to the body (e.g. `address.district`), or the
    /// name of the query or path parameter.
    pub field: String,
    /// Machine-readable rule that failed (e.g. `required`, `length`, `email`, `range`).
    pub code: String,
    /// Human-readable explanation; for an imported file, in Vietnamese when the request asked
    /// for it (`Accept-Language: vi`).
    pub message: String,
    /// For an imported file: the row (in CSV or XLSX the sheet row, the header being row 1; in
    /// JSON the record's position, from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// For an imported file: the column's header as the file writes it (a JSON record's key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub column: Option<Box<str>>,
    /// For an imported file: the cell as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub value: Option<Box<str>>,
}

impl FieldError {
    /// A field error.
    pub fn new(field: impl Into<String>, code: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            code: code.into(),
            message: message.into(),
            row: None,
            column: None,
            value: None,
        }
    }
}

/// Every error the API answers with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the request cannot be parsed (bad JSON, wrong types, bad path or query).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 401: no valid credentials.
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    /// 403: authenticated but not allowed.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 404: nothing at this address.
    #[error("not found: {0}")]
    NotFound(String),
    /// 405: the resource exists but not with this method; the methods it allows.
    #[error("method not allowed")]
    MethodNotAllowed(Vec<String>),
    /// 409: conflicts with the current state (unique key, state change not allowed).
    #[error("conflict: {detail}")]
    Conflict {
        /// What conflicts.
        detail: String,
        /// For a state change: what the current state allows.
        allowed: Option<Vec<String>>,
    },
    /// 412: `If-Match` does not match the current version.
    #[error("precondition failed: {0}")]
    PreconditionFailed(String),
    /// 410: what the request names is no longer available (an expired cursor).
    #[error("gone: {0}")]
    Gone(String),
    /// 408: the client took too long to send its request.
    #[error("request timeout: {0}")]
    RequestTimeout(String),
    /// 413: the body is larger than allowed.
    #[error("payload too large: {0}")]
    PayloadTooLarge(String),
    /// 415: the body's media type is not accepted here.
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    /// 431: the request line and headers are larger than allowed.
    #[error("request header fields too large: {0}")]
    HeadersTooLarge(String),
    /// 422: well-formed, but fields break rules.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// 429: too many requests; retry after the given seconds.
    #[error("too many requests")]
    TooManyRequests {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// 503: the database (or another dependency) is unreachable; retry after the given seconds.
    #[error("service unavailable: {detail}")]
    Unavailable {
        /// What is unavailable.
        detail: String,
        /// Seconds to wait.
        retry_after: u64,
    },
    /// Any other HTTP error status the framework produced (e.g. 408), with a detail.
    #[error("http error {0}: {1}")]
    Http(StatusCode, String),
    /// 500: a bug or an unexpected failure. The cause is logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// A shorthand for handler results.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// A 422 with one field error.
    pub fn invalid(field: impl Into<String>, code: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }

    /// Maps a unique violation of `e` to a 409 saying `detail`; any other error as usual.
    pub fn on_unique_violation(e: diesel::result::Error, detail: impl FnOnce() -> String) -> Self {
        match e {
            diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
                ApiError::conflict(detail())
            }
            other => other.into(),
        }
    }

    /// A 409 without allowed actions.
    pub fn conflict(detail: impl Into<String>) -> Self {
        ApiError::Conflict { detail: detail.into(), allowed: None }
    }

    /// The error for a status that something other than a handler answered (the router, a
    /// middleware), with the detail it gave, if any.
    pub fn from_status(status: StatusCode, detail: Option<String>) -> Self {
        let d = |default: &str| detail.clone().unwrap_or_else(|| default.to_owned());
        match status.as_u16() {
            400 => ApiError::BadRequest(d("the request cannot be read")),
            401 => ApiError::Unauthorized(d("authentication is required")),
            403 => ApiError::Forbidden(d("not allowed")),
            404 => ApiError::NotFound(d("nothing exists at this address")),
            405 => ApiError::MethodNotAllowed(Vec::new()),
            409 => ApiError::conflict(d("the request conflicts with the current state")),
            408 => ApiError::RequestTimeout(d("the request did not arrive in time")),
            412 => ApiError::PreconditionFailed(d("a precondition failed")),
            413 => ApiError::PayloadTooLarge(d("the request body is too large")),
            415 => ApiError::UnsupportedMediaType(d("the body's media type is not accepted here")),
            429 => ApiError::TooManyRequests { retry_after: 1 },
            431 => ApiError::HeadersTooLarge(d("the request line and headers are too large")),
            503 => ApiError::Unavailable { detail: d("the service is unavailable"), retry_after: 5 },
            500 => ApiError::Internal(anyhow::anyhow!("{}", d("internal error"))),
            _ => ApiError::Http(status, d(status.canonical_reason().unwrap_or("the request failed"))),
        }
    }

    /// The machine-readable code of this error (`messages` has its title in each
    /// language).
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::MethodNotAllowed(_) => "method_not_allowed",
            ApiError::Conflict { .. } => "conflict",
            ApiError::PreconditionFailed(_) => "precondition_failed",
            ApiError::Gone(_) => "gone",
            ApiError::RequestTimeout(_) => "request_timeout",
            ApiError::PayloadTooLarge(_) => "payload_too_large",
            ApiError::HeadersTooLarge(_) => "request_header_fields_too_large",
            ApiError::UnsupportedMediaType(_) => "unsupported_media_type",
            ApiError::Validation(_) => "validation_failed",
            ApiError::TooManyRequests { .. } => "too_many_requests",
            ApiError::Unavailable { .. } => "service_unavailable",
            ApiError::Http(..) => "http_error",
            ApiError::Internal(_) => "internal_error",
        }
    }

    fn detail(&self) -> Option<Cow<'_, str>> {
        match self {
            ApiError::BadRequest(d)
            | ApiError::Unauthorized(d)
            | ApiError::Forbidden(d)
            | ApiError::NotFound(d)
            | ApiError::PreconditionFailed(d)
            | ApiError::Gone(d)
            | ApiError::RequestTimeout(d)
            | ApiError::PayloadTooLarge(d)
            | ApiError::HeadersTooLarge(d)
            | ApiError::UnsupportedMediaType(d)
            | ApiError::Http(_, d) => Some(Cow::Borrowed(d)),
            ApiError::Conflict { detail, .. } | ApiError::Unavailable { detail, .. } => Some(Cow::Borrowed(detail)),
            ApiError::MethodNotAllowed(allow) if !allow.is_empty() => {
                Some(Cow::Owned(format!("this resource allows only {}", allow.join(", "))))
            }
            ApiError::MethodNotAllowed(_) => Some(Cow::Borrowed("this resource does not support this method")),
            ApiError::Validation(errors) => Some(Cow::Owned(match errors.len() {
                1 => "1 field is invalid".to_owned(),
                n => format!("{n} fields are invalid"),
            })),
            ApiError::TooManyRequests { retry_after } => Some(Cow::Owned(format!("retry after {retry_after} seconds"))),
            ApiError::Internal(_) => {
                Some(Cow::Borrowed("an unexpected error occurred; quote the request id when reporting it"))
            }
        }
    }

    /// The problem document for this error, with the current request's id and path, in its
    /// language (`Accept-Language`; see `messages`).
    pub fn to_problem(&self) -> Problem {
        use crate::messages;
        let code = self.code();
        let context = RequestContext::current();
        let lang = context.as_ref().map(|c| c.lang).unwrap_or_default();
        Problem {
            problem_type: format!("urn:lienhiep:problem:{}", code.replace('_', "-")),
            title: messages::title(lang, code).to_owned(),
            status: self.status_code().as_u16(),
            detail: self.detail().map(|d| messages::detail(lang, code, &d)),
            instance: context.as_ref().map(|c| c.path.clone()),
            code: code.to_owned(),
            request_id: context.map(|c| c.request_id),
            errors: match self {
                // A file's row errors (with a row) are written in the request's language
                // where they are found.
                ApiError::Validation(errors) => errors
                    .iter()
                    .map(|e| match e.row {
                        None => FieldError { message: messages::field(lang, &e.code, &e.message), ..e.clone() },
                        Some(_) => e.clone(),
                    })
                    .collect(),
                _ => Vec::new(),
            },
            allowed: match self {
                ApiError::Conflict { allowed, .. } => allowed.clone(),
                _ => None,
            },
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            ApiError::Gone(_) => StatusCode::GONE,
            ApiError::RequestTimeout(_) => StatusCode::REQUEST_TIMEOUT,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::HeadersTooLarge(_) => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Http(status, _) => *status,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!(error = ?cause, "internal error");
        }
        let problem = self.to_problem();
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)));
        response.insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
        match self {
            ApiError::TooManyRequests { retry_after } | ApiError::Unavailable { retry_after, .. } => {
                response.insert_header((header::RETRY_AFTER, retry_after.to_string()));
            }
            ApiError::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"lienhiep\""));
            }
            ApiError::MethodNotAllowed(allow) if !allow.is_empty() => {
                response.insert_header((header::ALLOW, allow.join(", ")));
            }
            _ => {}
        }
        response.body(serde_json::to_vec(&problem).unwrap_or_default())
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind as Kind, Error};
        match e {
            Error::NotFound => ApiError::NotFound("no such record".into()),
            Error::DatabaseError(Kind::UniqueViolation, info) => {
                ApiError::conflict(unique_violation_detail(info.as_ref()))
            }
            Error::DatabaseError(Kind::ForeignKeyViolation, _) => {
                ApiError::conflict("the record refers to, or is referred to by, another record")
            }
            Error::DatabaseError(Kind::CheckViolation | Kind::NotNullViolation, info) => ApiError::Internal(
                anyhow::anyhow!("a database rule was broken that validation should have caught: {}", info.message()),
            ),
            Error::DatabaseError(Kind::ClosedConnection | Kind::SerializationFailure, _) => {
                ApiError::Unavailable { detail: "the database is busy or unreachable".into(), retry_after: 2 }
            }
            Error::DatabaseError(_, ref info) if info.message().contains("0x00") => {
                // PostgreSQL refuses NUL in text; validation catches it in bodies, this in the rest.
                ApiError::invalid("(text)", "character", "a text value must not contain a NUL character")
            }
            Error::DatabaseError(_, ref info) if info.message().contains("deadlock detected") => {
                // PostgreSQL broke a wait cycle between two writes by rolling this one back.
                ApiError::Unavailable { detail: "the database is busy".into(), retry_after: 1 }
            }
            Error::DatabaseError(_, ref info) if is_busy(info.message()) => {
                ApiError::Unavailable { detail: "the database is busy".into(), retry_after: 1 }
            }
            Error::DatabaseError(_, ref info) if is_unreachable(info.message()) => {
                tracing::warn!(error = %info.message(), "database connection lost");
                ApiError::Unavailable { detail: "the database is unreachable".into(), retry_after: 5 }
            }
            other => ApiError::Internal(anyhow::Error::new(other)),
        }
    }
}

fn is_busy(message: &str) -> bool {
    message.contains("database is locked") || message.contains("database is busy")
}

/// Whether a database error says that the server went away or is stopping or starting (the
/// PostgreSQL messages of SQLSTATE classes 08 and 57, which diesel does not classify).
fn is_unreachable(message: &str) -> bool {
    const SIGNS: [&str; 9] = [
        "terminating connection",
        "server closed the connection",
        "the database system is shutting down",
        "the database system is starting up",
        "the database system is in recovery mode",
        "no connection to the server",
        "connection to server",
        "could not receive data from server",
        "could not send data to server",
    ];
    SIGNS.iter().any(|sign| message.contains(sign))
}

/// The detail of a unique violation that no handler turned into its own words: the
/// constraint (PostgreSQL) or table and column (SQLite) go to the log, never to the client.
fn unique_violation_detail(info: &dyn diesel::result::DatabaseErrorInformation) -> String {
    let what = info.constraint_name().unwrap_or_else(|| info.message());
    tracing::info!(constraint = what, "unique violation answered as a conflict");
    "a record with the same unique value already exists".to_owned()
}

impl From<diesel::r2d2::PoolError> for ApiError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        tracing::warn!(error = %e, "no database connection");
        ApiError::Unavailable { detail: "the database is unreachable".into(), retry_after: 5 }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl From<validator::ValidationErrors> for ApiError {
    fn from(errors: validator::ValidationErrors) -> Self {
        let mut out = Vec::new();
        collect_validation_errors("", &errors, &mut out);
        out.sort_by(|a, b| a.field.cmp(&b.field));
        ApiError::Validation(out)
    }
}

fn collect_validation_errors(prefix: &str, errors: &validator::ValidationErrors, out: &mut Vec<FieldError>) {
    use validator::ValidationErrorsKind as K;
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
        match kind {
            K::Field(list) => {
                for e in list {
                    let message = e.message.as_ref().map(|m| m.to_string()).unwrap_or_else(|| default_message(e));
                    out.push(FieldError::new(path.clone(), e.code.to_string(), message));
                }
            }
            K::Struct(inner) => collect_validation_errors(&path, inner, out),
            K::List(items) => {
                for (index, inner) in items {
                    collect_validation_errors(&format!("{path}[{index}]"), inner, out);
                }
            }
        }
    }
}

fn default_message(e: &validator::ValidationError) -> String {
    let p = |k: &str| e.params.get(k).map(|v| v.to_string());
    match e.code.as_ref() {
        "length" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => format!("must be {min} to {max} characters long"),
            (Some(min), None) => format!("must be at least {min} characters long"),
            (None, Some(max)) => format!("must be at most {max} characters long"),
            _ => "has the wrong length".into(),
        },
        "range" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => format!("must be between {min} and {max}"),
            (Some(min), None) => format!("must be at least {min}"),
            (None, Some(max)) => format!("must be at most {max}"),
            _ => "is out of range".into(),
        },
        "email" => "must be an email address".into(),
        "url" => "must be an absolute http or https URL".into(),
        "required" => "is required".into(),
        other => format!("breaks the rule '{other}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Violation(&'static str, Option<&'static str>);

    impl diesel::result::DatabaseErrorInformation for Violation {
        fn message(&self) -> &str {
            self.0
        }
        fn details(&self) -> Option<&str> {
            None
        }
        fn hint(&self) -> Option<&str> {
            None
        }
        fn table_name(&self) -> Option<&str> {
            Some("associations")
        }
        fn column_name(&self) -> Option<&str> {
            None
        }
        fn constraint_name(&self) -> Option<&str> {
            self.1
        }
        fn statement_position(&self) -> Option<i32> {
            None
        }
    }

    #[test]
    fn a_unique_violation_names_no_constraint_table_or_column() {
        for info in [
            Violation("duplicate key value violates unique constraint", Some("associations_name_key_key")),
            Violation("UNIQUE constraint failed: associations.name_key", None),
        ] {
            let e = diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                Box::new(info),
            );
            let problem = ApiError::from(e).to_problem();
            assert_eq!(problem.status, 409);
            let detail = problem.detail.expect("detail");
            assert!(!detail.contains("associations") && !detail.contains("name_key"), "{detail}");
        }
    }
}
