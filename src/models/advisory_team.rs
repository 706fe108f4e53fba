//! The people on an advisory case and the opinion they write: experts (users linked to
//! persons, with a role and a conflict-of-interest declaration), contributors without an
//! account, and versioned drafts, the submitted one frozen.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use crate::auth::Caller;
use crate::auth::Role;
use crate::db::schema::{advisory_drafts as d, advisory_experts as e};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{AdvisoryStatus, CodeList, ExpertRole};
use crate::error::{ApiError, FieldError};
use crate::models::advisory::{self, CaseRow};
use crate::models::audit::{self, WriteContext};

/// Audit entity type of an expert on a case.
pub const EXPERT: &str = "advisory_expert";
/// Audit entity type of a draft.
pub const DRAFT: &str = "advisory_draft";
/// The most people on one case.
pub const MAX_EXPERTS: i64 = 100;
/// The most drafts of one case.
pub const MAX_DRAFTS: i64 = 500;

/// A row of `advisory_experts`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = e)]
pub struct ExpertRow {
    /// Id.
    pub id: i64,
    /// The case.
    pub case_id: i64,
    /// The user account (`None` for a contributor).
    pub user_id: Option<i64>,
    /// The person.
    pub person_id: i64,
    /// The person's name when added.
    pub full_name: String,
    /// Role code.
    pub role: ExpertRole,
    /// The declaration: `None` until declared.
    pub has_conflict: Option<bool>,
    /// What the declared conflict is.
    pub conflict_note: Option<String>,
    /// When declared.
    pub declared_at: Option<NaiveDateTime>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

impl ExpertRow {
    fn audit_json(&self) -> serde_json::Value {
        json!({
            "case_id": self.case_id, "user_id": self.user_id, "person_id": self.person_id,
            "full_name": self.full_name, "role": self.role, "has_conflict": self.has_conflict,
            "conflict_note": self.conflict_note,
        })
    }
}

/// The expert entry of user `user_id` on case `case_id`, if any.
pub fn entry_of(conn: &mut DbConnection, case_id: i64, user_id: i64) -> QueryResult<Option<ExpertRow>> {
    e::table
        .filter(e::case_id.eq(case_id).and(e::user_id.eq(user_id)))
        .select(ExpertRow::as_select())
        .first(conn)
        .optional()
}

/// Of `case_ids`, the cases user `user_id` is on.
pub fn cases_of(conn: &mut DbConnection, user_id: i64, case_ids: &[i64]) -> QueryResult<Vec<i64>> {
    e::table.filter(e::user_id.eq(user_id).and(e::case_id.eq_any(case_ids))).select(e::case_id).load(conn)
}

fn not_found(case_id: i64) -> ApiError {
    ApiError::NotFound(format!("there is no advisory case with id {case_id}"))
}

/// Case `case_id` with the caller's entry on it, if the caller may work on it: staff on any
/// case, an expert on the cases they are on; anyone else gets `404`, as if it did not exist.
pub fn open_for(
    conn: &mut DbConnection,
    caller: &Caller,
    case_id: i64,
) -> Result<(CaseRow, Option<ExpertRow>), ApiError> {
    let case = advisory::get(conn, case_id)?;
    let entry = match caller.expert_user {
        Some(user) => entry_of(conn, case_id, user)?,
        None => None,
    };
    if !caller.staff && entry.is_none() {
        return Err(not_found(case_id));
    }
    Ok((case, entry))
}

/// The people on a case, chair first, then by role and name.
pub fn list(conn: &mut DbConnection, case_id: i64) -> QueryResult<Vec<ExpertRow>> {
    let mut rows: Vec<ExpertRow> =
        e::table.filter(e::case_id.eq(case_id)).select(ExpertRow::as_select()).order(e::id).load(conn)?;
    let rank = |r: &ExpertRow| ExpertRole::all().iter().position(|x| *x == r.role).unwrap_or(usize::MAX);
    rows.sort_by(|a, b| {
        (rank(a), crate::domain::vn::fold(&a.full_name)).cmp(&(rank(b), crate::domain::vn::fold(&b.full_name)))
    });
    Ok(rows)
}

/// 404 unless entry `id` is on case `case_id`.
pub fn get(conn: &mut DbConnection, case_id: i64, id: i64) -> Result<ExpertRow, ApiError> {
    e::table
        .filter(e::id.eq(id).and(e::case_id.eq(case_id)))
        .select(ExpertRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("case {case_id} has no expert or contributor with id {id}")))
}

