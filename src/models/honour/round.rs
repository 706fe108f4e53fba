//! Honour rounds: their rows, writes and lifecycle.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{honour_rounds as r, honourees as h};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{CodeList, HonourRoundStatus, HonoureeDecision};
use crate::domain::lifecycle;
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type of rounds.
pub const ROUND: &str = "honour_round";
/// Audit entity type of honourees.
pub const HONOUREE: &str = "honouree";

/// A row of `honour_rounds`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = r)]
pub struct RoundRow {
    /// Id.
    pub id: i64,
    /// Year.
    pub year: i32,
    /// Name.
    pub name: String,
    /// Unique key of the name.
    pub name_key: String,
    /// Ceremony date.
    pub ceremony_on: Option<NaiveDate>,
    /// Description.
    pub description: Option<String>,
    /// Status code.
    pub status: HonourRoundStatus,
    /// When published.
    pub published_at: Option<NaiveDateTime>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// The editable content of a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::honour_rounds, treat_none_as_null = true)]
pub struct RoundData {
    /// Year.
    pub year: i32,
    /// Name (normalised).
    pub name: String,
    /// Ceremony date.
    pub ceremony_on: Option<NaiveDate>,
    /// Description.
    pub description: Option<String>,
}

impl RoundRow {
    /// The editable content.
    pub fn data(&self) -> RoundData {
        RoundData {
            year: self.year,
            name: self.name.clone(),
            ceremony_on: self.ceremony_on,
            description: self.description.clone(),
        }
    }
}

/// 404 unless round `id` exists.
pub fn get_round(conn: &mut DbConnection, id: i64) -> Result<RoundRow, ApiError> {
    r::table
        .find(id)
        .select(RoundRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no honour round with id {id}")))
}

/// Rounds, newest year first; `published_only` for readers who see only published rounds.
pub fn list_rounds(
    conn: &mut DbConnection,
    year: Option<i32>,
    status: Option<HonourRoundStatus>,
    published_only: bool,
) -> QueryResult<Vec<RoundRow>> {
    let mut q = r::table.into_boxed::<MultiBackend>();
    if let Some(year) = year {
        q = q.filter(r::year.eq(year));
    }
    if let Some(status) = status {
        q = q.filter(r::status.eq(status));
    }
    if published_only {
        q = q.filter(r::status.eq(HonourRoundStatus::Published.code()));
    }
    q.order((r::year.desc(), r::id.desc())).select(RoundRow::as_select()).load(conn)
}

/// Honourees per decision of each round: (round id, decision code) → count.
pub fn decision_counts(conn: &mut DbConnection, round_ids: &[i64]) -> QueryResult<HashMap<(i64, String), i64>> {
    let rows: Vec<(i64, String, i64)> = h::table
        .filter(h::round_id.eq_any(round_ids))
        .group_by((h::round_id, h::decision))
        .select((h::round_id, h::decision, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().map(|(r, d, n)| ((r, d), n)).collect())
}

pub(super) fn round_name_conflict(e: diesel::result::Error, name: &str) -> ApiError {
    ApiError::on_unique_violation(e, || format!("there is already an honour round named '{name}'"))
}

/// Creates a round in status `planned`.
pub fn insert_round(conn: &mut DbConnection, ctx: &WriteContext, data: &RoundData) -> Result<RoundRow, ApiError> {
    write_transaction(conn, |conn| {
        let row: RoundRow = diesel::insert_into(r::table)
            .values((
                data,
                r::name_key.eq(vn::fold(&data.name)),
                r::status.eq(HonourRoundStatus::Planned.code()),
                r::version.eq(1),
                r::created_at.eq(ctx.now),
                r::updated_at.eq(ctx.now),
            ))
            .returning(r::all_columns)
            .get_result(conn)
            .map_err(|e| round_name_conflict(e, &data.name))?;
        audit::record(
            conn,
            ctx,
            "honour_round.create",
            ROUND,
            &row.id.to_string(),
            &audit::changes(None, &to_json(data)?, &[]),
        )?;
        Ok(row)
    })
}

/// Updates a round's year, name, ceremony date or description.
pub fn update_round(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&RoundRow) -> Result<RoundData, ApiError>,
) -> Result<RoundRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get_round(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let row: RoundRow = crate::versioned_update!(
            conn,
            r,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (&data, r::name_key.eq(vn::fold(&data.name)),)
        )
        .map_err(|e| round_name_conflict(e, &data.name))?
        .or_stale("the round")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "honour_round.update", ROUND, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// An explicit step in a round's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundAction {
    /// planned → nominations_open.
    OpenNominations,
    /// nominations_open → under_review.
    CloseNominations,
    /// under_review → nominations_open (more proposals wanted).
    ReopenNominations,
    /// under_review → published, once every honouree is decided. Final.
    Publish,
}

impl RoundAction {
    /// The action's name in URLs and audit records.
    pub fn name(self) -> &'static str {
        match self {
            RoundAction::OpenNominations => "open-nominations",
            RoundAction::CloseNominations => "close-nominations",
            RoundAction::ReopenNominations => "reopen-nominations",
            RoundAction::Publish => "publish",
        }
    }
}

/// Moves a round one step; a step its status does not allow is a 409 naming the allowed ones,
/// and publishing while honourees are still pending is a 409 saying how many.
pub fn change_round_status(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    action: RoundAction,
) -> Result<RoundRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get_round(conn, id)?;
        if_match.check(current.version)?;
        let status = current.status;
        let target = lifecycle::HONOUR_ROUND.step(status, action.name())?;
        if action == RoundAction::Publish {
            let pending: i64 = h::table
                .filter(h::round_id.eq(id).and(h::decision.eq(HonoureeDecision::Pending.code())))
                .count()
                .get_result(conn)?;
            if pending > 0 {
                return Err(ApiError::conflict(format!(
                    "{pending} honouree(s) of this round are still pending: decide them before publishing"
                )));
            }
        }
        let published_at = if target == HonourRoundStatus::Published { Some(ctx.now) } else { current.published_at };
        let row: RoundRow = crate::versioned_update!(
            conn,
            r,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (r::status.eq(target), r::published_at.eq(published_at),)
        )?
        .or_stale("the round")?;
        let changes = serde_json::json!({"status": {"from": status.code(), "to": target.code()}});
        audit::record(conn, ctx, &format!("honour_round.{}", action.name()), ROUND, &id.to_string(), &changes)?;
        Ok(row)
    })
}
