//! Associations (member associations and collective members) and their status history.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{association_status_history as history, associations};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{AssociationKind, AssociationStatus, CodeList};
use crate::domain::lifecycle;
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "association";

/// Fields that hold personal data: masked in audit records. (An association's office phone
/// and email are not a person's, but a small association often gives a person's own.)
pub const PERSONAL_FIELDS: &[&str] = &["phone", "email"];

/// A row of `associations`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = associations)]
pub struct AssociationRow {
    /// Id.
    pub id: i64,
    /// Full name.
    pub name: String,
    /// Unique key of the name.
    pub name_key: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Kind code.
    pub kind: AssociationKind,
    /// Field of activity.
    pub field_of_activity: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// Joining date.
    pub joined_on: Option<NaiveDate>,
    /// Status code.
    pub status: AssociationStatus,
    /// Special association.
    pub special_status: bool,
    /// Dissolution date.
    pub dissolved_on: Option<NaiveDate>,
    /// Address.
    pub address: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Chairperson.
    pub chairperson: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Collation key.
    pub sort_key: String,
    /// Search text.
    pub search_text: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// The content of an association that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::associations, treat_none_as_null = true)]
pub struct AssociationData {
    /// Full name (normalised).
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Kind.
    pub kind: AssociationKind,
    /// Field of activity.
    pub field_of_activity: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// Joining date.
    pub joined_on: Option<NaiveDate>,
    /// Special association.
    pub special_status: bool,
    /// Address.
    pub address: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Chairperson.
    pub chairperson: Option<String>,
    /// Description.
    pub description: Option<String>,
}

impl AssociationRow {
    /// The editable content.
    pub fn data(&self) -> AssociationData {
        AssociationData {
            name: self.name.clone(),
            short_name: self.short_name.clone(),
            kind: self.kind,
            field_of_activity: self.field_of_activity.clone(),
            founded_on: self.founded_on,
            joined_on: self.joined_on,
            special_status: self.special_status,
            address: self.address.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            chairperson: self.chairperson.clone(),
            description: self.description.clone(),
        }
    }
}

/// The unique key of a name: NFC, lower case, single spaces.
pub fn name_key(name: &str) -> String {
    vn::normalize_name(name).to_lowercase()
}

fn search_text(data: &AssociationData) -> String {
    let mut text = vn::fold(&data.name);
    if let Some(short) = &data.short_name {
        text.push(' ');
        text.push_str(&vn::fold(short));
    }
    text
}

/// One association, if it exists.
/// Every association's id, name and short name, for telling which one a file names.
pub fn names(conn: &mut DbConnection) -> QueryResult<Vec<(i64, String, Option<String>)>> {
    associations::table
        .select((associations::id, associations::name, associations::short_name))
        .order(associations::id)
        .load(conn)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<AssociationRow>> {
    associations::table.find(id).select(AssociationRow::as_select()).first(conn).optional()
}

/// 404 unless association `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<AssociationRow, ApiError> {
    find(conn, id)?.ok_or_else(|| ApiError::NotFound(format!("no association with id {id}")))
}

fn conflict_on_name(e: diesel::result::Error, name: &str) -> ApiError {
    ApiError::on_unique_violation(e, || format!("an association named '{name}' already exists"))
}

/// A 422 on `association_ids` unless every association in `ids` exists (one query).
pub fn ensure_exist(conn: &mut DbConnection, ids: &[i64]) -> Result<(), ApiError> {
    if ids.is_empty() {
        return Ok(());
    }
    let found: Vec<i64> =
        associations::table.filter(associations::id.eq_any(ids)).select(associations::id).load(conn)?;
    match ids.iter().find(|id| !found.contains(id)) {
        Some(id) => Err(ApiError::invalid("association_ids", "not_found", format!("no association with id {id}"))),
        None => Ok(()),
    }
}

/// Creates an association (status `active`), its first status-history entry and its audit
/// record, in one transaction.
pub fn insert(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    data: &AssociationData,
    today: NaiveDate,
) -> Result<AssociationRow, ApiError> {
    write_transaction(conn, |conn| {
        let row: AssociationRow = diesel::insert_into(associations::table)
            .values((
                data,
                associations::name_key.eq(name_key(&data.name)),
                associations::status.eq(AssociationStatus::Active.code()),
                associations::sort_key.eq(vn::sort_key(&data.name)),
                associations::search_text.eq(search_text(data)),
                associations::version.eq(1),
                associations::created_at.eq(ctx.now),
                associations::updated_at.eq(ctx.now),
            ))
            .returning(associations::all_columns)
            .get_result(conn)
            .map_err(|e| conflict_on_name(e, &data.name))?;
        diesel::insert_into(history::table)
            .values((
                history::association_id.eq(row.id),
                history::from_status.eq(None::<String>),
                history::to_status.eq(AssociationStatus::Active.code()),
                history::effective_on.eq(data.joined_on.unwrap_or(today)),
                history::reason.eq(Some("created")),
                history::changed_by.eq(&ctx.actor),
                history::changed_at.eq(ctx.now),
            ))
            .execute(conn)?;
        let mut after = serde_json::to_value(data).map_err(|e| ApiError::Internal(e.into()))?;
        after["status"] = AssociationStatus::Active.code().into();
        let changes = audit::changes(None, &after, PERSONAL_FIELDS);
        audit::record(conn, ctx, "association.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Updates an association: loads it, checks `If-Match`, lets `edit` produce the new content
/// (and refuse with an error), writes it with the next version and records the audit entry.
/// A concurrent change between the read and the write is a 412, never a lost update.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&AssociationRow) -> Result<AssociationData, ApiError>,
) -> Result<AssociationRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let updated: Option<AssociationRow> = crate::versioned_update!(
            conn,
            associations,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                &data,
                associations::name_key.eq(name_key(&data.name)),
                associations::sort_key.eq(vn::sort_key(&data.name)),
                associations::search_text.eq(search_text(&data)),
            )
        )
        .map_err(|e| conflict_on_name(e, &data.name))?;
        let row = updated.or_stale("the association")?;
        let to_json = |d: &AssociationData| serde_json::to_value(d).map_err(|e| ApiError::Internal(e.into()));
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, PERSONAL_FIELDS);
        audit::record(conn, ctx, "association.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// A change of status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusAction {
    /// active → suspended.
    Suspend,
    /// suspended → active.
    Reactivate,
    /// active or suspended → dissolved (final).
    Dissolve,
}

impl StatusAction {
    /// The action's name in URLs and audit records.
    pub fn name(self) -> &'static str {
        match self {
            StatusAction::Suspend => "suspend",
            StatusAction::Reactivate => "reactivate",
            StatusAction::Dissolve => "dissolve",
        }
    }
}

/// Applies a status change with its history entry and audit record. A change the current
/// status does not allow is a 409 naming the allowed ones.
pub fn change_status(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    action: StatusAction,
    effective_on: NaiveDate,
    reason: Option<&str>,
) -> Result<AssociationRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.version)?;
        let status = current.status;
        let target = lifecycle::ASSOCIATION.step(status, action.name())?;
        if action == StatusAction::Dissolve && current.founded_on.is_some_and(|f| effective_on < f) {
            return Err(ApiError::invalid("effective_on", "range", "must not be before the founding date"));
        }
        let dissolved_on = if action == StatusAction::Dissolve { Some(effective_on) } else { current.dissolved_on };
        let row: Option<AssociationRow> = crate::versioned_update!(
            conn,
            associations,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (associations::status.eq(target), associations::dissolved_on.eq(dissolved_on),)
        )?;
        let row = row.or_stale("the association")?;
        diesel::insert_into(history::table)
            .values((
                history::association_id.eq(id),
                history::from_status.eq(Some(status.code())),
                history::to_status.eq(target),
                history::effective_on.eq(effective_on),
                history::reason.eq(reason),
                history::changed_by.eq(&ctx.actor),
                history::changed_at.eq(ctx.now),
            ))
            .execute(conn)?;
        let changes = serde_json::json!({
            "status": {"from": status.code(), "to": target.code()},
            "effective_on": {"from": null, "to": effective_on},
            "reason": {"from": null, "to": reason},
        });
        audit::record(conn, ctx, &format!("association.{}", action.name()), ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// A row of the status history.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = history)]
pub struct StatusHistoryRow {
    /// Id.
    pub id: i64,
    /// Association.
    pub association_id: i64,
    /// Previous status.
    pub from_status: Option<String>,
    /// New status.
    pub to_status: String,
    /// Effective date.
    pub effective_on: NaiveDate,
    /// Reason.
    pub reason: Option<String>,
    /// Who.
    pub changed_by: String,
    /// When recorded.
    pub changed_at: NaiveDateTime,
}

/// The status history of an association, oldest first.
pub fn status_history(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<StatusHistoryRow>> {
    history::table
        .filter(history::association_id.eq(id))
        .order(history::id.asc())
        .select(StatusHistoryRow::as_select())
        .load(conn)
}

/// How a list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// By name in Vietnamese order.
    Name,
    /// By name, reversed.
    NameDesc,
    /// Oldest record first.
    CreatedAt,
    /// Newest record first.
    CreatedAtDesc,
}

/// Filters of the list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this kind.
    pub kind: Option<AssociationKind>,
    /// Only this status.
    pub status: Option<AssociationStatus>,
    /// Only special (or only ordinary) associations.
    pub special_status: Option<bool>,
    /// Folded search text that the name or short name must contain.
    pub q: Option<String>,
    /// Only these ids (e.g. a manager's own).
    pub ids: Option<Vec<i64>>,
}

