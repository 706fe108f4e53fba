//! Contests and their editions: criteria with weights and maximum scores, prize quotas, and
//! the lifecycle draft → open → judging → results_published → closed, changed only by
//! explicit operations.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{contest_editions as ed, contests as ct, edition_criteria as cr};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{CodeList, ContestKind, EditionStatus, MinorNames};
use crate::domain::lifecycle;
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type of a contest.
pub const CONTEST: &str = "contest";
/// Audit entity type of an edition.
pub const EDITION: &str = "contest_edition";

/// A row of `contests`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ct)]
pub struct ContestRow {
    /// Id.
    pub id: i64,
    /// Stable code.
    pub code: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Kind code.
    pub kind: ContestKind,
    /// Description.
    pub description: Option<String>,
    /// Minor-name display code.
    pub minor_names: MinorNames,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// The content of a contest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::contests, treat_none_as_null = true)]
pub struct ContestData {
    /// Stable code (set at creation, never changed).
    pub code: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Kind.
    pub kind: ContestKind,
    /// Description.
    pub description: Option<String>,
    /// How published results name pupils under 18.
    pub minor_names: MinorNames,
}

impl ContestRow {
    /// The content.
    pub fn data(&self) -> ContestData {
        ContestData {
            code: self.code.clone(),
            name_vi: self.name_vi.clone(),
            name_en: self.name_en.clone(),
            kind: self.kind,
            description: self.description.clone(),
            minor_names: self.minor_names,
        }
    }
}

/// Every contest, by id.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<ContestRow>> {
    ct::table.order(ct::id).select(ContestRow::as_select()).load(conn)
}

/// 404 unless contest `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<ContestRow, ApiError> {
    ct::table
        .find(id)
        .select(ContestRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no contest with id {id}")))
}

