//! Background jobs: big roster syncs and imports run after the request is answered. The state lives in
//! the database; progress lives in the running process (and, on PostgreSQL, is written to
//! the database every few seconds with a heartbeat). A job's work is one transaction, so a
//! job whose process stopped changed nothing: it is marked failed.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::jobs as j;
use crate::db::DbConnection;
use crate::error::ApiError;
use crate::models::audit::WriteContext;

/// A job with no sign of life for this long, in no process of ours, was interrupted.
pub const STALE_SECS: i64 = 60;

/// A row of `jobs`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = j)]
pub struct JobRow {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// The association it works on; none for an import of the union's records.
    pub association_id: Option<i64>,
    /// State.
    pub state: String,
    /// Rows to process.
    pub rows_total: i64,
    /// Rows processed, as last written.
    pub rows_done: i64,
    /// Final report (JSON).
    pub report: Option<String>,
    /// Why it failed.
    pub error: Option<String>,
    /// Who started it.
    pub actor: String,
    /// The process running it.
    pub runner: String,
    /// Last sign of life.
    pub heartbeat_at: NaiveDateTime,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Started.
    pub started_at: Option<NaiveDateTime>,
    /// Finished.
    pub finished_at: Option<NaiveDateTime>,
}

/// Progress of a job in this process: (phase, rows done).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// `checking` the rows of members already on the roster, then `writing` the changes (the
    /// rows of new members are checked as they are written).
    pub phase: &'static str,
    /// Rows done in the phase.
    pub rows_done: u64,
}

/// This process's id as a job runner.
pub fn runner() -> &'static str {
    static RUNNER: OnceLock<String> = OnceLock::new();
    RUNNER.get_or_init(|| uuid::Uuid::new_v4().to_string())
}

/// A job in the registry of this process: its id and creation instant (ids alone could repeat
/// across databases, as in tests that run several databases in one process).
pub type JobKey = (i64, NaiveDateTime);

fn registry() -> &'static Mutex<HashMap<JobKey, Progress>> {
    static REGISTRY: OnceLock<Mutex<HashMap<JobKey, Progress>>> = OnceLock::new();
    REGISTRY.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Records the progress of a job running in this process.
pub fn set_progress(key: JobKey, progress: Progress) {
    if let Ok(mut map) = registry().lock() {
        map.insert(key, progress);
    }
}

/// The progress of a job running in this process.
pub fn progress(key: JobKey) -> Option<Progress> {
    registry().lock().ok().and_then(|map| map.get(&key).copied())
}

/// Forgets a finished job's progress.
pub fn forget(key: JobKey) {
    if let Ok(mut map) = registry().lock() {
        map.remove(&key);
    }
}

/// Creates a queued job run by this process.
pub fn create(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    kind: &str,
    association_id: Option<i64>,
    rows_total: usize,
) -> QueryResult<JobRow> {
    let row: JobRow = diesel::insert_into(j::table)
        .values((
            j::kind.eq(kind),
            j::association_id.eq(association_id),
            j::state.eq("queued"),
            j::rows_total.eq(i64::try_from(rows_total).unwrap_or(i64::MAX)),
            j::rows_done.eq(0),
            j::actor.eq(&ctx.actor),
            j::runner.eq(runner()),
            j::heartbeat_at.eq(ctx.now),
            j::created_at.eq(ctx.now),
        ))
        .returning(j::all_columns)
        .get_result(conn)?;
    set_progress((row.id, row.created_at), Progress { phase: "queued", rows_done: 0 });
    Ok(row)
}

/// Marks a job running.
pub fn start(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    let now = crate::domain::time::now();
    diesel::update(j::table.find(id))
        .set((j::state.eq("running"), j::started_at.eq(Some(now)), j::heartbeat_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Writes progress and a heartbeat (PostgreSQL only: SQLite's writer lock is held by the job).
pub fn heartbeat(conn: &mut DbConnection, id: i64, rows_done: u64) -> QueryResult<()> {
    diesel::update(j::table.filter(j::id.eq(id).and(j::state.eq("running"))))
        .set((
            j::rows_done.eq(i64::try_from(rows_done).unwrap_or(i64::MAX)),
            j::heartbeat_at.eq(crate::domain::time::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records how a job ended: `completed` with its report, or `failed` with the reason.
pub fn finish(conn: &mut DbConnection, key: JobKey, outcome: Result<String, String>) -> QueryResult<()> {
    let id = key.0;
    let now = crate::domain::time::now();
    let (state, report, error) = match outcome {
        Ok(report) => ("completed", Some(report), None),
        Err(error) => ("failed", None, Some(error)),
    };
    diesel::update(j::table.find(id))
        .set((
            j::state.eq(state),
            j::report.eq(report),
            j::error.eq(error),
            j::rows_done.eq(j::rows_total),
            j::finished_at.eq(Some(now)),
            j::heartbeat_at.eq(now),
        ))
        .execute(conn)?;
    forget(key);
    Ok(())
}

const INTERRUPTED: &str = "interrupted (the service stopped while it ran); nothing was changed: send the file again";

/// Marks failed the unfinished jobs that no process runs any more: on SQLite every job not
/// run by this process (one process owns an SQLite file); on PostgreSQL those without a
/// heartbeat for [`STALE_SECS`] (another replica may be running the others).
pub fn fail_interrupted(conn: &mut DbConnection) -> QueryResult<usize> {
    let now = crate::domain::time::now();
    let stale = now - chrono::Duration::seconds(STALE_SECS);
    let unfinished = j::state.eq_any(["queued", "running"]);
    let q = diesel::update(j::table).filter(unfinished).filter(j::runner.ne(runner())).set((
        j::state.eq("failed"),
        j::error.eq(Some(INTERRUPTED)),
        j::finished_at.eq(Some(now)),
    ));
    match conn {
        DbConnection::Sqlite(_) => q.execute(conn),
        DbConnection::Pg(_) => diesel::update(j::table)
            .filter(j::state.eq_any(["queued", "running"]))
            .filter(j::runner.ne(runner()))
            .filter(j::heartbeat_at.lt(stale))
            .set((j::state.eq("failed"), j::error.eq(Some(INTERRUPTED)), j::finished_at.eq(Some(now))))
            .execute(conn),
    }
}

/// One job; an unfinished one that no process runs any more is marked failed first.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<JobRow, ApiError> {
    let find = |conn: &mut DbConnection| {
        j::table
            .find(id)
            .select(JobRow::as_select())
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::NotFound(format!("no job with id {id}")))
    };
    let row = find(conn)?;
    if (row.state == "queued" || row.state == "running") && progress((id, row.created_at)).is_none() {
        fail_interrupted(conn)?;
        return find(conn);
    }
    Ok(row)
}
