//! Reusable OpenAPI descriptions of the error answers (all `application/problem+json`).
//! Handlers list the ones they can give in `responses(...)`.

use utoipa::ToResponse;

use crate::error::Problem;

/// The request cannot be read: malformed JSON, wrong JSON types, or a bad path, query or
/// header value.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:bad-request", "title": "The request cannot be read",
        "status": 400, "detail": "query parameter limit: invalid digit found in string",
        "code": "bad_request", "request_id": "3f2a0c1e-9b7d-4c55-8a0e-2f1d6c7b9a10"})
)]
pub struct BadRequest(pub Problem);

/// No valid bearer token was sent.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    headers(("WWW-Authenticate" = String, description = "The authentication scheme: `Bearer`")),
    example = json!({"type": "urn:lienhiep:problem:unauthorized", "title": "Authentication is required",
        "status": 401, "detail": "the bearer token has expired", "code": "unauthorized"})
)]
pub struct Unauthorized(pub Problem);

/// The token is valid but its roles do not allow this.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:forbidden", "title": "Not allowed",
        "status": 403, "detail": "this needs one of the roles: admin, staff", "code": "forbidden"})
)]
pub struct Forbidden(pub Problem);

/// Nothing exists at this address.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:not-found", "title": "Not found", "status": 404,
        "detail": "no reference list named 'colours'", "instance": "/api/v1/reference/colours",
        "code": "not_found", "request_id": "3f2a0c1e-9b7d-4c55-8a0e-2f1d6c7b9a10"})
)]
pub struct NotFound(pub Problem);

/// The request conflicts with the current state: a unique value already taken, or a state
/// change the current state does not allow (`allowed` lists what it does allow).
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:conflict", "title": "Conflicts with the current state",
        "status": 409, "detail": "the association is dissolved", "code": "conflict", "allowed": []})
)]
pub struct Conflict(pub Problem);

/// `If-Match` names a version that is no longer current: read the resource again.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:precondition-failed", "title": "The resource has changed",
        "status": 412, "detail": "the resource is at version 4, not 3", "code": "precondition_failed"})
)]
pub struct PreconditionFailed(pub Problem);

/// What the request names is no longer available: a change-feed cursor from before a
/// restore or from another database. Start again from a full export.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:gone", "title": "No longer available",
        "status": 410, "detail": "this cursor has expired: read the roster again from the start", "code": "gone"})
)]
pub struct Gone(pub Problem);

/// The request body is larger than the configured limit.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:payload-too-large", "title": "The request body is too large",
        "status": 413, "detail": "the body is larger than 1048576 bytes", "code": "payload_too_large"})
)]
pub struct PayloadTooLarge(pub Problem);

/// The body is not in a media type this operation accepts.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:unsupported-media-type", "title": "Unsupported media type",
        "status": 415, "detail": "send the body as application/json", "code": "unsupported_media_type"})
)]
pub struct UnsupportedMediaType(pub Problem);

/// The request is well-formed but breaks rules; `errors` lists each field.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:validation-failed", "title": "The request breaks a rule",
        "status": 422, "detail": "1 field is invalid", "code": "validation_failed",
        "errors": [{"field": "email", "code": "email", "message": "must be an email address"}]})
)]
pub struct ValidationFailed(pub Problem);

/// The work runs as a background job: follow `Location` (poll every `Retry-After` seconds) for
/// its progress and, at the end, the report the request would have answered.
#[derive(ToResponse)]
#[response(
    content_type = "application/json",
    headers(
        ("Location" = String, description = "The job, `/api/v1/jobs/{id}`"),
        ("Retry-After" = u32, description = "Seconds to wait before asking for the job"),
        ("RateLimit-Policy" = String, description = "The write rate limit, when on (IETF httpapi draft): `\"writes\";q=<writes>;w=60`, per client"),
        ("RateLimit" = String, description = "What is left of it for this client: `\"writes\";r=<writes left>;t=<seconds until the allowance is full>`"),
    ),
)]
pub struct JobStarted(pub crate::api::jobs::dto::Job);