/// Adds a contest; a taken code is a 409.
pub fn insert(conn: &mut DbConnection, ctx: &WriteContext, data: &ContestData) -> Result<ContestRow, ApiError> {
    write_transaction(conn, |conn| {
        let taken: i64 = ct::table.filter(ct::code.eq(&data.code)).count().get_result(conn)?;
        if taken > 0 {
            return Err(ApiError::conflict(format!("there is already a contest with code '{}'", data.code)));
        }
        let row: ContestRow = diesel::insert_into(ct::table)
            .values((data, ct::version.eq(1), ct::created_at.eq(ctx.now), ct::updated_at.eq(ctx.now)))
            .returning(ct::all_columns)
            .get_result(conn)?;
        let changes = audit::changes(None, &to_json(data)?, &[]);
        audit::record(conn, ctx, "contest.create", CONTEST, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Updates a contest (not its code).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&ContestRow) -> Result<ContestData, ApiError>,
) -> Result<ContestRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let row: ContestRow = crate::versioned_update!(
            conn,
            ct,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                ct::name_vi.eq(&data.name_vi),
                ct::name_en.eq(&data.name_en),
                ct::kind.eq(data.kind),
                ct::description.eq(&data.description),
                ct::minor_names.eq(data.minor_names),
            )
        )?
        .or_stale("the contest")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "contest.update", CONTEST, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// A row of `contest_editions`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ed)]
pub struct EditionRow {
    /// Id.
    pub id: i64,
    /// The contest.
    pub contest_id: i64,
    /// Edition number.
    pub number: i32,
    /// Year.
    pub year: i32,
    /// Name.
    pub name: Option<String>,
    /// Submissions open.
    pub submission_opens_on: Option<NaiveDate>,
    /// Submissions close.
    pub submission_closes_on: Option<NaiveDate>,
    /// Judging starts.
    pub judging_starts_on: Option<NaiveDate>,
    /// Judging ends.
    pub judging_ends_on: Option<NaiveDate>,
    /// Status code.
    pub status: EditionStatus,
    /// First prizes available.
    pub quota_first: i32,
    /// Second prizes available.
    pub quota_second: i32,
    /// Third prizes available.
    pub quota_third: i32,
    /// Consolation prizes available.
    pub quota_consolation: i32,
    /// When results were published.
    pub published_on: Option<NaiveDate>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// Opened for entries (the date recorded for the step).
    pub opened_on: Option<NaiveDate>,
    /// Judging started.
    pub judging_started_on: Option<NaiveDate>,
    /// Closed.
    pub closed_on: Option<NaiveDate>,
}

impl EditionRow {
    /// The dates of the edition's steps in the order they happen.
    pub fn step_dates(&self) -> [(&'static str, Option<NaiveDate>); 4] {
        [
            ("opened_on", self.opened_on),
            ("judging_started_on", self.judging_started_on),
            ("published_on", self.published_on),
            ("closed_on", self.closed_on),
        ]
    }

    /// A `422` on `on` when the step kept as `field` would come before an earlier step.
    pub fn check_step_date(&self, field: &str) -> Result<(), ApiError> {
        let mut errors = Vec::new();
        crate::domain::validate::steps_in_order(&self.step_dates(), &mut errors);
        match errors.into_iter().find(|e| e.field == field) {
            Some(e) => Err(ApiError::invalid("on", "range", e.message)),
            None => Ok(()),
        }
    }
}

impl EditionRow {
    /// The editable content.
    pub fn data(&self) -> EditionData {
        EditionData {
            number: self.number,
            year: self.year,
            name: self.name.clone(),
            submission_opens_on: self.submission_opens_on,
            submission_closes_on: self.submission_closes_on,
            judging_starts_on: self.judging_starts_on,
            judging_ends_on: self.judging_ends_on,
            quotas: Quotas {
                first: self.quota_first,
                second: self.quota_second,
                third: self.quota_third,
                consolation: self.quota_consolation,
            },
        }
    }

    /// Whether its results are public.
    pub fn is_published(&self) -> bool {
        matches!(self.status, EditionStatus::ResultsPublished | EditionStatus::Closed)
    }
}

/// How many prizes of each rank an edition may give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Quotas {
    /// First prizes.
    pub first: i32,
    /// Second prizes.
    pub second: i32,
    /// Third prizes.
    pub third: i32,
    /// Consolation prizes.
    pub consolation: i32,
}

/// The content of an edition that create and update set (criteria apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditionData {
    /// Edition number.
    pub number: i32,
    /// Year.
    pub year: i32,
    /// Name.
    pub name: Option<String>,
    /// Submissions open.
    pub submission_opens_on: Option<NaiveDate>,
    /// Submissions close.
    pub submission_closes_on: Option<NaiveDate>,
    /// Judging starts.
    pub judging_starts_on: Option<NaiveDate>,
    /// Judging ends.
    pub judging_ends_on: Option<NaiveDate>,
    /// Prize quotas.
    pub quotas: Quotas,
}

/// A row of `edition_criteria`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cr)]
pub struct CriterionRow {
    /// Id.
    pub id: i64,
    /// The edition.
    pub edition_id: i64,
    /// Order.
    pub position: i32,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Weight.
    pub weight: i32,
    /// Maximum score.
    pub max_score: i32,
}

/// A judging criterion as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::edition_criteria, treat_none_as_null = true)]
pub struct CriterionData {
    /// Code within the edition.
    pub code: String,
    /// Name.
    pub name: String,
    /// Weight.
    pub weight: i32,
    /// Maximum score.
    pub max_score: i32,
}

impl CriterionRow {
    fn data(&self) -> CriterionData {
        CriterionData {
            code: self.code.clone(),
            name: self.name.clone(),
            weight: self.weight,
            max_score: self.max_score,
        }
    }
}

/// Which editions a caller may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionScope {
    /// Every edition (staff).
    All,
    /// Every edition past draft (association managers and judges).
    Started,
    /// Editions whose results are published (anyone).
    Published,
}

impl EditionScope {
    /// Whether an edition in `status` is visible.
    pub fn allows(self, status: EditionStatus) -> bool {
        match self {
            EditionScope::All => true,
            EditionScope::Started => status != EditionStatus::Draft,
            EditionScope::Published => matches!(status, EditionStatus::ResultsPublished | EditionStatus::Closed),
        }
    }

    fn statuses(self) -> Vec<&'static str> {
        EditionStatus::all().iter().filter(|s| self.allows(**s)).map(|s| s.code()).collect()
    }
}