type Boxed<'a> = associations::BoxedQuery<'a, MultiBackend>;

fn filtered(filter: &Filter) -> Boxed<'_> {
    let mut query = associations::table.into_boxed::<MultiBackend>();
    if let Some(kind) = filter.kind {
        query = query.filter(associations::kind.eq(kind));
    }
    if let Some(status) = filter.status {
        query = query.filter(associations::status.eq(status));
    }
    if let Some(special) = filter.special_status {
        query = query.filter(associations::special_status.eq(special));
    }
    if let Some(q) = &filter.q {
        query = query.filter(associations::search_text.like(crate::db::search::like_contains(q)).escape('\\'));
    }
    if let Some(ids) = &filter.ids {
        query = query.filter(associations::id.eq_any(ids.clone()));
    }
    query
}

/// The sort key of a row for a cursor.
pub fn cursor_key(row: &AssociationRow, sort: Sort) -> String {
    match sort {
        Sort::Name | Sort::NameDesc => row.sort_key.clone(),
        Sort::CreatedAt | Sort::CreatedAtDesc => row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
    }
}

/// One page of associations after the cursor position `after` (sort key, id).
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    sort: Sort,
    after: Option<(String, i64)>,
    limit: i64,
) -> Result<Vec<AssociationRow>, ApiError> {
    use associations::{created_at, id, sort_key};
    let mut query = filtered(filter);
    if let Some((key, last_id)) = after {
        query = match sort {
            Sort::Name => query.filter(sort_key.ge(key.clone()).and(sort_key.gt(key).or(id.gt(last_id)))),
            Sort::NameDesc => query.filter(sort_key.le(key.clone()).and(sort_key.lt(key).or(id.lt(last_id)))),
            Sort::CreatedAt | Sort::CreatedAtDesc => {
                let at = NaiveDateTime::parse_from_str(&key, "%Y-%m-%dT%H:%M:%S%.f")
                    .map_err(|_| ApiError::BadRequest("cursor is invalid: pass next_cursor unchanged".into()))?;
                if sort == Sort::CreatedAt {
                    query.filter(created_at.ge(at).and(created_at.gt(at).or(id.gt(last_id))))
                } else {
                    query.filter(created_at.le(at).and(created_at.lt(at).or(id.lt(last_id))))
                }
            }
        };
    }
    query = match sort {
        Sort::Name => query.order((sort_key.asc(), id.asc())),
        Sort::NameDesc => query.order((sort_key.desc(), id.desc())),
        Sort::CreatedAt => query.order((created_at.asc(), id.asc())),
        Sort::CreatedAtDesc => query.order((created_at.desc(), id.desc())),
    };
    Ok(query.limit(limit).select(AssociationRow::as_select()).load(conn)?)
}

