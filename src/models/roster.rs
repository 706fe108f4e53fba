//! Roster sync: plans what a roster file changes in an association's memberships (created,
//! updated, unchanged, left) and applies it in one transaction, all or nothing.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::schema::branches;
use crate::db::Backend;
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{CodeList, MembershipStatus};
use crate::domain::import::{row_error, Lang, RowError};
use crate::domain::roster::{Column, SourceRow, Table};
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};
use crate::models::member::{self, Member, MembershipData, PersonData};

/// How the file relates to the roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Create or update the members in the file; leave the others alone.
    Upsert,
    /// The file is the whole roster: also mark members missing from it as left.
    Snapshot,
}

/// What to do with a sync.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Upsert or snapshot.
    pub mode: Mode,
    /// Work everything out, change nothing.
    pub dry_run: bool,
    /// Apply the valid rows when some are invalid (otherwise one invalid row changes nothing).
    pub skip_invalid: bool,
    /// The language of row-error messages.
    pub lang: Lang,
    /// Today in the union's time zone.
    pub today: NaiveDate,
}

/// What a sync did (or, for a dry run or a refused file, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
pub struct SyncReport {
    /// Whether the changes were written (`false` for a dry run or when invalid rows stopped it).
    pub applied: bool,
    /// Member rows read from the file.
    pub rows: usize,
    /// Members created.
    pub created: usize,
    /// Members whose data changed.
    pub updated: usize,
    /// Members already as in the file.
    pub unchanged: usize,
    /// Members missing from a snapshot, marked left.
    pub left: usize,
    /// Invalid rows left out (with `on_error=skip`).
    pub skipped: usize,
    /// Rows with something wrong (the header counts as row 1 of a CSV file).
    pub invalid_rows: usize,
    /// What is wrong, row by row: the first 1,000 problems (`invalid_rows` counts them all).
    pub errors: Vec<RowError>,
}

pub use crate::domain::roster::MAX_ERRORS;

impl SyncReport {
    /// Adds row errors, keeping no more than twice [`MAX_ERRORS`] at any time: whenever there
    /// are more, only the first in row order stay (those are the ones the report lists).
    fn add_errors(&mut self, errors: impl IntoIterator<Item = RowError>) {
        for error in errors {
            self.errors.push(error);
            if self.errors.len() >= 2 * MAX_ERRORS {
                self.errors.sort_by_key(|e| e.row);
                self.errors.truncate(MAX_ERRORS);
            }
        }
    }
}

/// The association's branches by name key (lower-case, normalised name).
pub type Branches = HashMap<String, i64>;

/// Turns a row into a member's content, given the member it updates (if any) and the
/// association's branches; or says what is wrong with it. Called from several threads at once:
/// rows are checked in parallel.
pub type Prepare<'a> =
    dyn Fn(&SourceRow, Option<&Member>, &Branches) -> Result<(PersonData, MembershipData), Vec<RowError>> + Sync + 'a;

/// A row's content as [`Prepare`] made it.
type Prepared = Result<(PersonData, MembershipData), Vec<RowError>>;

/// Rows checked between two progress reports.
const CHECK_BLOCK: usize = 5_000;

/// Runs `prepare` over every row, with the member it updates (if any), on all cores
/// ([`crate::models::parallel_map`]): checking a row (parsing, codes, the national-ID hash,
/// names) is pure work. Progress is told every [`CHECK_BLOCK`] rows.
fn prepare_rows(
    rows: &[(&SourceRow, Option<&Member>)],
    branches: &Branches,
    prepare: &Prepare<'_>,
    progress: &OnProgress<'_>,
) -> Vec<Prepared> {
    let mut prepared = Vec::with_capacity(rows.len());
    for (i, block) in rows.chunks(CHECK_BLOCK).enumerate() {
        progress("checking", i * CHECK_BLOCK);
        prepared.extend(crate::models::parallel_map(block, &|(row, current)| prepare(row, *current, branches)));
    }
    prepared
}

