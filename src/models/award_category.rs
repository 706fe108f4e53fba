//! The catalogue of award categories that honourees are recognised in.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{award_categories as ac, honouree_categories as hc};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{AwardKind, AwardLevel};
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "award_category";

/// A row of `award_categories`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ac)]
pub struct CategoryRow {
    /// Id.
    pub id: i64,
    /// Stable code.
    pub code: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Level code.
    pub level: AwardLevel,
    /// Kind code.
    pub kind: AwardKind,
    /// Display position.
    pub position: i32,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// The content of a category that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::award_categories, treat_none_as_null = true)]
pub struct CategoryData {
    /// Stable code (set at creation, never changed).
    pub code: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Level.
    pub level: AwardLevel,
    /// Kind.
    pub kind: AwardKind,
    /// Display position.
    pub position: i32,
}

impl CategoryRow {
    /// The editable content.
    pub fn data(&self) -> CategoryData {
        CategoryData {
            code: self.code.clone(),
            name_vi: self.name_vi.clone(),
            name_en: self.name_en.clone(),
            level: self.level,
            kind: self.kind,
            position: self.position,
        }
    }
}

/// Every category in display order.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<CategoryRow>> {
    ac::table.order((ac::position.asc(), ac::id.asc())).select(CategoryRow::as_select()).load(conn)
}

/// 404 unless category `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<CategoryRow, ApiError> {
    ac::table
        .find(id)
        .select(CategoryRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no award category with id {id}")))
}

/// The next free display position (after the last).
pub fn next_position(conn: &mut DbConnection) -> QueryResult<i32> {
    let max: Option<i32> = ac::table.select(diesel::dsl::max(ac::position)).first(conn)?;
    Ok(max.unwrap_or(0) + 10)
}

fn conflict_on_code(e: diesel::result::Error, code: &str) -> ApiError {
    ApiError::on_unique_violation(e, || format!("there is already an award category with code '{code}'"))
}

/// Creates a category with its audit record; a taken code is a 409.
pub fn insert(conn: &mut DbConnection, ctx: &WriteContext, data: &CategoryData) -> Result<CategoryRow, ApiError> {
    write_transaction(conn, |conn| {
        let row: CategoryRow = diesel::insert_into(ac::table)
            .values((data, ac::version.eq(1), ac::created_at.eq(ctx.now), ac::updated_at.eq(ctx.now)))
            .returning(ac::all_columns)
            .get_result(conn)
            .map_err(|e| conflict_on_code(e, &data.code))?;
        let changes = audit::changes(None, &to_json(data)?, &[]);
        audit::record(conn, ctx, "award_category.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Updates a category (names, level, kind, position; the code stays).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&CategoryRow) -> Result<CategoryData, ApiError>,
) -> Result<CategoryRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let row: Option<CategoryRow> = crate::versioned_update!(
            conn,
            ac,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                ac::name_vi.eq(&data.name_vi),
                ac::name_en.eq(&data.name_en),
                ac::level.eq(data.level),
                ac::kind.eq(data.kind),
                ac::position.eq(data.position),
            )
        )?;
        let row = row.or_stale("the category")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "award_category.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Deletes a category that no honouree uses; one in use is a 409 saying how many use it.
pub fn delete(conn: &mut DbConnection, ctx: &WriteContext, id: i64, if_match: IfMatch) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.version)?;
        let used: i64 = hc::table.filter(hc::category_id.eq(id)).count().get_result(conn)?;
        if used > 0 {
            return Err(ApiError::conflict(format!(
                "the category '{}' qualifies {used} honouree(s) and cannot be deleted",
                current.code
            )));
        }
        diesel::delete(ac::table.find(id)).execute(conn)?;
        let changes = audit::changes(Some(&to_json(&current.data())?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "award_category.delete", ENTITY, &id.to_string(), &changes)?;
        Ok(())
    })
}
