//! An association's standing in its national sector, year by year: the national association
//! it is affiliated with, how that association ranks it, its delegates to national congresses
//! and its experts on the provincial Fatherland Front committee. Staff record it from the
//! national associations' and the Front's documents; it is a record apart from the annual
//! report the association's managers write, so that neither writer erases the other.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::association_national_standing as s;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{CodeList, NationalRanking};
use crate::domain::statistics::{Metric, Observation};
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "national_standing";

/// A row of `association_national_standing`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = s)]
pub struct StandingRow {
    /// Id.
    pub id: i64,
    /// The association.
    pub association_id: i64,
    /// The year.
    pub year: i32,
    /// The national association it is affiliated with.
    pub national_association: Option<String>,
    /// How the national association ranks it.
    pub ranking: Option<NationalRanking>,
    /// Delegates to national congresses.
    pub national_congress_delegates: Option<i64>,
    /// Experts on the provincial Fatherland Front committee.
    pub fatherland_front_members: Option<i64>,
    /// The document it comes from.
    pub source: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What a record says; a `PUT` sets all of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::association_national_standing, treat_none_as_null = true)]
pub struct StandingData {
    /// The national association it is affiliated with.
    pub national_association: Option<String>,
    /// How the national association ranks it.
    pub ranking: Option<NationalRanking>,
    /// Delegates to national congresses.
    pub national_congress_delegates: Option<i64>,
    /// Experts on the provincial Fatherland Front committee.
    pub fatherland_front_members: Option<i64>,
    /// The document it comes from.
    pub source: Option<String>,
    /// Note.
    pub note: Option<String>,
}

impl StandingRow {
    /// What the record says.
    pub fn data(&self) -> StandingData {
        StandingData {
            national_association: self.national_association.clone(),
            ranking: self.ranking,
            national_congress_delegates: self.national_congress_delegates,
            fatherland_front_members: self.fatherland_front_members,
            source: self.source.clone(),
            note: self.note.clone(),
        }
    }
}

fn to_json(data: &StandingData) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(data).map_err(|e| ApiError::Internal(e.into()))
}

fn find(conn: &mut DbConnection, association_id: i64, year: i32) -> QueryResult<Option<StandingRow>> {
    s::table
        .filter(s::association_id.eq(association_id).and(s::year.eq(year)))
        .select(StandingRow::as_select())
        .first(conn)
        .optional()
}

/// 404 unless association `association_id` has a record for `year`.
pub fn get(conn: &mut DbConnection, association_id: i64, year: i32) -> Result<StandingRow, ApiError> {
    find(conn, association_id, year)?.ok_or_else(|| {
        ApiError::NotFound(format!("association {association_id} has no national standing recorded for {year}"))
    })
}

/// The records of an association, newest year first.
pub fn list(conn: &mut DbConnection, association_id: i64) -> QueryResult<Vec<StandingRow>> {
    s::table
        .filter(s::association_id.eq(association_id))
        .order(s::year.desc())
        .select(StandingRow::as_select())
        .load(conn)
}

/// Creates or replaces the record of `year`; `true` with the row when it was created.
/// `If-Match` applies to a replacement (a creation with a version in `If-Match` is a 412).
pub fn put(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    year: i32,
    if_match: IfMatch,
    data: &StandingData,
) -> Result<(StandingRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let key = format!("{association_id}/{year}");
        let Some(current) = find(conn, association_id, year)? else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!(
                    "association {association_id} has no national standing for {year} to match"
                )));
            }
            let row: StandingRow = diesel::insert_into(s::table)
                .values((
                    s::association_id.eq(association_id),
                    s::year.eq(year),
                    data,
                    s::version.eq(1),
                    s::created_at.eq(ctx.now),
                    s::updated_at.eq(ctx.now),
                ))
                .returning(s::all_columns)
                .get_result(conn)
                .map_err(|e| {
                    ApiError::on_unique_violation(e, || {
                        format!(
                            "association {association_id} already has a national standing for {year}; send it again"
                        )
                    })
                })?;
            let changes = audit::changes(None, &to_json(data)?, &[]);
            audit::record(conn, ctx, "national_standing.create", ENTITY, &key, &changes)?;
            return Ok((row, true));
        };
        if_match.check(current.version)?;
        let before = current.data();
        if &before == data {
            return Ok((current, false));
        }
        let row: Option<StandingRow> = crate::versioned_update!(
            conn,
            s,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (data,)
        )?;
        let row = row.or_stale("the national standing")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(data)?, &[]);
        audit::record(conn, ctx, "national_standing.update", ENTITY, &key, &changes)?;
        Ok((row, false))
    })
}

/// Deletes the record of `year`.
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
        diesel::delete(s::table.find(current.id)).execute(conn)?;
        let changes = audit::changes(Some(&to_json(&current.data())?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "national_standing.delete", ENTITY, &format!("{association_id}/{year}"), &changes)?;
        Ok(())
    })
}

/// The year's figures (docs/architecture.md, "The statistics contract"): associations by
/// ranking, delegates to national congresses and members of the Fatherland Front committee,
/// each per association and for the union.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Observation>> {
    let rows: Vec<StandingRow> =
        s::table.filter(s::year.eq(year)).order(s::association_id).select(StandingRow::as_select()).load(conn)?;
    let mut out = Vec::new();
    let mut rankings: std::collections::BTreeMap<&'static str, i64> = std::collections::BTreeMap::new();
    let (mut delegates, mut front) = (None::<i64>, None::<i64>);
    for row in &rows {
        let of = |metric: Metric, dimension: Option<(String, String)>, value: i64| Observation {
            metric,
            year,
            association_id: Some(row.association_id),
            dimension,
            value,
        };
        if let Some(ranking) = row.ranking {
            *rankings.entry(ranking.code()).or_default() += 1;
            out.push(of(Metric::AssociationsByNationalRanking, Some(("ranking".into(), ranking.code().into())), 1));
        }
        if let Some(n) = row.national_congress_delegates {
            delegates = Some(delegates.unwrap_or(0) + n);
            out.push(of(Metric::NationalCongressDelegates, None, n));
        }
        if let Some(n) = row.fatherland_front_members {
            front = Some(front.unwrap_or(0) + n);
            out.push(of(Metric::AssociationFatherlandFrontMembers, None, n));
        }
    }
    let union = |metric: Metric, dimension: Option<(String, String)>, value: i64| Observation {
        metric,
        year,
        association_id: None,
        dimension,
        value,
    };
    for (ranking, n) in rankings {
        out.push(union(Metric::AssociationsByNationalRanking, Some(("ranking".into(), ranking.into())), n));
    }
    if let Some(n) = delegates {
        out.push(union(Metric::NationalCongressDelegates, None, n));
    }
    if let Some(n) = front {
        out.push(union(Metric::AssociationFatherlandFrontMembers, None, n));
    }
    Ok(out)
}
