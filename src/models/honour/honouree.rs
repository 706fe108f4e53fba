//! The honourees of a round: proposals, changes, decisions and imports, under the rules of
//! the round's status ([`Gate`]).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::round::{get_round, RoundRow, HONOUREE};
use crate::auth::Caller;
use crate::db::schema::{award_categories as ac, honouree_categories as hc, honourees as h};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{CodeList, HonourRoundStatus, HonoureeDecision};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::audit::{self, WriteContext};
use crate::models::person::PersonKey;

/// A row of `honourees`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = h)]
pub struct HonoureeRow {
    /// Id.
    pub id: i64,
    /// Round.
    pub round_id: i64,
    /// Person, when known.
    pub person_id: Option<i64>,
    /// Full name.
    pub full_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Proposing association.
    pub association_id: Option<i64>,
    /// Citation.
    pub citation: Option<String>,
    /// Decision code.
    pub decision: HonoureeDecision,
    /// Reason of a rejection.
    pub decision_reason: Option<String>,
    /// When decided.
    pub decided_at: Option<NaiveDateTime>,
    /// Who decided.
    pub decided_by: Option<String>,
    /// Who proposed.
    pub proposed_by: String,
    /// Folded name and workplace.
    pub search_text: String,
    /// Identity within the round.
    pub person_key: String,
    /// Collation key.
    pub sort_key: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

impl HonoureeRow {}

/// The editable content of an honouree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HonoureeData {
    /// The person, when known.
    pub person_id: Option<i64>,
    /// Full name (normalised; taken from the person when left out).
    pub full_name: Option<String>,
    /// Workplace (taken from the person when left out).
    pub workplace: Option<String>,
    /// Position (taken from the person when left out).
    pub position: Option<String>,
    /// Proposing association.
    pub association_id: Option<i64>,
    /// Qualifying category codes (one or more, no repeats).
    pub categories: Vec<String>,
    /// Citation.
    pub citation: Option<String>,
}

/// The rules of who may change honourees in which round status.
pub(super) struct Gate;

impl Gate {
    /// Proposing, changing or withdrawing an honouree: association managers (for their own
    /// associations, while the honouree is pending) only while nominations are open; staff
    /// in any status but published.
    fn edit(caller: &Caller, round: &RoundRow, association_id: Option<i64>, what: &str) -> Result<(), ApiError> {
        let status = round.status;
        if !caller.manages(association_id) {
            return Err(ApiError::Forbidden(match association_id {
                Some(a) => format!("this needs the role admin or staff, or association_manager of association {a}"),
                None => "an association manager proposes for one of their associations: set association_id".into(),
            }));
        }
        let open = if caller.staff {
            status != HonourRoundStatus::Published
        } else {
            status == HonourRoundStatus::NominationsOpen
        };
        if !open {
            return Err(ApiError::conflict(format!(
                "honourees cannot be {what} while the round is {}{}",
                status.code(),
                if caller.staff { "" } else { ": associations propose while nominations are open" }
            )));
        }
        Ok(())
    }
}

/// The key of a proposal within a round: `a<association id, 0 for none>:` then the person.
pub(super) fn person_key(association_id: Option<i64>, person: &str) -> String {
    format!("a{}:{person}", association_id.unwrap_or(0))
}

/// The person of a proposal: `p<person id>` when known, else the folded name and workplace.
pub(super) fn person_of(person_id: Option<i64>, full_name: &str, workplace: Option<&str>) -> String {
    match person_id {
        Some(id) => format!("p{id}"),
        None => format!("n{}|{}", vn::fold(full_name), workplace.map(vn::fold).unwrap_or_default()),
    }
}

/// The person part of a stored `person_key`.
pub(super) fn person_part(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, person)| person)
}

/// Another approved honouree of the same person in the round (another association's proposal),
/// which approving `person` again would duplicate. Only staff approve, and they see every
/// proposal, so naming it tells them nothing they cannot read.
pub(super) fn approved_twin(
    conn: &mut DbConnection,
    round_id: i64,
    except: Option<i64>,
    person: &str,
) -> QueryResult<Option<i64>> {
    let approved: Vec<(i64, String)> = h::table
        .filter(h::round_id.eq(round_id).and(h::decision.eq(HonoureeDecision::Approved.code())))
        .select((h::id, h::person_key))
        .load(conn)?;
    Ok(approved.into_iter().find(|(id, key)| Some(*id) != except && person_part(key) == person).map(|(id, _)| id))
}