/// Told how far a sync is: the phase (`checking` rows, then `writing` changes) and the rows
/// done in it.
pub type OnProgress<'a> = dyn Fn(&'static str, usize) + 'a;

/// Syncs of this many rows or more, on SQLite, are written as a bulk load (see [`sync`]).
pub const SQLITE_BULK_ROWS: usize = 5_000;

/// Whether a sync of `rows` rows on `backend` is written as a bulk load (see [`sync`]); when
/// one has been applied, the caller checkpoints the write-ahead log after answering
/// (`db::checkpoint_soon`).
pub fn is_bulk(backend: Backend, rows: usize, dry_run: bool) -> bool {
    backend == Backend::Sqlite && rows >= SQLITE_BULK_ROWS && !dry_run
}

/// Plans and (unless a dry run, or invalid rows stop it) applies a roster file to
/// `association_id` in one transaction. Rows are matched on `external_id`.
///
/// On SQLite a sync of [`SQLITE_BULK_ROWS`] rows or more is written as a bulk load: the
/// connection borrows a larger page cache; foreign keys are not checked row by row (every
/// row written refers to the association, read in the same transaction, one of its branches,
/// read likewise, or the person or membership just inserted before it); and the commit does
/// not copy the log back into the database (the automatic checkpoint, a third of a second
/// for 30,000 new members), which the caller has done after answering. The connection's
/// settings are restored afterwards, whatever the outcome.
pub fn sync(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    table: Table,
    options: Options,
    prepare: &Prepare<'_>,
    progress: &OnProgress<'_>,
) -> Result<SyncReport, ApiError> {
    let bulk = is_bulk(conn.backend(), table.rows.len(), options.dry_run);
    // The connection's own cache, given back after the sync (a negative size is in KiB).
    let own_cache = if bulk { sqlite_cache_size(conn)? } else { 0 };
    if bulk {
        let kib = crate::db::pool::SQLITE_WRITER_CACHE_KIB;
        conn.batch_execute(&format!(
            "PRAGMA cache_size = -{kib}; PRAGMA foreign_keys = OFF; PRAGMA wal_autocheckpoint = 0;"
        ))?;
    }
    let result = apply(conn, ctx, association_id, table, options, prepare, progress);
    if bulk {
        let auto = crate::db::pool::SQLITE_AUTOCHECKPOINT_PAGES;
        conn.batch_execute(&format!(
            "PRAGMA cache_size = {own_cache}; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = {auto};"
        ))?;
    }
    result
}

/// SQLite's `cache_size` of the connection as set (negative: KiB; positive: pages).
fn sqlite_cache_size(conn: &mut DbConnection) -> QueryResult<i64> {
    #[derive(QueryableByName)]
    struct CacheSize {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        cache_size: i64,
    }
    Ok(diesel::sql_query("PRAGMA cache_size").get_result::<CacheSize>(conn)?.cache_size)
}

/// How a sync's transaction ends other than by committing.
enum Stop {
    /// An error: the transaction rolls back, the caller gets the error.
    Failed(ApiError),
    /// Rows of new members were found invalid as they were written: the transaction rolls
    /// back, the caller gets the report.
    Refused(SyncReport),
}

impl From<diesel::result::Error> for Stop {
    fn from(e: diesel::result::Error) -> Self {
        Stop::Failed(e.into())
    }
}

impl From<ApiError> for Stop {
    fn from(e: ApiError) -> Self {
        Stop::Failed(e)
    }
}

/// Completes a report once every row has been checked: the errors in row order (the first
/// [`MAX_ERRORS`]), the invalid rows counted, and those skipped.
fn finish(report: &mut SyncReport, rows: &[SourceRow], bad_rows: &HashSet<usize>, skip_invalid: bool) {
    report.errors.sort_by_key(|e| e.row);
    report.invalid_rows = bad_rows.len();
    report.errors.truncate(MAX_ERRORS);
    let invalid_rows = rows.iter().filter(|r| bad_rows.contains(&r.number)).count();
    report.skipped = if skip_invalid { invalid_rows } else { 0 };
}

