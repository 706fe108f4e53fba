//! Nominations to national honours (đề cử vinh danh toàn quốc): drafted → submitted →
//! honoured | not_selected, by explicit operations.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::nominations as n;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{CodeList, NominationProgramme, NominationStatus};
use crate::domain::lifecycle;
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "nomination";

/// A row of `nominations`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = n)]
pub struct NominationRow {
    /// Id.
    pub id: i64,
    /// Programme code.
    pub programme: NominationProgramme,
    /// Programme name (for `other`).
    pub programme_name: Option<String>,
    /// Year.
    pub year: i32,
    /// Person, when known.
    pub person_id: Option<i64>,
    /// Nominee's name.
    pub nominee_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// Proposing association.
    pub association_id: Option<i64>,
    /// Status code.
    pub status: NominationStatus,
    /// Decision reference.
    pub decision_reference: Option<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Collation key.
    pub sort_key: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// Sent to the programme (the date recorded for the step).
    pub submitted_on: Option<NaiveDate>,
    /// The programme decided.
    pub decided_on: Option<NaiveDate>,
}

/// The editable content of a nomination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NominationData {
    /// Programme.
    pub programme: NominationProgramme,
    /// Programme name (required for `other`).
    pub programme_name: Option<String>,
    /// Year.
    pub year: i32,
    /// The nominee, when a known person.
    pub person_id: Option<i64>,
    /// Nominee's name (taken from the person when left out).
    pub nominee_name: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Proposing association.
    pub association_id: Option<i64>,
    /// Decision reference.
    pub decision_reference: Option<String>,
    /// Notes.
    pub notes: Option<String>,
}

impl NominationRow {
    /// The editable content.
    pub fn data(&self) -> NominationData {
        NominationData {
            programme: self.programme,
            programme_name: self.programme_name.clone(),
            year: self.year,
            person_id: self.person_id,
            nominee_name: Some(self.nominee_name.clone()),
            workplace: self.workplace.clone(),
            association_id: self.association_id,
            decision_reference: self.decision_reference.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// 404 unless nomination `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<NominationRow, ApiError> {
    n::table
        .find(id)
        .select(NominationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no nomination with id {id}")))
}

/// What a list of nominations shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this year.
    pub year: Option<i32>,
    /// Only this programme.
    pub programme: Option<NominationProgramme>,
    /// Only this status.
    pub status: Option<NominationStatus>,
    /// Only nominees of this association.
    pub association_id: Option<i64>,
    /// Only this person.
    pub person_id: Option<i64>,
}

/// A page of nominations, newest year first, then by id; after `after` (year, id).
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    after: Option<(i32, i64)>,
    limit: i64,
) -> QueryResult<Vec<NominationRow>> {
    let mut q = filtered(filter);
    if let Some((year, id)) = after {
        q = q.filter(n::year.le(year).and(n::year.lt(year).or(n::id.gt(id))));
    }
    q.order((n::year.desc(), n::id.asc())).limit(limit).select(NominationRow::as_select()).load(conn)
}

/// The rows that pass `filter`, as a query to page or count.
fn filtered(filter: &Filter) -> n::BoxedQuery<'static, MultiBackend> {
    let mut q = n::table.into_boxed::<MultiBackend>();
    if let Some(y) = filter.year {
        q = q.filter(n::year.eq(y));
    }
    if let Some(p) = filter.programme {
        q = q.filter(n::programme.eq(p));
    }
    if let Some(s) = filter.status {
        q = q.filter(n::status.eq(s));
    }
    if let Some(a) = filter.association_id {
        q = q.filter(n::association_id.eq(a));
    }
    if let Some(p) = filter.person_id {
        q = q.filter(n::person_id.eq(p));
    }
    q
}