/// How many associations pass the filter.
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// `None` if association `id` exists, else the field error for `field` that names it.
pub fn check_reference(conn: &mut DbConnection, id: i64, field: &str) -> QueryResult<Option<crate::error::FieldError>> {
    let n: i64 = associations::table.filter(associations::id.eq(id)).count().get_result(conn)?;
    Ok((n == 0)
        .then(|| crate::error::FieldError::new(field, "unknown", format!("there is no association with id {id}"))))
}

/// The associations in the union at the end of `year` by kind, as statistics observations:
/// joined by then (by the join date, or else the date the record was made) and not
/// dissolved by then (a dissolved association without a date counts as dissolved).
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<crate::domain::statistics::Observation>> {
    use crate::domain::statistics::{Metric, Observation};
    use diesel::dsl::count_star;
    let Some(end) = NaiveDate::from_ymd_opt(year, 12, 31) else {
        return Ok(Vec::new());
    };
    let end_of_day = end.and_hms_opt(23, 59, 59).unwrap_or_default();
    let dissolved = AssociationStatus::Dissolved.code();
    let rows: Vec<(String, i64)> = associations::table
        .filter(
            associations::joined_on
                .le(end)
                .or(associations::joined_on.is_null().and(associations::created_at.le(end_of_day))),
        )
        .filter(associations::status.ne(dissolved).or(associations::dissolved_on.gt(end)))
        .group_by(associations::kind)
        .select((associations::kind, count_star()))
        .order_by(associations::kind)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, n)| Observation {
            metric: Metric::AssociationsByKind,
            year,
            association_id: None,
            dimension: Some(("kind".into(), kind)),
            value: n,
        })
        .collect())
}
