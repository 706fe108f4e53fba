//! Handlers of background jobs.

use actix_web::{get, web, HttpResponse};

use super::dto::Job;
use crate::api::caller::AuthUser;
use crate::auth::Role;
use crate::db::run_blocking;
use crate::error::ApiResult;
use crate::models::job as model;
use crate::state::AppState;

/// Get a job
///
/// A background job (a big roster sync or import): its state, its progress while it runs (phase and
/// rows done of the total), and at the end the same report a synchronous sync answers, or
/// why it failed. Jobs live in the database: a job interrupted by a restart is `failed` and
/// changed nothing. Poll every few seconds (`Retry-After` says how many). Admin, staff, or the association's own managers
/// (an import of the union's records: admin and staff).
#[utoipa::path(
    tag = "jobs",
    params(("id" = i64, Path, description = "Job id")),
    responses(
        (status = 200, description = "The job", body = Job, headers(
            ("Retry-After" = u32, description = "While the job is queued or running: seconds to wait before asking again"),
        )),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/jobs/{id}")]
pub async fn get_job(state: web::Data<AppState>, AuthUser(p): AuthUser, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    match row.association_id {
        Some(association) => p.require_manages(association)?,
        None => p.require_any(&[Role::Admin, Role::Staff])?,
    }
    let job = Job::from_row(row);
    let mut response = HttpResponse::Ok();
    response.insert_header(("Cache-Control", "no-store"));
    if job.unfinished() {
        response.insert_header((actix_web::http::header::RETRY_AFTER, super::POLL_AFTER_SECS));
    }
    Ok(response.json(job))
}