/// The database is unreachable or busy; retry after the number of seconds in `Retry-After`.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    headers(("Retry-After" = u32, description = "Seconds to wait before retrying")),
    example = json!({"type": "urn:lienhiep:problem:service-unavailable", "title": "Service temporarily unavailable",
        "status": 503, "detail": "the database is unreachable", "code": "service_unavailable"})
)]
pub struct ServiceUnavailable(pub Problem);

/// The request body did not arrive in time: it paused longer than `LIENHIEP_BODY_IDLE_TIMEOUT_SECS`
/// or took longer than `LIENHIEP_BODY_TIMEOUT_SECS`. Nothing was changed.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:request-timeout", "title": "The request did not arrive in time",
        "status": 408, "detail": "the body did not arrive in time (at most 30 s without data, 600 s in all)",
        "code": "request_timeout"})
)]
pub struct RequestTimeout(pub Problem);

/// This client sent more writes in the last minute than `LIENHIEP_WRITES_PER_MINUTE` allows
/// (counted per token subject, or per address without a token); retry after `Retry-After`
/// seconds. Nothing was changed.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    headers(
        ("Retry-After" = u32, description = "Seconds to wait before retrying"),
        ("RateLimit-Policy" = String, description = "The write rate limit (IETF httpapi draft): `\"writes\";q=<writes>;w=60`"),
        ("RateLimit" = String, description = "What is left of it: `\"writes\";r=0;t=<seconds until a write is allowed>`"),
    ),
    example = json!({"type": "urn:lienhiep:problem:too-many-requests", "title": "Too many requests",
        "status": 429, "detail": "retry after 2 seconds", "code": "too_many_requests"})
)]
pub struct TooManyRequests(pub Problem);

/// The request line and headers are larger than `LIENHIEP_MAX_HEADER_BYTES` (16 KiB by default).
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:request-header-fields-too-large",
        "title": "The request headers are too large", "status": 431,
        "detail": "the request line and headers have 20480 bytes; the limit is 16384",
        "code": "request_header_fields_too_large"})
)]
pub struct HeadersTooLarge(pub Problem);

/// An unexpected error. Nothing internal is shown; quote `request_id` when reporting it.
#[derive(ToResponse)]
#[response(
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:internal-error", "title": "Internal server error",
        "status": 500, "detail": "an unexpected error occurred; quote the request id when reporting it",
        "code": "internal_error", "request_id": "3f2a0c1e-9b7d-4c55-8a0e-2f1d6c7b9a10"})
)]
pub struct InternalError(pub Problem);

