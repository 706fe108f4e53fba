//! Annual reports of associations: the yearly aggregates (members, S&T intellectuals,
//! branches, activities) an association reports when it does not keep a full roster here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::association_annual_reports as r;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::CodeList;
use crate::domain::statistics::{Metric, Observation};
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "annual_report";

/// A row of `association_annual_reports`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = r)]
pub struct AnnualReportRow {
    /// Id.
    pub id: i64,
    /// The association.
    pub association_id: i64,
    /// The year.
    pub year: i32,
    /// Members at the end of the year.
    pub members: Option<i64>,
    /// S&T intellectual members.
    pub intellectual_members: Option<i64>,
    /// Branches.
    pub branches: Option<i64>,
    /// Activities held in the year.
    pub activities: Option<i64>,
    /// The document the figures come from.
    pub document: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What a report says; a `PUT` sets all of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::association_annual_reports, treat_none_as_null = true)]
pub struct AnnualReportData {
    /// Members at the end of the year.
    pub members: Option<i64>,
    /// S&T intellectual members.
    pub intellectual_members: Option<i64>,
    /// Branches.
    pub branches: Option<i64>,
    /// Activities held in the year.
    pub activities: Option<i64>,
    /// The document the figures come from.
    pub document: Option<String>,
    /// Note.
    pub note: Option<String>,
}

impl AnnualReportRow {
    /// What the report says.
    pub fn data(&self) -> AnnualReportData {
        AnnualReportData {
            members: self.members,
            intellectual_members: self.intellectual_members,
            branches: self.branches,
            activities: self.activities,
            document: self.document.clone(),
            note: self.note.clone(),
        }
    }
}

fn to_json(data: &AnnualReportData) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(data).map_err(|e| ApiError::Internal(e.into()))
}

fn find(conn: &mut DbConnection, association_id: i64, year: i32) -> QueryResult<Option<AnnualReportRow>> {
    r::table
        .filter(r::association_id.eq(association_id).and(r::year.eq(year)))
        .select(AnnualReportRow::as_select())
        .first(conn)
        .optional()
}

/// 404 unless association `association_id` has a report for `year`.
pub fn get(conn: &mut DbConnection, association_id: i64, year: i32) -> Result<AnnualReportRow, ApiError> {
    find(conn, association_id, year)?
        .ok_or_else(|| ApiError::NotFound(format!("association {association_id} has no annual report for {year}")))
}

/// The reports of an association, newest year first.
pub fn list(conn: &mut DbConnection, association_id: i64) -> QueryResult<Vec<AnnualReportRow>> {
    r::table
        .filter(r::association_id.eq(association_id))
        .order(r::year.desc())
        .select(AnnualReportRow::as_select())
        .load(conn)
}

/// Creates or replaces the report of `year`; `true` with the row when it was created.
/// `If-Match` applies to a replacement (a creation with a version in `If-Match` is a 412).
pub fn put(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    year: i32,
    if_match: IfMatch,
    data: &AnnualReportData,
) -> Result<(AnnualReportRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let key = format!("{association_id}/{year}");
        let Some(current) = find(conn, association_id, year)? else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!(
                    "association {association_id} has no annual report for {year} to match"
                )));
            }
            let row: AnnualReportRow = diesel::insert_into(r::table)
                .values((
                    r::association_id.eq(association_id),
                    r::year.eq(year),
                    data,
                    r::version.eq(1),
                    r::created_at.eq(ctx.now),
                    r::updated_at.eq(ctx.now),
                ))
                .returning(r::all_columns)
                .get_result(conn)
                .map_err(|e| {
                    ApiError::on_unique_violation(e, || {
                        format!("association {association_id} already has a report for {year}; send it again")
                    })
                })?;
            let changes = audit::changes(None, &to_json(data)?, &[]);
            audit::record(conn, ctx, "annual_report.create", ENTITY, &key, &changes)?;
            return Ok((row, true));
        };
        if_match.check(current.version)?;
        let before = current.data();
        if &before == data {
            return Ok((current, false));
        }
        let row: Option<AnnualReportRow> = crate::versioned_update!(
            conn,
            r,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (data,)
        )?;
        let row = row.or_stale("the report")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(data)?, &[]);
        audit::record(conn, ctx, "annual_report.update", ENTITY, &key, &changes)?;
        Ok((row, false))
    })
}

/// Deletes the report of `year`.
pub fn delete(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    year: i32,
    if_match: IfMatch,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, association_id, year)?;
        if_match.check(current.version)?;
        diesel::delete(r::table.find(current.id)).execute(conn)?;
        let changes = audit::changes(Some(&to_json(&current.data())?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "annual_report.delete", ENTITY, &format!("{association_id}/{year}"), &changes)?;
        Ok(())
    })
}

/// The annual reports' figures for `year` (docs/architecture.md, "The statistics contract"): members and S&T
/// intellectuals of the associations that kept no roster here that year (the roster's figures
/// stand for the others; see `member::roster_since`), and the branches and activities every
/// report gives.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Observation>> {
    let since = crate::models::member::roster_since(conn)?;
    let rows: Vec<AnnualReportRow> =
        r::table.filter(r::year.eq(year)).order(r::association_id).select(AnnualReportRow::as_select()).load(conn)?;
    let mut out = Vec::new();
    for row in rows {
        let roster = since.get(&row.association_id).is_some_and(|s| *s <= year);
        let mut figure = |metric: Metric, value: Option<i64>| {
            if let Some(value) = value {
                out.push(Observation {
                    metric,
                    year,
                    association_id: Some(row.association_id),
                    dimension: None,
                    value,
                });
            }
        };
        if !roster {
            figure(Metric::MembersTotal, row.members);
            figure(Metric::IntellectualMembers, row.intellectual_members);
        }
        figure(Metric::BranchesReported, row.branches);
        figure(Metric::ActivitiesReported, row.activities);
    }
    out.sort_by(|a, b| (a.metric.code(), a.association_id).cmp(&(b.metric.code(), b.association_id)));
    Ok(out)
}
