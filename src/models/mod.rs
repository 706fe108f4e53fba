//! Diesel structs and the queries on them, one file per resource. Handlers call these
//! functions inside `db::run_blocking`; nothing here knows about HTTP.

pub mod activity;
pub mod advisory;
pub mod advisory_team;
pub mod annual_report;
pub mod api_client;
pub mod association;
pub mod audit;
pub mod award_category;
pub mod awards;
pub mod branch;
pub mod commendation;
pub mod contest;
pub mod contest_entry;
pub mod honour;
pub mod id_hash;
pub mod idempotency;
pub mod indicator;
pub mod job;
pub mod judging;
pub mod login_attempt;
pub mod member;
pub mod national_standing;
pub mod nomination;
pub mod person;
pub mod reference;
pub mod refresh_token;
pub mod roster;
pub mod statistics;
pub mod union_profile;
pub mod user;

/// What an import did (or, for a dry run, would do): the same shape for every import, and the
/// counts a roster sync's report has.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ImportReport {
    /// Whether the records were written (`false` for a dry run).
    pub applied: bool,
    /// Records read from the file.
    pub rows: usize,
    /// Records created; for a dry run, or an import refused for its invalid rows, those its
    /// valid rows would create (as a roster sync's report says).
    pub created: usize,
    /// Invalid rows left out (with `on_error=skip`).
    pub skipped: usize,
    /// Rows with something wrong.
    pub invalid_rows: usize,
    /// What is wrong, in row order: each error names its row, column, cell, code and message (in
    /// Vietnamese with `Accept-Language: vi`); the first 1,000 (`invalid_rows` counts the rows).
    pub errors: Vec<crate::error::FieldError>,
}

/// What a bulk write did: the records written, or the rows it refused — each `(row, error)`,
/// the error's field named within the record — with nothing written.
pub type Written = Result<usize, Vec<(usize, crate::error::FieldError)>>;

/// `f` over `items`, in order, on as many threads as there are cores (at most 4): for pure
/// work on each row of a large file (checking it, building a new member).
pub fn parallel_map<T: Sync, U: Send>(items: &[T], f: &(dyn Fn(&T) -> U + Sync)) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
    let part = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let others: Vec<_> =
            items.chunks(part).skip(1).map(|c| scope.spawn(move || c.iter().map(f).collect::<Vec<U>>())).collect();
        let mut out: Vec<U> = Vec::with_capacity(items.len());
        out.extend(items.chunks(part).next().unwrap_or_default().iter().map(f));
        for handle in others {
            match handle.join() {
                Ok(part) => out.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}