/// How many rows pass `filter` (a list's `include_total`).
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// Fills the nominee from the person and checks the references.
fn resolve(conn: &mut DbConnection, data: &NominationData) -> Result<(String, Option<String>), ApiError> {
    let mut errors = Vec::new();
    let mut name = data.nominee_name.clone();
    let mut workplace = data.workplace.clone();
    if let Some(pid) = data.person_id {
        match crate::models::person::referenced(conn, pid, "person_id")? {
            Ok(person) => {
                name = name.or(Some(person.full_name));
                workplace = workplace.or(person.workplace);
            }
            Err(e) => errors.push(e),
        }
    }
    if let Some(a) = data.association_id {
        errors.extend(crate::models::association::check_reference(conn, a, "association_id")?);
    }
    if name.is_none() && data.person_id.is_none() {
        errors.push(FieldError::new("nominee_name", "required", "give nominee_name, or person_id of a known person"));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    Ok((name.unwrap_or_default(), workplace))
}

/// Creates a nomination in status `drafted`.
pub fn insert(conn: &mut DbConnection, ctx: &WriteContext, data: &NominationData) -> Result<NominationRow, ApiError> {
    write_transaction(conn, |conn| {
        let (name, workplace) = resolve(conn, data)?;
        let row: NominationRow = diesel::insert_into(n::table)
            .values((
                n::programme.eq(data.programme),
                n::programme_name.eq(&data.programme_name),
                n::year.eq(data.year),
                n::person_id.eq(data.person_id),
                n::nominee_name.eq(&name),
                n::workplace.eq(&workplace),
                n::association_id.eq(data.association_id),
                n::status.eq(NominationStatus::Drafted.code()),
                n::decision_reference.eq(&data.decision_reference),
                n::notes.eq(&data.notes),
                n::sort_key.eq(vn::sort_key(&name)),
                n::version.eq(1),
                n::created_at.eq(ctx.now),
                n::updated_at.eq(ctx.now),
            ))
            .returning(n::all_columns)
            .get_result(conn)?;
        let changes = audit::changes(None, &to_json(&row.data())?, &[]);
        audit::record(conn, ctx, "nomination.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Updates a nomination's content (its status changes only by [`change_status`]).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&NominationRow) -> Result<NominationData, ApiError>,
) -> Result<NominationRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let (name, workplace) = resolve(conn, &data)?;
        let row: NominationRow = crate::versioned_update!(
            conn,
            n,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                n::programme.eq(data.programme),
                n::programme_name.eq(&data.programme_name),
                n::year.eq(data.year),
                n::person_id.eq(data.person_id),
                n::nominee_name.eq(&name),
                n::workplace.eq(&workplace),
                n::association_id.eq(data.association_id),
                n::decision_reference.eq(&data.decision_reference),
                n::notes.eq(&data.notes),
                n::sort_key.eq(vn::sort_key(&name)),
            )
        )?
        .or_stale("the nomination")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&row.data())?, &[]);
        audit::record(conn, ctx, "nomination.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// An explicit step of a nomination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// drafted → submitted.
    Submit,
    /// submitted → honoured.
    RecordHonoured,
    /// submitted → not_selected.
    RecordNotSelected,
}

impl Action {
    /// The action's name in URLs and audit records.
    pub fn name(self) -> &'static str {
        match self {
            Action::Submit => "submit",
            Action::RecordHonoured => "record-honoured",
            Action::RecordNotSelected => "record-not-selected",
        }
    }
}

/// Moves a nomination one step on the day `on` it happened (not before the submission: a
/// `422` on `on`), with the decision reference when given; a step its status does not allow
/// is a 409 naming the allowed ones.
pub fn change_status(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    action: Action,
    decision_reference: Option<String>,
    on: NaiveDate,
) -> Result<NominationRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.version)?;
        let status = current.status;
        let target = lifecycle::NOMINATION.step(status, action.name())?;
        let reference = decision_reference.or(current.decision_reference.clone());
        let (mut submitted_on, mut decided_on) = (current.submitted_on, current.decided_on);
        let field = match action {
            Action::Submit => {
                submitted_on = Some(on);
                "submitted_on"
            }
            Action::RecordHonoured | Action::RecordNotSelected => {
                decided_on = Some(on);
                "decided_on"
            }
        };
        let mut errors = Vec::new();
        crate::domain::validate::steps_in_order(
            &[("submitted_on", submitted_on), ("decided_on", decided_on)],
            &mut errors,
        );
        if let Some(e) = errors.into_iter().find(|e| e.field == field) {
            return Err(ApiError::invalid("on", "range", e.message));
        }
        let row: NominationRow = crate::versioned_update!(
            conn,
            n,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                n::status.eq(target),
                n::decision_reference.eq(&reference),
                n::submitted_on.eq(submitted_on),
                n::decided_on.eq(decided_on),
            )
        )?
        .or_stale("the nomination")?;
        let changes = serde_json::json!({
            "status": {"from": status.code(), "to": target.code()},
            "decision_reference": {"from": current.decision_reference, "to": reference},
            field: {"from": null, "to": on},
        });
        audit::record(conn, ctx, &format!("nomination.{}", action.name()), ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Deletes a nomination that is still drafted; any other is a 409.
pub fn delete(conn: &mut DbConnection, ctx: &WriteContext, id: i64, if_match: IfMatch) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.version)?;
        if current.status != NominationStatus::Drafted {
            return Err(ApiError::conflict(format!(
                "only a drafted nomination can be deleted; this one is {}",
                current.status
            )));
        }
        diesel::delete(n::table.find(id)).execute(conn)?;
        let changes = audit::changes(Some(&to_json(&current.data())?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "nomination.delete", ENTITY, &id.to_string(), &changes)?;
        Ok(())
    })
}