/// What a sync changes, worked out from the roster as it was read.
struct Plan<'t> {
    /// What the plan was made from: it holds while these are unchanged.
    basis: Basis,
    report: SyncReport,
    bad_rows: HashSet<usize>,
    /// Rows of new members, checked as they are written.
    new_rows: Vec<&'t SourceRow>,
    updates: Vec<(Member, PersonData, MembershipData)>,
    leaving: Vec<i64>,
    /// Invalid rows stop the sync: nothing is written.
    refused: bool,
}

/// The state of an association's roster that a plan depends on: its branches, and each
/// member with an external id as (membership id, version, person id, version, ID hash). Every
/// write to a membership or a person moves its version; rekeying the ID hashes does not.
#[derive(PartialEq)]
struct Basis {
    branches: Branches,
    members: Vec<member::RosterVersion>,
}

impl Basis {
    fn read(conn: &mut DbConnection, association_id: i64) -> QueryResult<Basis> {
        Ok(Basis {
            branches: read_branches(conn, association_id)?,
            members: member::roster_versions(conn, association_id)?,
        })
    }
}

fn read_branches(conn: &mut DbConnection, association_id: i64) -> QueryResult<Branches> {
    Ok(branches::table
        .filter(branches::association_id.eq(association_id))
        .select((branches::name_key, branches::id))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect())
}

/// Plans the sync and applies it. The plan (reading the roster and checking every row of the
/// file) is made before the write transaction, so that other writers do not wait for it (on
/// SQLite they would: one writer at a time). Inside the transaction the roster is read again,
/// lightly ([`Basis`]); only if another write changed it meanwhile is the plan made again
/// there. Either way what is written was planned from the roster as it is at the commit.
fn apply(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    table: Table,
    options: Options,
    prepare: &Prepare<'_>,
    progress: &OnProgress<'_>,
) -> Result<SyncReport, ApiError> {
    let started = std::time::Instant::now();
    let first = plan(conn, association_id, &table, options, prepare, progress)?;
    if options.dry_run || first.refused {
        return Ok(unwritten(first, &table, options, prepare, progress));
    }
    let planned = started.elapsed();
    let mut replanned = false;
    let outcome = write_transaction(conn, |conn| -> Result<SyncReport, Stop> {
        crate::models::association::get(conn, association_id)?;
        let plan = if Basis::read(conn, association_id)? == first.basis {
            first
        } else {
            replanned = true;
            plan(conn, association_id, &table, options, prepare, progress)?
        };
        if plan.refused {
            return Ok(unwritten(plan, &table, options, prepare, progress));
        }
        write(conn, ctx, association_id, plan, &table, options, prepare, progress)
    });
    tracing::debug!(
        association_id,
        rows = table.rows.len(),
        planned_ms = planned.as_millis() as u64,
        written_ms = (started.elapsed() - planned).as_millis() as u64,
        replanned,
        "roster sync"
    );
    match outcome {
        Ok(report) | Err(Stop::Refused(report)) => Ok(report),
        Err(Stop::Failed(e)) => Err(e),
    }
}

