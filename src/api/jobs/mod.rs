//! `/api/v1/jobs`: background jobs (big roster syncs and imports).

pub mod dto;
pub mod handlers;

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};

use crate::db::{run_blocking, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::job::{self, JobKey, Progress};
use crate::models::roster::OnProgress;
use crate::state::AppState;

/// Seconds a client should wait before it asks for a job again (`Retry-After`).
const POLL_AFTER_SECS: u32 = 2;

/// Runs `work` as a background job of `kind`: answers `202` with `Location: /api/v1/jobs/{id}`
/// at once; the job's state, progress (and, on PostgreSQL, a heartbeat) and at the end the
/// report `work` returns, or why it failed, go to the job. The job keeps the request's upload
/// turn: what it holds in memory counts against the uploads running at once until it ends.
pub async fn spawn<R, W>(
    state: &AppState,
    req: &HttpRequest,
    ctx: &WriteContext,
    kind: dto::JobKind,
    association_id: Option<i64>,
    rows_total: usize,
    work: W,
) -> ApiResult<HttpResponse>
where
    R: serde::Serialize + Send + 'static,
    W: FnOnce(&mut DbConnection, &OnProgress<'_>) -> Result<R, ApiError> + Send + 'static,
{
    let job_ctx = ctx.clone();
    let row = run_blocking(&state.pool, move |conn| {
        Ok(job::create(conn, &job_ctx, kind.code(), association_id, rows_total)?)
    })
    .await?;
    let id = (row.id, row.created_at);
    let pool = state.pool.clone();
    let postgres = matches!(state.config.database, crate::db::DbUrl::Postgres(_));
    let turn = req.extensions_mut().remove::<crate::state::UploadTurn>();
    actix_web::rt::spawn(async move {
        let _turn = turn;
        run(pool, postgres, id, kind.code(), work).await;
    });
    Ok(HttpResponse::Accepted()
        .insert_header((header::LOCATION, format!("/api/v1/jobs/{}", row.id)))
        .insert_header((header::RETRY_AFTER, POLL_AFTER_SECS))
        .json(dto::Job::from_row(row)))
}

async fn run<R, W>(pool: crate::db::DbPool, postgres: bool, id: JobKey, kind: &'static str, work: W)
where
    R: serde::Serialize + Send + 'static,
    W: FnOnce(&mut DbConnection, &OnProgress<'_>) -> Result<R, ApiError> + Send + 'static,
{
    if postgres {
        let pool = pool.clone();
        actix_web::rt::spawn(async move {
            loop {
                actix_web::rt::time::sleep(std::time::Duration::from_secs(2)).await;
                let Some(progress) = job::progress(id) else { break };
                let _ = run_blocking(&pool, move |conn| Ok(job::heartbeat(conn, id.0, progress.rows_done)?)).await;
            }
        });
    }
    let result = run_blocking(&pool, move |conn| {
        job::start(conn, id.0)?;
        let on_progress = |phase: &'static str, done: usize| {
            job::set_progress(id, Progress { phase, rows_done: done as u64 });
        };
        work(conn, &on_progress)
    })
    .await;
    let outcome = match result {
        Ok(report) => serde_json::to_string(&report).map_err(|e| e.to_string()),
        Err(ApiError::Internal(e)) => {
            tracing::error!(job = id.0, kind, error = ?e, "background job failed");
            Err("an unexpected error stopped the job; nothing was changed".to_owned())
        }
        Err(e) => Err(format!("{}; nothing was changed", e.to_problem().detail.unwrap_or_default())),
    };
    if let Err(e) = run_blocking(&pool, move |conn| Ok(job::finish(conn, id, outcome)?)).await {
        tracing::error!(job = id.0, kind, error = %e, "recording the end of a job failed");
        job::forget(id);
    }
}
