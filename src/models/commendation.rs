//! Commendations received (khen thưởng): by the union, its associations and people.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::commendations as c;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{CommendationIssuer, CommendationType, OrderClass, RecipientKind};
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "commendation";

/// A row of `commendations`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = c)]
pub struct CommendationRow {
    /// Id.
    pub id: i64,
    /// Recipient kind code.
    pub recipient_kind: RecipientKind,
    /// Association recipient.
    pub association_id: Option<i64>,
    /// Person recipient, when known.
    pub person_id: Option<i64>,
    /// Recipient's name.
    pub recipient_name: Option<String>,
    /// Type code.
    pub kind: CommendationType,
    /// Class of an order.
    pub order_class: Option<OrderClass>,
    /// Issuer code.
    pub issuer: CommendationIssuer,
    /// Issuer's name.
    pub issuer_name: Option<String>,
    /// Decision number.
    pub decision_number: Option<String>,
    /// Decision date.
    pub decided_on: Option<NaiveDate>,
    /// Year.
    pub year: i32,
    /// Citation.
    pub citation: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// The content of a commendation, checked: the recipient fields match the recipient kind and
/// an order has its class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommendationData {
    /// Recipient kind.
    pub recipient_kind: RecipientKind,
    /// Association (kind `association`).
    pub association_id: Option<i64>,
    /// Person (kind `person`, when known).
    pub person_id: Option<i64>,
    /// Recipient's name (kind `person`; taken from the person when left out).
    pub recipient_name: Option<String>,
    /// Type.
    #[serde(rename = "type")]
    pub kind: CommendationType,
    /// Class (orders only).
    pub order_class: Option<OrderClass>,
    /// Issuer.
    pub issuer: CommendationIssuer,
    /// Issuer's name (required for `other`).
    pub issuer_name: Option<String>,
    /// Decision number.
    pub decision_number: Option<String>,
    /// Decision date.
    pub decided_on: Option<NaiveDate>,
    /// Year.
    pub year: i32,
    /// Citation.
    pub citation: Option<String>,
}

impl CommendationRow {
    /// The content.
    pub fn data(&self) -> CommendationData {
        CommendationData {
            recipient_kind: self.recipient_kind,
            association_id: self.association_id,
            person_id: self.person_id,
            recipient_name: self.recipient_name.clone(),
            kind: self.kind,
            order_class: self.order_class,
            issuer: self.issuer,
            issuer_name: self.issuer_name.clone(),
            decision_number: self.decision_number.clone(),
            decided_on: self.decided_on,
            year: self.year,
            citation: self.citation.clone(),
        }
    }
}

/// 404 unless commendation `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<CommendationRow, ApiError> {
    c::table
        .find(id)
        .select(CommendationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no commendation with id {id}")))
}

/// What a list of commendations shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this year.
    pub year: Option<i32>,
    /// Only this recipient kind.
    pub recipient_kind: Option<RecipientKind>,
    /// Only this association's.
    pub association_id: Option<i64>,
    /// Only this person's.
    pub person_id: Option<i64>,
    /// Only this issuer.
    pub issuer: Option<CommendationIssuer>,
    /// Only this type.
    pub kind: Option<CommendationType>,
}

/// A page of commendations, newest year first, then by id; after `after` (year, id).
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    after: Option<(i32, i64)>,
    limit: i64,
) -> QueryResult<Vec<CommendationRow>> {
    let mut q = filtered(filter);
    if let Some((year, id)) = after {
        q = q.filter(c::year.le(year).and(c::year.lt(year).or(c::id.gt(id))));
    }
    q.order((c::year.desc(), c::id.asc())).limit(limit).select(CommendationRow::as_select()).load(conn)
}

/// The rows that pass `filter`, as a query to page or count.
fn filtered(filter: &Filter) -> c::BoxedQuery<'static, MultiBackend> {
    let mut q = c::table.into_boxed::<MultiBackend>();
    if let Some(y) = filter.year {
        q = q.filter(c::year.eq(y));
    }
    if let Some(k) = filter.recipient_kind {
        q = q.filter(c::recipient_kind.eq(k));
    }
    if let Some(a) = filter.association_id {
        q = q.filter(c::association_id.eq(a));
    }
    if let Some(p) = filter.person_id {
        q = q.filter(c::person_id.eq(p));
    }
    if let Some(i) = filter.issuer {
        q = q.filter(c::issuer.eq(i));
    }
    if let Some(t) = filter.kind {
        q = q.filter(c::kind.eq(t));
    }
    q
}

/// How many rows pass `filter` (a list's `include_total`).
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// Checks the references and fills the person's name.
fn resolve(conn: &mut DbConnection, data: &CommendationData) -> Result<Option<String>, ApiError> {
    let mut errors = Vec::new();
    let mut name = data.recipient_name.clone();
    if let Some(pid) = data.person_id {
        match crate::models::person::referenced(conn, pid, "person_id")? {
            Ok(person) => name = name.or(Some(person.full_name)),
            Err(e) => errors.push(e),
        }
    }
    if let Some(a) = data.association_id {
        errors.extend(crate::models::association::check_reference(conn, a, "association_id")?);
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    Ok(name)
}

/// Creates a commendation.
pub fn insert(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    data: &CommendationData,
) -> Result<CommendationRow, ApiError> {
    write_transaction(conn, |conn| {
        let name = resolve(conn, data)?;
        let row: CommendationRow = diesel::insert_into(c::table)
            .values((
                c::recipient_kind.eq(data.recipient_kind),
                c::association_id.eq(data.association_id),
                c::person_id.eq(data.person_id),
                c::recipient_name.eq(&name),
                c::kind.eq(data.kind),
                c::order_class.eq(data.order_class),
                c::issuer.eq(data.issuer),
                c::issuer_name.eq(&data.issuer_name),
                c::decision_number.eq(&data.decision_number),
                c::decided_on.eq(data.decided_on),
                c::year.eq(data.year),
                c::citation.eq(&data.citation),
                c::version.eq(1),
                c::created_at.eq(ctx.now),
                c::updated_at.eq(ctx.now),
            ))
            .returning(c::all_columns)
            .get_result(conn)?;
        let changes = audit::changes(None, &to_json(&row.data())?, &[]);
        audit::record(conn, ctx, "commendation.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Updates a commendation.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&CommendationRow) -> Result<CommendationData, ApiError>,
) -> Result<CommendationRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let name = resolve(conn, &data)?;
        let row: CommendationRow = crate::versioned_update!(
            conn,
            c,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                c::recipient_kind.eq(data.recipient_kind),
                c::association_id.eq(data.association_id),
                c::person_id.eq(data.person_id),
                c::recipient_name.eq(&name),
                c::kind.eq(data.kind),
                c::order_class.eq(data.order_class),
                c::issuer.eq(data.issuer),
                c::issuer_name.eq(&data.issuer_name),
                c::decision_number.eq(&data.decision_number),
                c::decided_on.eq(data.decided_on),
                c::year.eq(data.year),
                c::citation.eq(&data.citation),
            )
        )?
        .or_stale("the commendation")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&row.data())?, &[]);
        audit::record(conn, ctx, "commendation.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Deletes a commendation recorded in error.
pub fn delete(conn: &mut DbConnection, ctx: &WriteContext, id: i64, if_match: IfMatch) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.version)?;
        diesel::delete(c::table.find(id)).execute(conn)?;
        let changes = audit::changes(Some(&to_json(&current.data())?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "commendation.delete", ENTITY, &id.to_string(), &changes)?;
        Ok(())
    })
}