/// Who is put on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// An expert's user account (with the expert role, linked to a person).
    User(i64),
    /// A person without an account, as a contributor.
    Person(i64),
}

fn still_open(case: &CaseRow, what: &str) -> Result<(), ApiError> {
    let status = case.status;
    if matches!(status, AdvisoryStatus::Closed | AdvisoryStatus::Declined) {
        return Err(ApiError::conflict(format!("the case is {}: {what}", status.code())));
    }
    Ok(())
}

fn check_role(who: Who, role: ExpertRole) -> Result<(), ApiError> {
    match (who, role) {
        (Who::User(_), ExpertRole::Contributor) => Err(ApiError::invalid(
            "role",
            "not_allowed",
            "an expert with an account is chair, reviewer or secretary; contributor is for people without one",
        )),
        (Who::Person(_), r) if r != ExpertRole::Contributor => Err(ApiError::invalid(
            "role",
            "not_allowed",
            "a person without an account is listed as a contributor; give a user_id for an expert",
        )),
        _ => Ok(()),
    }
}

fn check_chair(conn: &mut DbConnection, case_id: i64, role: ExpertRole, except: Option<i64>) -> Result<(), ApiError> {
    if role != ExpertRole::Chair {
        return Ok(());
    }
    let chair: Option<(i64, String)> = e::table
        .filter(e::case_id.eq(case_id).and(e::role.eq(ExpertRole::Chair.code())))
        .select((e::id, e::full_name))
        .first(conn)
        .optional()?;
    match chair {
        Some((id, name)) if Some(id) != except => {
            Err(ApiError::conflict(format!("the case already has a chair: {name} (entry {id})")))
        }
        _ => Ok(()),
    }
}