/// The editions of a contest the scope shows, newest first.
pub fn list_editions(
    conn: &mut DbConnection,
    contest_id: i64,
    scope: EditionScope,
    status: Option<EditionStatus>,
) -> QueryResult<Vec<EditionRow>> {
    let mut q = ed::table.filter(ed::contest_id.eq(contest_id)).into_boxed::<MultiBackend>();
    q = q.filter(ed::status.eq_any(scope.statuses()));
    if let Some(s) = status {
        q = q.filter(ed::status.eq(s));
    }
    q.order(ed::number.desc()).select(EditionRow::as_select()).load(conn)
}

/// 404 unless edition `id` exists.
pub fn get_edition(conn: &mut DbConnection, id: i64) -> Result<EditionRow, ApiError> {
    ed::table
        .find(id)
        .select(EditionRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no contest edition with id {id}")))
}

/// The criteria of editions, in order, by edition.
pub fn criteria_of(
    conn: &mut DbConnection,
    edition_ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, Vec<CriterionRow>>> {
    let rows: Vec<CriterionRow> = cr::table
        .filter(cr::edition_id.eq_any(edition_ids))
        .order((cr::edition_id, cr::position))
        .select(CriterionRow::as_select())
        .load(conn)?;
    let mut map: std::collections::HashMap<i64, Vec<CriterionRow>> = std::collections::HashMap::new();
    for row in rows {
        map.entry(row.edition_id).or_default().push(row);
    }
    Ok(map)
}

fn number_taken(conn: &mut DbConnection, contest_id: i64, number: i32, except: Option<i64>) -> Result<(), ApiError> {
    let existing: Option<i64> = ed::table
        .filter(ed::contest_id.eq(contest_id).and(ed::number.eq(number)))
        .select(ed::id)
        .first(conn)
        .optional()?;
    match existing {
        Some(id) if Some(id) != except => {
            Err(ApiError::conflict(format!("the contest already has edition {number} (id {id})")))
        }
        _ => Ok(()),
    }
}

fn write_criteria(conn: &mut DbConnection, edition_id: i64, criteria: &[CriterionData]) -> QueryResult<()> {
    diesel::delete(cr::table.filter(cr::edition_id.eq(edition_id))).execute(conn)?;
    for (i, c) in criteria.iter().enumerate() {
        diesel::insert_into(cr::table)
            .values((cr::edition_id.eq(edition_id), cr::position.eq(i32::try_from(i + 1).unwrap_or(i32::MAX)), c))
            .execute(conn)?;
    }
    Ok(())
}

fn edition_json(data: &EditionData, criteria: &[CriterionData]) -> Result<serde_json::Value, ApiError> {
    let mut value = to_json(data)?;
    value["criteria"] = to_json(&criteria)?;
    Ok(value)
}

/// Adds an edition (status `draft`) with its criteria.
pub fn insert_edition(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    contest_id: i64,
    data: &EditionData,
    criteria: &[CriterionData],
) -> Result<EditionRow, ApiError> {
    write_transaction(conn, |conn| {
        get(conn, contest_id)?;
        number_taken(conn, contest_id, data.number, None)?;
        let q = data.quotas;
        let row: EditionRow = diesel::insert_into(ed::table)
            .values((
                (
                    ed::contest_id.eq(contest_id),
                    ed::number.eq(data.number),
                    ed::year.eq(data.year),
                    ed::name.eq(&data.name),
                    ed::submission_opens_on.eq(data.submission_opens_on),
                    ed::submission_closes_on.eq(data.submission_closes_on),
                    ed::judging_starts_on.eq(data.judging_starts_on),
                    ed::judging_ends_on.eq(data.judging_ends_on),
                ),
                (
                    ed::status.eq(EditionStatus::Draft.code()),
                    ed::quota_first.eq(q.first),
                    ed::quota_second.eq(q.second),
                    ed::quota_third.eq(q.third),
                    ed::quota_consolation.eq(q.consolation),
                    ed::version.eq(1),
                    ed::created_at.eq(ctx.now),
                    ed::updated_at.eq(ctx.now),
                ),
            ))
            .returning(ed::all_columns)
            .get_result(conn)?;
        write_criteria(conn, row.id, criteria)?;
        let changes = audit::changes(None, &edition_json(data, criteria)?, &[]);
        audit::record(conn, ctx, "contest_edition.create", EDITION, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// What an edition update sets: the content, and the criteria when they change.
pub type EditionEdit = (EditionData, Option<Vec<CriterionData>>);

/// Updates an edition. Criteria change only while it is a draft; quotas not once results
/// are published; nothing once it is closed.
pub fn update_edition(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&EditionRow, Vec<CriterionData>) -> Result<EditionEdit, ApiError>,
) -> Result<EditionRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get_edition(conn, id)?;
        let before = current.data();
        let before_criteria: Vec<CriterionData> =
            criteria_of(conn, &[id])?.remove(&id).unwrap_or_default().iter().map(CriterionRow::data).collect();
        let (data, criteria) = edit(&current, before_criteria.clone())?;
        if_match.check(current.version)?;
        let criteria = criteria.filter(|c| *c != before_criteria);
        if data == before && criteria.is_none() {
            return Ok(current);
        }
        let status = current.status;
        if status == EditionStatus::Closed {
            return Err(ApiError::conflict("a closed edition cannot be changed"));
        }
        if criteria.is_some() && status != EditionStatus::Draft {
            return Err(ApiError::conflict(format!(
                "criteria change only while the edition is a draft; it is {}",
                status.code()
            )));
        }
        if data.quotas != before.quotas && status == EditionStatus::ResultsPublished {
            return Err(ApiError::conflict("prize quotas cannot change once the results are published"));
        }
        number_taken(conn, current.contest_id, data.number, Some(id))?;
        let q = data.quotas;
        let row: EditionRow = crate::versioned_update!(
            conn,
            ed,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                ed::number.eq(data.number),
                ed::year.eq(data.year),
                ed::name.eq(&data.name),
                ed::submission_opens_on.eq(data.submission_opens_on),
                ed::submission_closes_on.eq(data.submission_closes_on),
                ed::judging_starts_on.eq(data.judging_starts_on),
                ed::judging_ends_on.eq(data.judging_ends_on),
                ed::quota_first.eq(q.first),
                ed::quota_second.eq(q.second),
                ed::quota_third.eq(q.third),
                ed::quota_consolation.eq(q.consolation),
            )
        )?
        .or_stale("the edition")?;
        if let Some(criteria) = &criteria {
            write_criteria(conn, id, criteria)?;
        }
        let after_criteria = criteria.as_deref().unwrap_or(&before_criteria);
        let changes =
            audit::changes(Some(&edition_json(&before, &before_criteria)?), &edition_json(&data, after_criteria)?, &[]);
        audit::record(conn, ctx, "contest_edition.update", EDITION, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// An explicit step of an edition's lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionStep {
    /// draft → open: entries may be submitted (needs at least one criterion).
    Open,
    /// open → judging: submissions end; judges score the eligible entries.
    StartJudging,
    /// results_published → closed. Final.
    Close,
}

impl EditionStep {
    /// The step's name in URLs and audit records.
    pub fn name(self) -> &'static str {
        match self {
            EditionStep::Open => "open",
            EditionStep::StartJudging => "start-judging",
            EditionStep::Close => "close",
        }
    }
}

/// Takes one lifecycle step on the day `on` it happened (not before an earlier step's: a
/// `422` on `on`); a step the status does not allow is a 409 naming the allowed ones.
pub fn change_status(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    step: EditionStep,
    on: NaiveDate,
) -> Result<EditionRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get_edition(conn, id)?;
        if_match.check(current.version)?;
        let status = current.status;
        let target = lifecycle::EDITION.step(status, step.name())?;
        let mut dated = current.clone();
        let field = match step {
            EditionStep::Open => {
                dated.opened_on = Some(on);
                "opened_on"
            }
            EditionStep::StartJudging => {
                dated.judging_started_on = Some(on);
                "judging_started_on"
            }
            EditionStep::Close => {
                dated.closed_on = Some(on);
                "closed_on"
            }
        };
        dated.check_step_date(field)?;
        if step == EditionStep::Open {
            let criteria: i64 = cr::table.filter(cr::edition_id.eq(id)).count().get_result(conn)?;
            if criteria == 0 {
                return Err(ApiError::conflict("an edition needs its judging criteria before it opens"));
            }
        }
        let row: EditionRow = crate::versioned_update!(
            conn,
            ed,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                ed::status.eq(target),
                ed::opened_on.eq(dated.opened_on),
                ed::judging_started_on.eq(dated.judging_started_on),
                ed::closed_on.eq(dated.closed_on),
            )
        )?
        .or_stale("the edition")?;
        let changes = serde_json::json!({"status": {"from": status.code(), "to": target.code()}, field: {"from": null, "to": on}});
        audit::record(conn, ctx, &format!("contest_edition.{}", step.name()), EDITION, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// The contests resource's figures for `year` (docs/architecture.md, "The statistics contract"), counting
/// the editions of that year whose results are published: editions, entries (withdrawn
/// apart) and eligible entries per contest; provincial and national prizes per contest and
/// prize; Labour Creativity Certificates per contest.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<crate::domain::statistics::Observation>> {
    use crate::db::schema::contest_entries as en;
    use crate::domain::codes::EntryStatus;
    use crate::domain::statistics::{Metric, Observation};
    use std::collections::BTreeMap;
    // Only published editions: the union's figures, public ones included, must not show an
    // edition's entries or eligibility before its results are out.
    let published = [EditionStatus::ResultsPublished.code(), EditionStatus::Closed.code()];
    let editions: Vec<(i64, String)> = ed::table
        .inner_join(ct::table)
        .filter(ed::year.eq(year).and(ed::status.eq_any(published)))
        .select((ed::id, ct::code))
        .load(conn)?;
    let contest_of: std::collections::HashMap<i64, String> = editions.iter().cloned().collect();
    type Row = (i64, EntryStatus, Option<crate::domain::codes::Prize>, Option<String>, bool);
    let entries: Vec<Row> = en::table
        .filter(en::edition_id.eq_any(contest_of.keys().copied().collect::<Vec<_>>()))
        .select((en::edition_id, en::status, en::prize, en::national_prize, en::labour_creativity_certificate))
        .load(conn)?;
    let mut counts: BTreeMap<(&'static str, &'static str, String), (Metric, i64)> = BTreeMap::new();
    let mut add = |metric: Metric, name: &'static str, value: String| {
        counts.entry((metric.code(), name, value)).or_insert((metric, 0)).1 += 1;
    };
    for (_, code) in &editions {
        add(Metric::ContestEditions, "contest", code.clone());
    }
    for (edition_id, status, prize, national, certificate) in &entries {
        let Some(code) = contest_of.get(edition_id) else { continue };
        if *status == EntryStatus::Withdrawn {
            continue;
        }
        add(Metric::ContestEntries, "contest", code.clone());
        if *status != EntryStatus::Eligible {
            continue;
        }
        add(Metric::ContestEligibleEntries, "contest", code.clone());
        if let Some(p) = prize {
            add(Metric::ContestPrizes, "contest_prize", format!("{code}:{p}"));
        }
        if let Some(p) = national {
            add(Metric::ContestNationalPrizes, "contest_prize", format!("{code}:{p}"));
        }
        if *certificate {
            add(Metric::ContestLabourCertificates, "contest", code.clone());
        }
    }
    use crate::db::schema::entry_international_awards as ia;
    let abroad: Vec<(i64, String)> = ia::table
        .inner_join(en::table)
        .filter(en::edition_id.eq_any(contest_of.keys().copied().collect::<Vec<_>>()))
        .filter(en::status.ne(EntryStatus::Withdrawn.code()))
        .select((en::edition_id, ia::award))
        .load(conn)?;
    for (edition_id, award) in abroad {
        if let Some(code) = contest_of.get(&edition_id) {
            add(Metric::ContestInternationalAwards, "contest_award", format!("{code}:{award}"));
        }
    }
    Ok(counts
        .into_iter()
        .map(|((_, name, value), (metric, n))| Observation {
            metric,
            year,
            association_id: None,
            dimension: Some((name.to_owned(), value)),
            value: n,
        })
        .collect())
}
