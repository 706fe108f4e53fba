//! Handlers of the operational endpoints.

use std::time::Duration;

use actix_web::http::header;
use actix_web::{get, web, HttpRequest, HttpResponse};
use diesel::connection::SimpleConnection;

use super::dto::HealthStatus;
use crate::api::http::json_bytes_with_etag;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::telemetry::metrics_handle;

/// How long readiness waits for a database connection.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

/// Liveness
///
/// Answers `200` while the process runs, without touching the database. For a container
/// orchestrator's liveness probe.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "The process is alive", body = HealthStatus)),
    security(())
)]
#[get("/healthz")]
pub async fn get_healthz() -> HttpResponse {
    HttpResponse::Ok().json(HealthStatus { status: "ok".into() })
}

/// Readiness
///
/// Answers `200` when the database answers a query, else `503` with `Retry-After`. For a
/// load balancer's readiness probe.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "The service can serve requests", body = HealthStatus),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[get("/readyz")]
pub async fn get_readyz(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let pool = state.pool.clone();
    let answered = web::block(move || -> Result<(), String> {
        let mut conn = pool.get_timeout(READY_TIMEOUT).map_err(|e| e.to_string())?;
        conn.batch_execute("SELECT 1").map_err(|e| e.to_string())
    })
    .await?;
    match answered {
        Ok(()) => Ok(HttpResponse::Ok().json(HealthStatus { status: "ok".into() })),
        Err(cause) => {
            tracing::warn!(%cause, "readiness check failed");
            Err(ApiError::Unavailable { detail: "the database is unreachable".into(), retry_after: 5 })
        }
    }
}

/// Prometheus metrics
///
/// Request counts and latency histograms by route and status, and the state of the database
/// pool, in the Prometheus text format. Public only when `LIENHIEP_METRICS_PUBLIC=true`;
/// otherwise send `Authorization: Bearer <LIENHIEP_METRICS_TOKEN>`.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Metrics in the Prometheus text format", body = String, content_type = "text/plain; version=0.0.4"),
        (status = 401, response = crate::api::responses::Unauthorized),
    ),
    security((), ("metrics_token" = []))
)]
#[get("/metrics")]
pub async fn get_metrics(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    if !state.config.metrics_public && !has_metrics_token(&req, state.config.metrics_token.as_deref()) {
        return Err(ApiError::Unauthorized(
            "metrics need the bearer token set in LIENHIEP_METRICS_TOKEN (or LIENHIEP_METRICS_PUBLIC=true)".into(),
        ));
    }
    let pool = state.pool.state();
    metrics::gauge!("db_pool_connections").set(f64::from(pool.connections));
    metrics::gauge!("db_pool_idle_connections").set(f64::from(pool.idle_connections));
    metrics::gauge!("db_pool_max_connections").set(f64::from(state.pool.max_size()));
    metrics::counter!("statistics_computations_total").absolute(state.statistics.computations());
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"))
        .body(metrics_handle().render()))
}

fn has_metrics_token(req: &HttpRequest, expected: Option<&str>) -> bool {
    let Some(expected) = expected else { return false };
    let Some(given) =
        req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    crate::auth::secret::constant_time_eq(given.trim(), expected)
}

/// The generated OpenAPI document as JSON, shared by every worker.
pub struct OpenApiJson(pub Vec<u8>);

/// The OpenAPI document
///
/// This API's OpenAPI 3.1 document, generated from the code; build clients from it. Swagger
/// UI at `/docs/` reads it.
#[utoipa::path(
    tag = "operations",
    params(("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer; if it still matches, the answer is `304` without a body")),
    responses(
        (status = 200, description = "The OpenAPI document", body = Object,
            headers(("ETag" = String, description = "Entity tag of this representation"))),
        (status = 304, description = "Not modified: the `If-None-Match` tag is current"),
    ),
    security(())
)]
#[get("/openapi.json")]
pub async fn get_openapi(document: web::Data<OpenApiJson>, req: HttpRequest) -> ApiResult<HttpResponse> {
    json_bytes_with_etag(&req, document.0.clone(), "public, max-age=300")
}
