//! Turning the framework's own extractor errors (JSON body, path, query) into problems.

use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
use actix_web::{web, HttpRequest};

use crate::error::{ApiError, FieldError};

/// JSON body settings: size limit and problem+json errors.
pub fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default().limit(limit).error_handler(|e, _req: &HttpRequest| json_error(e).into())
}

/// Path parameter errors answer 404: such a path names nothing.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|e, req| {
        // `PATCH /activities/import` reaches `PATCH /activities/{id}`; the path exists, with
        // other methods: 405 with `Allow`, as for any other method a path does not take.
        let allow = req
            .app_data::<web::Data<crate::state::RouteIndex>>()
            .map(|index| index.methods_for(req.path()))
            .unwrap_or_default();
        if !allow.is_empty() && !allow.iter().any(|m| m == req.method().as_str()) {
            return ApiError::MethodNotAllowed(allow).into();
        }
        path_error(e).into()
    })
}

/// Query string errors answer 400.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|e, _req| query_error(e).into())
}

fn json_error(e: JsonPayloadError) -> ApiError {
    match e {
        JsonPayloadError::OverflowKnownLength { length, limit } => {
            ApiError::PayloadTooLarge(format!("the body has {length} bytes; the limit is {limit}"))
        }
        JsonPayloadError::Overflow { limit } => {
            ApiError::PayloadTooLarge(format!("the body is larger than {limit} bytes"))
        }
        JsonPayloadError::ContentType => ApiError::UnsupportedMediaType(
            "send the body as application/json with Content-Type: application/json".into(),
        ),
        JsonPayloadError::Deserialize(e) => deserialize_error(&e),
        JsonPayloadError::Payload(e) => ApiError::BadRequest(format!("the body could not be read: {e}")),
        other => ApiError::BadRequest(format!("the body could not be read: {other}")),
    }
}

/// Maps a serde_json error: syntax and type errors are 400; a missing or unknown field, in a
/// body that is otherwise well-formed, is a 422 naming the field.
pub fn deserialize_error(e: &serde_json::Error) -> ApiError {
    let message = e.to_string();
    if e.is_data() {
        if let Some(field) = between(&message, "missing field `", "`") {
            return ApiError::Validation(vec![FieldError::new(field, "required", "is required")]);
        }
        if let Some(field) = between(&message, "unknown field `", "`") {
            return ApiError::Validation(vec![FieldError::new(
                field,
                "unknown_field",
                "is not a field of this resource",
            )]);
        }
    }
    ApiError::BadRequest(format!("the JSON body is invalid: {message}"))
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let len = s[from..].find(end)?;
    Some(&s[from..from + len])
}

/// A path whose parameters do not parse (`/associations/abc`) names nothing: 404, as for an
/// id that does not exist.
fn path_error(e: PathError) -> ApiError {
    match e {
        PathError::Deserialize(e) => {
            ApiError::NotFound(format!("nothing exists at this address: a path parameter is not valid ({e})"))
        }
        other => ApiError::NotFound(format!("nothing exists at this address: a path parameter is not valid ({other})")),
    }
}

fn query_error(e: QueryPayloadError) -> ApiError {
    match e {
        QueryPayloadError::Deserialize(e) => ApiError::BadRequest(format!("query string is invalid: {e}")),
        other => ApiError::BadRequest(format!("query string is invalid: {other}")),
    }
}

/// Whether the request says its body is JSON (`application/json` or a `+json` type).
fn is_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<mime::Mime>().ok())
        .is_some_and(|m| m.subtype() == mime::JSON || m.suffix() == Some(mime::JSON))
}