pub(super) fn approved_twice(twin: i64) -> ApiError {
    ApiError::conflict(format!(
        "this person is already approved in this round (honouree {twin}, another association's proposal); \
         reject one of the two proposals"
    ))
}

pub(super) fn search_text(full_name: &str, workplace: Option<&str>) -> String {
    vn::fold(&format!("{full_name} {}", workplace.unwrap_or_default()))
}

/// Given name first, as Vietnamese lists of people are sorted.
pub(super) fn name_sort_key(full_name: &str) -> String {
    let mut words: Vec<&str> = full_name.split_whitespace().collect();
    if let Some(given) = words.pop() {
        words.insert(0, given);
    }
    vn::sort_key(&words.join(" "))
}

/// 404 unless honouree `id` of round `round_id` exists.
pub fn get_honouree(conn: &mut DbConnection, round_id: i64, id: i64) -> Result<HonoureeRow, ApiError> {
    h::table
        .filter(h::id.eq(id).and(h::round_id.eq(round_id)))
        .select(HonoureeRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("honour round {round_id} has no honouree with id {id}")))
}

/// What a list of honourees shows.
#[derive(Debug, Clone, Default)]
pub struct HonoureeFilter {
    /// Only this decision.
    pub decision: Option<HonoureeDecision>,
    /// Only proposals of this association.
    pub association_id: Option<i64>,
    /// Only honourees qualified by this category code.
    pub category: Option<String>,
    /// `q`: folded words of the name.
    pub q: Option<String>,
    /// Visibility: `None` shows everything; `Some(ids)` shows the honourees of these
    /// associations plus, in a published round, every approved honouree.
    pub visible_to: Option<Vec<i64>>,
}

/// A page of a round's honourees in name order (given name first), after `after` (sort key, id).
pub fn list_honourees(
    conn: &mut DbConnection,
    round: &RoundRow,
    filter: &HonoureeFilter,
    after: Option<(String, i64)>,
    limit: i64,
) -> QueryResult<Vec<HonoureeRow>> {
    let mut q = filtered(round, filter);
    if let Some((key, id)) = after {
        q = q.filter(h::sort_key.ge(key.clone()).and(h::sort_key.gt(key).or(h::id.gt(id))));
    }
    q.order((h::sort_key.asc(), h::id.asc())).limit(limit).select(HonoureeRow::as_select()).load(conn)
}

/// How many honourees of `round` pass `filter` (the list's `include_total`).
pub fn count_honourees(conn: &mut DbConnection, round: &RoundRow, filter: &HonoureeFilter) -> QueryResult<i64> {
    filtered(round, filter).count().get_result(conn)
}

/// The honourees of `round` that pass `filter`.
fn filtered(round: &RoundRow, filter: &HonoureeFilter) -> h::BoxedQuery<'static, MultiBackend> {
    let mut q = h::table.filter(h::round_id.eq(round.id)).into_boxed::<MultiBackend>();
    if let Some(d) = filter.decision {
        q = q.filter(h::decision.eq(d));
    }
    if let Some(a) = filter.association_id {
        q = q.filter(h::association_id.eq(a));
    }
    if let Some(code) = &filter.category {
        let with = hc::table.inner_join(ac::table).filter(ac::code.eq(code.clone())).select(hc::honouree_id);
        q = q.filter(h::id.eq_any(with));
    }
    if let Some(words) = &filter.q {
        for word in words.split_whitespace() {
            q = q.filter(h::search_text.like(crate::db::search::like_contains(word)).escape('\\'));
        }
    }
    if let Some(ids) = &filter.visible_to {
        let published = round.status == HonourRoundStatus::Published;
        if published {
            q = q.filter(h::association_id.eq_any(ids.clone()).or(h::decision.eq(HonoureeDecision::Approved.code())));
        } else {
            q = q.filter(h::association_id.eq_any(ids.clone()));
        }
    }
    q
}

/// The category codes of each honouree, in catalogue order.
pub fn categories_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Vec<String>>> {
    let rows: Vec<(i64, String)> = hc::table
        .inner_join(ac::table)
        .filter(hc::honouree_id.eq_any(ids))
        .order((hc::honouree_id, ac::position, ac::id))
        .select((hc::honouree_id, ac::code))
        .load(conn)?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, code) in rows {
        out.entry(id).or_default().push(code);
    }
    Ok(out)
}