/// Reads the association's roster and checks every row that names a member of it.
fn plan<'t>(
    conn: &mut DbConnection,
    association_id: i64,
    table: &'t Table,
    options: Options,
    prepare: &Prepare<'_>,
    progress: &OnProgress<'_>,
) -> Result<Plan<'t>, ApiError> {
    crate::models::association::get(conn, association_id)?;
    let branches = read_branches(conn, association_id)?;
    let existing: HashMap<String, Member> = member::with_external_ids(conn, association_id)?
        .into_iter()
        .filter_map(|row| row.0.external_id.clone().map(|e| (e, row)))
        .collect();
    let mut versions: Vec<member::RosterVersion> = existing.values().map(member::roster_version).collect();
    versions.sort_unstable();
    let mut report = SyncReport { rows: table.row_count, errors: table.errors.clone(), ..SyncReport::default() };
    let mut bad_rows: HashSet<usize> = table.rows.iter().filter(|r| r.invalid).map(|r| r.number).collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    // Rows that name a member of the roster, and rows of new members.
    let mut matched: Vec<(&SourceRow, &Member)> = Vec::new();
    let mut new_rows: Vec<&SourceRow> = Vec::new();
    for row in &table.rows {
        let external_id = row.get(Column::ExternalId).and_then(|(_, v)| v).map(str::to_owned);
        let Some(external_id) = external_id else {
            report.add_errors([row_error(
                options.lang,
                row.number,
                Some(&row.header(Column::ExternalId)),
                "required",
                "external_id is required: the association's own key for the member",
            )]);
            bad_rows.insert(row.number);
            continue;
        };
        if let Some(first) = seen.get(&external_id) {
            report.add_errors([row_error(
                options.lang,
                row.number,
                Some(&row.header(Column::ExternalId)),
                "duplicate",
                &format!("external_id {external_id} is already on row {first}"),
            )]);
            bad_rows.insert(row.number);
            continue;
        }
        seen.insert(external_id.clone(), row.number);
        if bad_rows.contains(&row.number) {
            continue;
        }
        match existing.get(&external_id) {
            Some(current) => matched.push((row, current)),
            None => new_rows.push(row),
        }
    }
    let mut updates: Vec<(Member, PersonData, MembershipData)> = Vec::new();
    let pairs: Vec<(&SourceRow, Option<&Member>)> = matched.iter().map(|(row, m)| (*row, Some(*m))).collect();
    for ((row, current), prepared) in matched.iter().zip(prepare_rows(&pairs, &branches, prepare, progress)) {
        match prepared {
            Err(errors) => {
                report.add_errors(errors);
                bad_rows.insert(row.number);
            }
            Ok((person, membership)) if current.1.data() == person && current.0.data() == membership => {
                report.unchanged += 1;
            }
            Ok((person, membership)) => updates.push(((*current).clone(), person, membership)),
        }
    }
    report.updated = updates.len();
    let leaving: Vec<i64> = match options.mode {
        // A member whose row is invalid is still in the file: never marked left for it.
        Mode::Snapshot if !table.refuse => existing
            .iter()
            .filter(|(external_id, row)| !seen.contains_key(*external_id) && row.0.status == MembershipStatus::Active)
            .map(|(_, row)| row.0.id)
            .collect(),
        _ => Vec::new(),
    };
    report.left = leaving.len();
    let refused = table.refuse || (!report.errors.is_empty() && !options.skip_invalid);
    Ok(Plan { basis: Basis { branches, members: versions }, report, bad_rows, new_rows, updates, leaving, refused })
}

/// The report of a plan that is not written (a dry run, or a file refused): the rows of new
/// members are checked here.
fn unwritten(
    plan: Plan<'_>,
    table: &Table,
    options: Options,
    prepare: &Prepare<'_>,
    progress: &OnProgress<'_>,
) -> SyncReport {
    let Plan { basis, mut report, mut bad_rows, new_rows, .. } = plan;
    let new: Vec<(&SourceRow, Option<&Member>)> = new_rows.iter().map(|row| (*row, None)).collect();
    for ((row, _), prepared) in new.iter().zip(prepare_rows(&new, &basis.branches, prepare, progress)) {
        match prepared {
            Err(errors) => {
                report.add_errors(errors);
                bad_rows.insert(row.number);
            }
            Ok(_) => report.created += 1,
        }
    }
    finish(&mut report, &table.rows, &bad_rows, options.skip_invalid);
    report
}