/// The errors any write with a JSON body can answer: `400`, `401`, `403`, `404`, `409`,
/// `412`, `413`, `415`, `422`, `503` (and `500`, added to every operation).
#[derive(utoipa::IntoResponses)]
pub enum WriteErrors {
    /// See [`BadRequest`].
    #[response(status = 400)]
    BadRequest(#[ref_response] BadRequest),
    /// See [`Unauthorized`].
    #[response(status = 401)]
    Unauthorized(#[ref_response] Unauthorized),
    /// See [`Forbidden`].
    #[response(status = 403)]
    Forbidden(#[ref_response] Forbidden),
    /// See [`NotFound`].
    #[response(status = 404)]
    NotFound(#[ref_response] NotFound),
    /// See [`Conflict`].
    #[response(status = 409)]
    Conflict(#[ref_response] Conflict),
    /// See [`PreconditionFailed`].
    #[response(status = 412)]
    PreconditionFailed(#[ref_response] PreconditionFailed),
    /// See [`PayloadTooLarge`].
    #[response(status = 413)]
    PayloadTooLarge(#[ref_response] PayloadTooLarge),
    /// See [`UnsupportedMediaType`].
    #[response(status = 415)]
    UnsupportedMediaType(#[ref_response] UnsupportedMediaType),
    /// See [`ValidationFailed`].
    #[response(status = 422)]
    ValidationFailed(#[ref_response] ValidationFailed),
    /// See [`ServiceUnavailable`].
    #[response(status = 503)]
    ServiceUnavailable(#[ref_response] ServiceUnavailable),
}

/// The errors an import can answer: those of a create ([`CreateErrors`]), the `422` of invalid
/// rows with the import's report.
#[derive(utoipa::IntoResponses)]
pub enum ImportErrors {
    /// See [`BadRequest`].
    #[response(status = 400)]
    BadRequest(#[ref_response] BadRequest),
    /// See [`Unauthorized`].
    #[response(status = 401)]
    Unauthorized(#[ref_response] Unauthorized),
    /// See [`Forbidden`].
    #[response(status = 403)]
    Forbidden(#[ref_response] Forbidden),
    /// See [`Conflict`].
    #[response(status = 409)]
    Conflict(#[ref_response] Conflict),
    /// See [`PayloadTooLarge`].
    #[response(status = 413)]
    PayloadTooLarge(#[ref_response] PayloadTooLarge),
    /// See [`UnsupportedMediaType`].
    #[response(status = 415)]
    UnsupportedMediaType(#[ref_response] UnsupportedMediaType),
    /// See [`crate::api::bulk::ImportRefused`].
    #[response(status = 422)]
    ImportRefused(#[ref_response] crate::api::bulk::ImportRefused),
    /// See [`ServiceUnavailable`].
    #[response(status = 503)]
    ServiceUnavailable(#[ref_response] ServiceUnavailable),
}

/// The errors a create with a JSON body can answer: `400`, `401`, `403`, `409`, `413`, `415`,
/// `422`, `503` (and `500`, added to every operation).
#[derive(utoipa::IntoResponses)]
pub enum CreateErrors {
    /// See [`BadRequest`].
    #[response(status = 400)]
    BadRequest(#[ref_response] BadRequest),
    /// See [`Unauthorized`].
    #[response(status = 401)]
    Unauthorized(#[ref_response] Unauthorized),
    /// See [`Forbidden`].
    #[response(status = 403)]
    Forbidden(#[ref_response] Forbidden),
    /// See [`Conflict`].
    #[response(status = 409)]
    Conflict(#[ref_response] Conflict),
    /// See [`PayloadTooLarge`].
    #[response(status = 413)]
    PayloadTooLarge(#[ref_response] PayloadTooLarge),
    /// See [`UnsupportedMediaType`].
    #[response(status = 415)]
    UnsupportedMediaType(#[ref_response] UnsupportedMediaType),
    /// See [`ValidationFailed`].
    #[response(status = 422)]
    ValidationFailed(#[ref_response] ValidationFailed),
    /// See [`ServiceUnavailable`].
    #[response(status = 503)]
    ServiceUnavailable(#[ref_response] ServiceUnavailable),
}

/// What a statistics read answers besides its figures: `304` to a current `If-None-Match`,
/// `400`, `401` (public statistics off), `403`, `422`, `503` (and `500`, added to every
/// operation).
#[derive(utoipa::IntoResponses)]
pub enum FiguresErrors {
    /// The figures did not change since the `ETag` sent in `If-None-Match`.
    #[response(status = 304, description = "Not modified")]
    NotModified,
    /// See [`BadRequest`].
    #[response(status = 400)]
    BadRequest(#[ref_response] BadRequest),
    /// See [`Unauthorized`].
    #[response(status = 401)]
    Unauthorized(#[ref_response] Unauthorized),
    /// See [`Forbidden`].
    #[response(status = 403)]
    Forbidden(#[ref_response] Forbidden),
    /// See [`ValidationFailed`].
    #[response(status = 422)]
    ValidationFailed(#[ref_response] ValidationFailed),
    /// See [`ServiceUnavailable`].
    #[response(status = 503)]
    ServiceUnavailable(#[ref_response] ServiceUnavailable),
}