/// The ids of category codes; unknown codes are field errors on `field`.
pub(super) fn category_ids(conn: &mut DbConnection, codes: &[String], field: &str) -> Result<Vec<i64>, ApiError> {
    let known: Vec<(String, i64)> = ac::table.filter(ac::code.eq_any(codes)).select((ac::code, ac::id)).load(conn)?;
    let known: HashMap<String, i64> = known.into_iter().collect();
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    for code in codes {
        match known.get(code) {
            Some(id) => ids.push(*id),
            None => errors.push(FieldError::new(field, "unknown", format!("'{code}' is not an award category code"))),
        }
    }
    if errors.is_empty() {
        Ok(ids)
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// Resolved content: person details filled in, associations checked.
pub(super) struct Resolved {
    full_name: String,
    workplace: Option<String>,
    position: Option<String>,
    category_ids: Vec<i64>,
}

pub(super) fn resolve(conn: &mut DbConnection, data: &HonoureeData) -> Result<Resolved, ApiError> {
    let mut errors = Vec::new();
    let mut full_name = data.full_name.clone();
    let mut workplace = data.workplace.clone();
    let mut position = data.position.clone();
    if let Some(pid) = data.person_id {
        match crate::models::person::referenced(conn, pid, "person_id")? {
            Ok(person) => {
                full_name = full_name.or(Some(person.full_name));
                workplace = workplace.or(person.workplace);
                position = position.or(person.position);
            }
            Err(e) => errors.push(e),
        }
    }
    if let Some(a) = data.association_id {
        errors.extend(crate::models::association::check_reference(conn, a, "association_id")?);
    }
    let full_name = match full_name {
        Some(n) => n,
        None => {
            if data.person_id.is_none() {
                errors.push(FieldError::new("full_name", "required", "give full_name, or person_id of a known person"));
            }
            String::new()
        }
    };
    let category_ids = match category_ids(conn, &data.categories, "categories") {
        Ok(ids) => ids,
        Err(ApiError::Validation(e)) => {
            errors.extend(e);
            Vec::new()
        }
        Err(e) => return Err(e),
    };
    if !errors.is_empty() {
        errors.sort_by(|a, b| a.field.cmp(&b.field));
        return Err(ApiError::Validation(errors));
    }
    Ok(Resolved { full_name, workplace, position, category_ids })
}

pub(super) fn duplicate_in_round(e: diesel::result::Error, name: &str) -> ApiError {
    ApiError::on_unique_violation(e, || format!("{name} is already proposed in this round for this association"))
}

pub(super) fn audit_json(row: &HonoureeRow, categories: &[String]) -> serde_json::Value {
    serde_json::json!({
        "person_id": row.person_id, "full_name": row.full_name, "workplace": row.workplace,
        "position": row.position, "association_id": row.association_id, "categories": categories,
        "citation": row.citation, "decision": row.decision, "decision_reason": row.decision_reason,
    })
}

/// A decision to record with a new honouree (historical imports).
#[derive(Debug, Clone)]
pub struct Decided {
    /// The decision.
    pub decision: HonoureeDecision,
    /// Its reason.
    pub reason: Option<String>,
}

pub(super) fn insert_one(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    round_id: i64,
    data: &HonoureeData,
    resolved: &Resolved,
    decided: Option<&Decided>,
) -> Result<HonoureeRow, ApiError> {
    let (decision, reason, decided_at, decided_by) = match decided {
        Some(d) if d.decision != HonoureeDecision::Pending => {
            (d.decision, d.reason.clone(), Some(ctx.now), Some(ctx.actor.clone()))
        }
        _ => (HonoureeDecision::Pending, None, None, None),
    };
    let person = person_of(data.person_id, &resolved.full_name, resolved.workplace.as_deref());
    if decision == HonoureeDecision::Approved {
        if let Some(twin) = approved_twin(conn, round_id, None, &person)? {
            return Err(approved_twice(twin));
        }
    }
    let row: HonoureeRow = diesel::insert_into(h::table)
        .values((
            h::round_id.eq(round_id),
            h::person_id.eq(data.person_id),
            h::full_name.eq(&resolved.full_name),
            h::workplace.eq(&resolved.workplace),
            h::position.eq(&resolved.position),
            h::association_id.eq(data.association_id),
            h::citation.eq(&data.citation),
            h::decision.eq(decision),
            h::decision_reason.eq(reason),
            h::decided_at.eq(decided_at),
            h::decided_by.eq(decided_by),
            h::proposed_by.eq(&ctx.actor),
            h::search_text.eq(search_text(&resolved.full_name, resolved.workplace.as_deref())),
            h::person_key.eq(person_key(data.association_id, &person)),
            h::sort_key.eq(name_sort_key(&resolved.full_name)),
            h::version.eq(1),
            h::created_at.eq(ctx.now),
            h::updated_at.eq(ctx.now),
        ))
        .returning(h::all_columns)
        .get_result(conn)
        .map_err(|e| duplicate_in_round(e, &resolved.full_name))?;
    let links: Vec<_> =
        resolved.category_ids.iter().map(|c| (hc::honouree_id.eq(row.id), hc::category_id.eq(*c))).collect();
    crate::with_backend!(conn, |c| diesel::insert_into(hc::table).values(&links).execute(c))?;
    let changes = audit::changes(None, &audit_json(&row, &data.categories), &[]);
    audit::record(conn, ctx, "honouree.create", HONOUREE, &row.id.to_string(), &changes)?;
    Ok(row)
}

/// Proposes an honouree (see [`Gate`] for who may, when).
pub fn propose(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    round_id: i64,
    data: &HonoureeData,
) -> Result<HonoureeRow, ApiError> {
    write_transaction(conn, |conn| {
        let round = get_round(conn, round_id)?;
        Gate::edit(caller, &round, data.association_id, "proposed")?;
        let resolved = resolve(conn, data)?;
        insert_one(conn, ctx, round_id, data, &resolved, None)
    })
}

/// Changes an honouree's content; a manager only while it is pending.
pub fn update_honouree(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    round_id: i64,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&HonoureeRow, Vec<String>) -> Result<HonoureeData, ApiError>,
) -> Result<HonoureeRow, ApiError> {
    write_transaction(conn, |conn| {
        let round = get_round(conn, round_id)?;
        let current = get_honouree(conn, round_id, id)?;
        Gate::edit(caller, &round, current.association_id, "changed")?;
        if !caller.staff && current.decision != HonoureeDecision::Pending {
            return Err(ApiError::conflict("this honouree is already decided; only staff can change it"));
        }
        let categories = categories_of(conn, &[id])?.remove(&id).unwrap_or_default();
        let data = edit(&current, categories.clone())?;
        if_match.check(current.version)?;
        if data.association_id != current.association_id {
            Gate::edit(caller, &round, data.association_id, "moved to that association")?;
        }
        let resolved = resolve(conn, &data)?;
        let person = person_of(data.person_id, &resolved.full_name, resolved.workplace.as_deref());
        if current.decision == HonoureeDecision::Approved {
            if let Some(twin) = approved_twin(conn, round_id, Some(id), &person)? {
                return Err(approved_twice(twin));
            }
        }
        let row: HonoureeRow = crate::versioned_update!(
            conn,
            h,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                h::person_id.eq(data.person_id),
                h::full_name.eq(&resolved.full_name),
                h::workplace.eq(&resolved.workplace),
                h::position.eq(&resolved.position),
                h::association_id.eq(data.association_id),
                h::citation.eq(&data.citation),
                h::search_text.eq(search_text(&resolved.full_name, resolved.workplace.as_deref())),
                h::person_key.eq(person_key(data.association_id, &person)),
                h::sort_key.eq(name_sort_key(&resolved.full_name)),
            )
        )
        .map_err(|e| duplicate_in_round(e, &resolved.full_name))?
        .or_stale("the honouree")?;
        if data.categories != categories {
            diesel::delete(hc::table.filter(hc::honouree_id.eq(id))).execute(conn)?;
            let links: Vec<_> =
                resolved.category_ids.iter().map(|c| (hc::honouree_id.eq(id), hc::category_id.eq(*c))).collect();
            crate::with_backend!(conn, |c| diesel::insert_into(hc::table).values(&links).execute(c))?;
        }
        let changes =
            audit::changes(Some(&audit_json(&current, &categories)), &audit_json(&row, &data.categories), &[]);
        audit::record(conn, ctx, "honouree.update", HONOUREE, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Withdraws (deletes) a proposal; a manager only while it is pending.
pub fn withdraw(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    round_id: i64,
    id: i64,
    if_match: IfMatch,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let round = get_round(conn, round_id)?;
        let current = get_honouree(conn, round_id, id)?;
        Gate::edit(caller, &round, current.association_id, "withdrawn")?;
        if !caller.staff && current.decision != HonoureeDecision::Pending {
            return Err(ApiError::conflict("this honouree is already decided; only staff can withdraw it"));
        }
        if_match.check(current.version)?;
        let categories = categories_of(conn, &[id])?.remove(&id).unwrap_or_default();
        diesel::delete(hc::table.filter(hc::honouree_id.eq(id))).execute(conn)?;
        diesel::delete(h::table.find(id)).execute(conn)?;
        let changes = audit::changes(Some(&audit_json(&current, &categories)), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "honouree.withdraw", HONOUREE, &id.to_string(), &changes)?;
        Ok(())
    })
}

/// Records the union's decision on an honouree: staff, while the round is under review.
pub fn decide(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    round_id: i64,
    id: i64,
    if_match: IfMatch,
    decided: &Decided,
) -> Result<HonoureeRow, ApiError> {
    write_transaction(conn, |conn| {
        let round = get_round(conn, round_id)?;
        let status = round.status;
        if status != HonourRoundStatus::UnderReview {
            return Err(ApiError::conflict(format!(
                "decisions are made while the round is under_review; it is {}",
                status.code()
            )));
        }
        let current = get_honouree(conn, round_id, id)?;
        if_match.check(current.version)?;
        if decided.decision == HonoureeDecision::Approved {
            if let Some(twin) = approved_twin(conn, round_id, Some(id), person_part(&current.person_key))? {
                return Err(approved_twice(twin));
            }
        }
        let (decided_at, decided_by) = if decided.decision == HonoureeDecision::Pending {
            (None, None)
        } else {
            (Some(ctx.now), Some(ctx.actor.clone()))
        };
        let row: HonoureeRow = crate::versioned_update!(
            conn,
            h,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                h::decision.eq(decided.decision),
                h::decision_reason.eq(&decided.reason),
                h::decided_at.eq(decided_at),
                h::decided_by.eq(decided_by),
            )
        )?
        .or_stale("the honouree")?;
        let changes = serde_json::json!({
            "decision": {"from": current.decision, "to": row.decision},
            "decision_reason": {"from": current.decision_reason, "to": row.decision_reason},
        });
        audit::record(conn, ctx, "honouree.decide", HONOUREE, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// One record of a bulk import.
#[derive(Debug, Clone)]
pub struct ImportRecord {
    /// Content.
    pub data: HonoureeData,
    /// The person, when the record names them by what the association or the person knows
    /// rather than by id (an id in `data` wins): `(the record's field, the key)`.
    pub person: Option<(&'static str, PersonKey)>,
    /// Decision (historical rounds: `approved` unless the file says otherwise).
    pub decided: Decided,
}

/// Imports honourees into a round, all or nothing: every row is checked first (unknown
/// category, person or association; a person twice in the file or already in the round) and
/// any failure is reported by row (the first number of each pair) with nothing written.
pub fn import(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    round_id: i64,
    records: &[(usize, ImportRecord)],
) -> Result<crate::models::Written, ApiError> {
    write_transaction(conn, |conn| {
        get_round(conn, round_id)?;
        // Staff import: a person once per round, whichever association proposed them.
        let mut taken: std::collections::HashSet<String> = h::table
            .filter(h::round_id.eq(round_id))
            .select(h::person_key)
            .load::<String>(conn)?
            .iter()
            .map(|key| person_part(key).to_owned())
            .collect();
        let mut errors = Vec::new();
        let mut checked = Vec::with_capacity(records.len());
        for (row, record) in records {
            let mut data = std::borrow::Cow::Borrowed(&record.data);
            if let (Some((field, key)), None) = (&record.person, data.person_id) {
                match crate::models::person::identified(conn, key, field)? {
                    Ok(id) => data.to_mut().person_id = Some(id),
                    Err(e) => {
                        errors.push((*row, e));
                        continue;
                    }
                }
            }
            match resolve(conn, &data) {
                Ok(resolved) => {
                    let person = person_of(data.person_id, &resolved.full_name, resolved.workplace.as_deref());
                    if !taken.insert(person) {
                        errors.push((
                            *row,
                            FieldError::new(
                                "full_name",
                                "duplicate",
                                format!("{} is already in this round or earlier in the file", resolved.full_name),
                            ),
                        ));
                    }
                    checked.push((data, &record.decided, resolved));
                }
                Err(ApiError::Validation(fields)) => errors.extend(fields.into_iter().map(|f| (*row, f))),
                Err(e) => return Err(e),
            }
            if errors.len() >= 1000 {
                break;
            }
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        for (data, decided, resolved) in &checked {
            insert_one(conn, ctx, round_id, data, resolved, Some(decided))?;
        }
        Ok(Ok(records.len()))
    })
}