/// Writes a plan inside the caller's transaction.
#[allow(clippy::too_many_arguments)]
fn write(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    plan: Plan<'_>,
    table: &Table,
    options: Options,
    prepare: &Prepare<'_>,
    progress: &OnProgress<'_>,
) -> Result<SyncReport, Stop> {
    let Plan { basis, mut report, mut bad_rows, new_rows, updates, leaving, .. } = plan;
    // Every feed this sync numbers is locked now, before the first number: its own, and
    // those of other associations where the people it changes are members too.
    let changed: Vec<i64> =
        updates.iter().filter(|(current, person, _)| current.1.data() != *person).map(|(c, _, _)| c.1.id).collect();
    let mut feeds = member::associations_of_persons(conn, &changed)?;
    feeds.push(association_id);
    member::lock_feeds(conn, &feeds)?;
    // The rows of new members are checked as they are written (on a builder thread, a
    // chunk ahead of the database); one invalid row among them, unless skipping, and the
    // transaction rolls back with the report.
    progress("writing", 0);
    let invalid: std::sync::Mutex<Vec<(usize, Vec<RowError>)>> = std::sync::Mutex::default();
    let build = |row: &&SourceRow| match prepare(row, None, &basis.branches) {
        Ok(member) => Some(member),
        Err(errors) => {
            invalid.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push((row.number, errors));
            None
        }
    };
    report.created = member::insert_many(conn, ctx, association_id, &new_rows, &build, &|n| progress("writing", n))?;
    for (number, errors) in invalid.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner) {
        report.add_errors(errors);
        bad_rows.insert(number);
    }
    finish(&mut report, &table.rows, &bad_rows, options.skip_invalid);
    if !report.errors.is_empty() && !options.skip_invalid {
        return Err(Stop::Refused(report));
    }
    if !updates.is_empty() {
        // Numbered once written: other writers wait on the number only from then on.
        for (i, (current, person, membership)) in updates.iter().enumerate() {
            if i % 1000 == 0 {
                progress("writing", new_rows.len() + i);
            }
            member::write_changes(conn, ctx, current, person, membership, member::UNNUMBERED)?;
        }
        let seq = member::change_number(conn, &feeds)?;
        member::number_changes(conn, seq)?;
    }
    member::mark_left(conn, ctx, &leaving, options.today)?;
    report.applied = true;
    let summary = serde_json::json!({
        "mode": match options.mode { Mode::Upsert => "upsert", Mode::Snapshot => "snapshot" },
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "left": report.left,
        "skipped": report.skipped,
    });
    audit::record(conn, ctx, "roster.sync", "association", &association_id.to_string(), &summary)?;
    Ok(report)
}

/// The cells of a member in export order (no national ID: it is never kept in clear).
pub fn export_cells(member: &Member, branch_names: &HashMap<i64, String>) -> Vec<(Column, serde_json::Value)> {
    use serde_json::Value;
    let (m, p) = member;
    let data = p.data();
    let text = |v: Option<&str>| v.map_or(Value::Null, |s| Value::String(s.to_owned()));
    let date = |d: Option<NaiveDate>| d.map_or(Value::Null, |d| Value::String(d.format("%Y-%m-%d").to_string()));
    vec![
        (Column::ExternalId, text(m.external_id.as_deref())),
        (Column::FullName, Value::String(p.full_name.clone())),
        (Column::Gender, text(data.gender.map(|g| g.code()))),
        (Column::BirthDate, date(p.birth_date)),
        (Column::BirthYear, p.birth_year.map_or(Value::Null, Value::from)),
        (Column::Ethnicity, text(p.ethnicity.as_deref())),
        (Column::EducationLevel, text(data.education_level.map(|e| e.code()))),
        (Column::AcademicTitle, text(data.academic_title.map(|a| a.code()))),
        (Column::HonourTitles, Value::Array(data.honour_titles.into_iter().map(Value::String).collect())),
        (Column::FieldOfExpertise, text(p.field_of_expertise.as_deref())),
        (Column::Workplace, text(p.workplace.as_deref())),
        (Column::Position, text(p.position.as_deref())),
        (Column::Phone, text(p.phone.as_deref())),
        (Column::Email, text(p.email.as_deref())),
        (Column::MemberNumber, text(m.member_number.as_deref())),
        (Column::Branch, text(m.branch_id.and_then(|b| branch_names.get(&b)).map(String::as_str))),
        (Column::JoinedOn, date(m.joined_on)),
        (Column::LeftOn, date(m.left_on)),
        (Column::Status, Value::String(m.status.to_string())),
    ]
}