/// Puts an expert (by user account) or a contributor (by person) on a case. Staff only;
/// not on a closed or declined case; a person once per case, one chair per case.
pub fn add(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    case_id: i64,
    who: Who,
    role: Option<ExpertRole>,
) -> Result<ExpertRow, ApiError> {
    let role = role.unwrap_or(match who {
        Who::User(_) => ExpertRole::Reviewer,
        Who::Person(_) => ExpertRole::Contributor,
    });
    check_role(who, role)?;
    write_transaction(conn, |conn| {
        let case = advisory::get(conn, case_id)?;
        let (user_id, person_id, person) = match who {
            Who::User(uid) => {
                let (pid, person) = crate::models::user::linked_person(conn, uid, Role::Expert, "user_id")?;
                (Some(uid), pid, person)
            }
            Who::Person(pid) => {
                let person = crate::models::person::referenced(conn, pid, "person_id")?
                    .map_err(|e: FieldError| ApiError::Validation(vec![e]))?;
                (None, pid, person)
            }
        };
        still_open(&case, "no one can be added")?;
        let existing: Option<i64> = e::table
            .filter(e::case_id.eq(case_id).and(e::person_id.eq(person_id)))
            .select(e::id)
            .first(conn)
            .optional()?;
        if let Some(existing) = existing {
            return Err(ApiError::conflict(format!("person {person_id} is already on this case (entry {existing})")));
        }
        let count: i64 = e::table.filter(e::case_id.eq(case_id)).count().get_result(conn)?;
        if count >= MAX_EXPERTS {
            return Err(ApiError::conflict(format!("a case has at most {MAX_EXPERTS} experts and contributors")));
        }
        check_chair(conn, case_id, role, None)?;
        let row: ExpertRow = diesel::insert_into(e::table)
            .values((
                e::case_id.eq(case_id),
                e::user_id.eq(user_id),
                e::person_id.eq(person_id),
                e::full_name.eq(&person.full_name),
                e::role.eq(role),
                e::version.eq(1),
                e::created_at.eq(ctx.now),
                e::updated_at.eq(ctx.now),
            ))
            .returning(e::all_columns)
            .get_result(conn)?;
        let changes = audit::changes(None, &row.audit_json(), &[]);
        audit::record(conn, ctx, "advisory_expert.add", EXPERT, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Changes the role of an entry. Staff only; not once the case is closed or declined.
pub fn change_role(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    case_id: i64,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&ExpertRow) -> Result<ExpertRole, ApiError>,
) -> Result<ExpertRow, ApiError> {
    write_transaction(conn, |conn| {
        let case = advisory::get(conn, case_id)?;
        let current = get(conn, case_id, id)?;
        let role = edit(&current)?;
        if_match.check(current.version)?;
        let who = match current.user_id {
            Some(u) => Who::User(u),
            None => Who::Person(current.person_id),
        };
        check_role(who, role)?;
        if role == current.role {
            return Ok(current);
        }
        still_open(&case, "its experts cannot change")?;
        check_chair(conn, case_id, role, Some(id))?;
        let row: ExpertRow = crate::versioned_update!(
            conn,
            e,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (e::role.eq(role),)
        )?
        .or_stale("the entry")?;
        let changes = audit::changes(Some(&current.audit_json()), &row.audit_json(), &[]);
        audit::record(conn, ctx, "advisory_expert.update", EXPERT, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Takes an entry off a case. Staff only; not once the case is closed or declined. The
/// drafts the expert wrote stay, with their author's name.
pub fn remove(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    case_id: i64,
    id: i64,
    if_match: IfMatch,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let case = advisory::get(conn, case_id)?;
        let current = get(conn, case_id, id)?;
        if_match.check(current.version)?;
        still_open(&case, "its experts cannot change")?;
        diesel::delete(e::table.find(id)).execute(conn)?;
        let changes = audit::changes(Some(&current.audit_json()), &json!({}), &[]);
        audit::record(conn, ctx, "advisory_expert.remove", EXPERT, &id.to_string(), &changes)?;
        Ok(())
    })
}

/// A conflict-of-interest declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// A conflict is declared.
    pub has_conflict: bool,
    /// What it is (required with a conflict).
    pub note: Option<String>,
}

/// Records a conflict-of-interest declaration: by the expert themself, or by staff (for a
/// contributor, or from a signed paper form). A new declaration replaces the earlier one;
/// the audit log keeps both.
pub fn declare(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    case_id: i64,
    id: i64,
    if_match: IfMatch,
    declaration: Declaration,
) -> Result<ExpertRow, ApiError> {
    let Declaration { has_conflict, note } = declaration;
    write_transaction(conn, |conn| {
        let (case, own) = open_for(conn, caller, case_id)?;
        let current = get(conn, case_id, id)?;
        if !caller.staff && own.as_ref().map(|o| o.id) != Some(id) {
            return Err(ApiError::Forbidden("only the expert themself or staff can declare for this entry".into()));
        }
        if_match.check(current.version)?;
        still_open(&case, "declarations cannot change")?;
        let row: ExpertRow = crate::versioned_update!(
            conn,
            e,
            id = id,
            version = current.version,
            now = ctx.now,
            set =
                (e::has_conflict.eq(Some(has_conflict)), e::conflict_note.eq(&note), e::declared_at.eq(Some(ctx.now)),)
        )?
        .or_stale("the entry")?;
        let changes = audit::changes(Some(&current.audit_json()), &row.audit_json(), &[]);
        audit::record(conn, ctx, "advisory_expert.declare", EXPERT, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// A row of `advisory_drafts`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = d)]
pub struct DraftRow {
    /// Id.
    pub id: i64,
    /// The case.
    pub case_id: i64,
    /// Version number within the case.
    pub number: i32,
    /// The text.
    pub body: String,
    /// Length in characters.
    pub chars: i32,
    /// What changed.
    pub note: Option<String>,
    /// Author's account.
    pub author_user_id: Option<i64>,
    /// Author's name.
    pub author_name: String,
    /// Written.
    pub created_at: NaiveDateTime,
}

/// A draft without its text, for lists.
#[derive(Debug, Clone, Queryable)]
pub struct DraftInfo {
    /// Version number within the case.
    pub number: i32,
    /// Length in characters.
    pub chars: i32,
    /// What changed.
    pub note: Option<String>,
    /// Author's account.
    pub author_user_id: Option<i64>,
    /// Author's name.
    pub author_name: String,
    /// Written.
    pub created_at: NaiveDateTime,
}

/// The drafts of a case, oldest first, without their text.
pub fn drafts(conn: &mut DbConnection, case_id: i64) -> QueryResult<Vec<DraftInfo>> {
    d::table
        .filter(d::case_id.eq(case_id))
        .order(d::number)
        .select((d::number, d::chars, d::note, d::author_user_id, d::author_name, d::created_at))
        .load(conn)
}

/// Draft `number` of case `case_id` (404 if there is none).
pub fn draft(conn: &mut DbConnection, case_id: i64, number: i32) -> Result<DraftRow, ApiError> {
    d::table
        .filter(d::case_id.eq(case_id).and(d::number.eq(number)))
        .select(DraftRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("case {case_id} has no draft {number}")))
}

/// Writes the next draft of a case's opinion: while the case is `in_progress`, by staff or
/// by an expert on the case who has declared no conflict of interest.
pub fn write_draft(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    case_id: i64,
    body: &str,
    note: Option<String>,
) -> Result<DraftRow, ApiError> {
    write_transaction(conn, |conn| {
        let (case, own) = open_for(conn, caller, case_id)?;
        let status = case.status;
        if status != AdvisoryStatus::InProgress {
            return Err(ApiError::conflict(format!(
                "drafts are written while the case is in_progress; it is {}",
                status.code()
            )));
        }
        if let (Some(entry), false) = (&own, caller.staff) {
            match entry.has_conflict {
                None => {
                    return Err(ApiError::conflict(
                        "declare your conflicts of interest on this case before writing (POST …/declaration)",
                    ))
                }
                Some(true) => {
                    return Err(ApiError::conflict(
                        "you declared a conflict of interest on this case: you cannot write its opinion",
                    ))
                }
                Some(false) => {}
            }
        }
        let author_name = own.as_ref().map_or_else(|| caller.name.clone(), |entry| entry.full_name.clone());
        let latest = advisory::latest_draft(conn, case_id)?.unwrap_or(0);
        if i64::from(latest) >= MAX_DRAFTS {
            return Err(ApiError::conflict(format!("a case has at most {MAX_DRAFTS} drafts")));
        }
        let chars = i32::try_from(body.chars().count()).unwrap_or(i32::MAX);
        let row: DraftRow = diesel::insert_into(d::table)
            .values((
                d::case_id.eq(case_id),
                d::number.eq(latest + 1),
                d::body.eq(body),
                d::chars.eq(chars),
                d::note.eq(&note),
                d::author_user_id.eq(ctx.actor_user_id),
                d::author_name.eq(&author_name),
                d::created_at.eq(ctx.now),
            ))
            .returning(d::all_columns)
            .get_result(conn)?;
        let changes = json!({
            "case_id": {"from": null, "to": case_id},
            "number": {"from": null, "to": row.number},
            "chars": {"from": null, "to": chars},
            "note": {"from": null, "to": note},
        });
        audit::record(conn, ctx, "advisory_draft.create", DRAFT, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}