/// Reads an optional JSON body: no body (or JSON `null`) gives `T::default()`; otherwise it
/// must be JSON (415 if not) and is read with the same error mapping as `web::Json`. A body
/// of whitespace alone is no JSON text (RFC 8259 §2): a 400, not an empty body.
pub fn optional_json<T: serde::de::DeserializeOwned + Default>(req: &HttpRequest, body: &[u8]) -> Result<T, ApiError> {
    if body.is_empty() {
        return Ok(T::default());
    }
    if !is_json(req) {
        return Err(ApiError::UnsupportedMediaType("send the body as application/json".into()));
    }
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| deserialize_error(&e))?;
    if value.is_null() {
        return Ok(T::default());
    }
    from_object(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        count: u32,
    }

    fn err(json: &str) -> ApiError {
        deserialize_error(&serde_json::from_str::<Body>(json).expect_err("must fail"))
    }

    #[test]
    fn syntax_and_type_errors_are_bad_requests() {
        assert!(matches!(err("{"), ApiError::BadRequest(_)));
        assert!(matches!(err(r#"{"name": 1, "count": 1}"#), ApiError::BadRequest(_)));
    }

    #[test]
    fn missing_and_unknown_fields_are_validation_errors_naming_the_field() {
        match err(r#"{"name": "a"}"#) {
            ApiError::Validation(errors) => {
                assert_eq!(errors, vec![FieldError::new("count", "required", "is required")])
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
        match err(r#"{"name": "a", "count": 1, "colour": "red"}"#) {
            ApiError::Validation(errors) => assert_eq!(errors[0].field, "colour"),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Optional {
        on: Option<String>,
    }

    #[test]
    fn an_optional_body_is_absent_only_when_empty_or_null() {
        let req = actix_web::test::TestRequest::default()
            .insert_header(("content-type", "application/json"))
            .to_http_request();
        for empty in [&b""[..], b"null", b" \r\n\tnull "] {
            assert!(optional_json::<Optional>(&req, empty).expect("empty").on.is_none());
        }
        assert_eq!(optional_json::<Optional>(&req, br#" {"on": "x"} "#).expect("a body").on.as_deref(), Some("x"));
        // Whitespace alone is no JSON text; a form feed or a vertical tab is no JSON whitespace.
        for not_json in [&b"\t"[..], b" \r\n", b"\x0c", b"\x0b", b" \x0c null"] {
            assert!(matches!(optional_json::<Optional>(&req, not_json), Err(ApiError::BadRequest(_))), "{not_json:?}");
        }
    }
}

/// A JSON request body that must be an object (serde would also read a struct from an
/// array). It is read before the handler runs, but what is wrong with it (not JSON, `415`;
/// malformed, `400`; a missing or unknown field, `422`) comes out only when the handler asks
/// for it with [`into_inner`](Self::into_inner): after the caller's role and scope are
/// checked, so that a caller who may not write there hears `403` whatever the body. Its size
/// is bounded by the route's limit (`body`).
#[derive(Debug)]
pub struct JsonObject<T>(Result<T, ApiError>);

impl<T> JsonObject<T> {
    /// The body, or why it cannot be read. Call it after authorising the caller.
    pub fn into_inner(self) -> Result<T, ApiError> {
        self.0
    }
}

/// Reads `value` as `T` when it is a JSON object.
pub fn from_object<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    if !value.is_object() {
        return Err(ApiError::BadRequest("the body must be a JSON object".into()));
    }
    serde_json::from_value(value).map_err(|e| deserialize_error(&e))
}

impl<T: serde::de::DeserializeOwned + 'static> actix_web::FromRequest for JsonObject<T> {
    type Error = actix_web::Error;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let is_json = is_json(req);
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            let body = body.await;
            let parsed = if is_json {
                body.map_err(|_| ApiError::BadRequest("the body could not be read".into())).and_then(|body| {
                    let value: serde_json::Value = serde_json::from_slice(&body).map_err(|e| deserialize_error(&e))?;
                    from_object(value)
                })
            } else {
                Err(ApiError::UnsupportedMediaType(
                    "send the body as application/json with Content-Type: application/json".into(),
                ))
            };
            Ok(JsonObject(parsed))
        })
    }
}

/// Checks a `{year}` path parameter: 1900 to 2100, else a `422` on `year`.
pub fn check_year(year: i32) -> Result<(), ApiError> {
    if (1900..=2100).contains(&year) {
        Ok(())
    } else {
        Err(ApiError::Validation(vec![crate::error::FieldError::new("year", "range", "must be between 1900 and 2100")]))
    }
}
