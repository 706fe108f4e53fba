//! Branches of associations (chi hội, huyện hội).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::branches;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::BranchStatus;
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "branch";

/// A row of `branches`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = branches)]
pub struct BranchRow {
    /// Id.
    pub id: i64,
    /// Association.
    pub association_id: i64,
    /// Name.
    pub name: String,
    /// Unique key of the name within the association.
    pub name_key: String,
    /// District.
    pub district: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// Reported member count.
    pub member_count_reported: Option<i32>,
    /// Status code.
    pub status: BranchStatus,
    /// Collation key.
    pub sort_key: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// The content of a branch that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::branches, treat_none_as_null = true)]
pub struct BranchData {
    /// Name (normalised).
    pub name: String,
    /// District.
    pub district: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// Reported member count.
    pub member_count_reported: Option<i32>,
    /// Status.
    pub status: BranchStatus,
}

impl BranchRow {
    /// The editable content.
    pub fn data(&self) -> BranchData {
        BranchData {
            name: self.name.clone(),
            district: self.district.clone(),
            founded_on: self.founded_on,
            member_count_reported: self.member_count_reported,
            status: self.status,
        }
    }
}

fn conflict_on_name(e: diesel::result::Error, name: &str) -> ApiError {
    ApiError::on_unique_violation(e, || format!("this association already has a branch named '{name}'"))
}

/// 404 unless branch `id` of association `association_id` exists.
pub fn get(conn: &mut DbConnection, association_id: i64, id: i64) -> Result<BranchRow, ApiError> {
    branches::table
        .filter(branches::id.eq(id).and(branches::association_id.eq(association_id)))
        .select(BranchRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("association {association_id} has no branch with id {id}")))
}

/// The branches of an association in Vietnamese name order.
pub fn list(conn: &mut DbConnection, association_id: i64, status: Option<BranchStatus>) -> QueryResult<Vec<BranchRow>> {
    let mut query =
        branches::table.filter(branches::association_id.eq(association_id)).into_boxed::<crate::db::MultiBackend>();
    if let Some(status) = status {
        query = query.filter(branches::status.eq(status));
    }
    query.order((branches::sort_key.asc(), branches::id.asc())).select(BranchRow::as_select()).load(conn)
}

/// Creates a branch with its audit record.
pub fn insert(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    data: &BranchData,
) -> Result<BranchRow, ApiError> {
    write_transaction(conn, |conn| {
        let row: BranchRow = diesel::insert_into(branches::table)
            .values((
                branches::association_id.eq(association_id),
                data,
                branches::name_key.eq(vn::normalize_name(&data.name).to_lowercase()),
                branches::sort_key.eq(vn::sort_key(&data.name)),
                branches::version.eq(1),
                branches::created_at.eq(ctx.now),
                branches::updated_at.eq(ctx.now),
            ))
            .returning(branches::all_columns)
            .get_result(conn)
            .map_err(|e| conflict_on_name(e, &data.name))?;
        let after = serde_json::to_value(data).map_err(|e| ApiError::Internal(e.into()))?;
        let mut changes = audit::changes(None, &after, &[]);
        changes["association_id"] = serde_json::json!({"from": null, "to": association_id});
        audit::record(conn, ctx, "branch.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Updates a branch (see `association::update` for the pattern).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&BranchRow) -> Result<BranchData, ApiError>,
) -> Result<BranchRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, association_id, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let row: Option<BranchRow> = crate::versioned_update!(
            conn,
            branches,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                &data,
                branches::name_key.eq(vn::normalize_name(&data.name).to_lowercase()),
                branches::sort_key.eq(vn::sort_key(&data.name)),
            )
        )
        .map_err(|e| conflict_on_name(e, &data.name))?;
        let row = row.or_stale("the branch")?;
        let to_json = |d: &BranchData| serde_json::to_value(d).map_err(|e| ApiError::Internal(e.into()));
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "branch.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}
