//! Judging as its callers see it: which judge's sheets a caller may read, a judge scoring
//! their own assignment, and the ranking shown as results. The handlers turn what these
//! return into their answers; the rules of who sees what live here.

use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::DbConnection;
use crate::domain::codes::EditionStatus;
use crate::error::ApiError;
use crate::models::audit::WriteContext;
use crate::models::contest::{self, CriterionRow, EditionRow};
use crate::models::contest_entry::{self as entry, EntryRow};
use crate::models::judging::{self as model, AssignmentRow, ScoreChange, Sheet, Standing, Unassign};

fn entry_not_found(id: i64) -> ApiError {
    ApiError::NotFound(format!("there is no contest entry with id {id}"))
}

/// The caller's assignment to an entry, when a judge; `404` for a judge not assigned, so
/// that a judge learns nothing of entries that are not theirs.
pub fn own_assignment(
    conn: &mut DbConnection,
    principal: &Principal,
    entry_id: i64,
) -> Result<AssignmentRow, ApiError> {
    let user = principal.user_id.filter(|_| principal.has(Role::Judge)).ok_or_else(|| entry_not_found(entry_id))?;
    model::assignments(conn, entry_id)?.into_iter().find(|a| a.user_id == user).ok_or_else(|| entry_not_found(entry_id))
}

/// The judges assigned to an entry (`404` for no such entry).
pub fn judges(conn: &mut DbConnection, entry_id: i64) -> Result<Vec<AssignmentRow>, ApiError> {
    entry::get(conn, entry_id)?;
    Ok(model::assignments(conn, entry_id)?)
}

/// Assignment `id` of entry `entry_id`, or `404`.
pub fn find_assignment(conn: &mut DbConnection, entry_id: i64, id: i64) -> Result<AssignmentRow, ApiError> {
    model::assignments(conn, entry_id)?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| ApiError::NotFound(format!("entry {entry_id} has no judge assignment {id}")))
}

/// Staff remove assignment `id` from entry `entry_id` (its scores go; the history keeps them).
pub fn remove_judge(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    id: i64,
    if_match: IfMatch,
) -> Result<(), ApiError> {
    let assignment = find_assignment(conn, entry_id, id)?;
    model::unassign(conn, ctx, entry_id, &assignment, Unassign::Removed(if_match))
}

/// The calling judge declares a conflict of interest with an entry assigned to them, which
/// ends the assignment.
pub fn declare_conflict(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    principal: &Principal,
    entry_id: i64,
    note: String,
) -> Result<(), ApiError> {
    let assignment = own_assignment(conn, principal, entry_id)?;
    model::unassign(conn, ctx, entry_id, &assignment, Unassign::Conflict(note))
}

/// The criteria of the edition an entry belongs to.
fn criteria_of_entry(conn: &mut DbConnection, row: &EntryRow) -> Result<Vec<CriterionRow>, ApiError> {
    Ok(contest::criteria_of(conn, &[row.edition_id])?.remove(&row.edition_id).unwrap_or_default())
}

/// An entry's score sheets as one caller may read them.
pub struct EntryScores {
    /// The edition's criteria, in order.
    pub criteria: Vec<CriterionRow>,
    /// Each visible judge with their sheet, in assignment order.
    pub sheets: Vec<(AssignmentRow, Sheet)>,
}

/// Union staff read every judge's sheet; a judge assigned to the entry reads only their own
/// until the results are published, and every sheet after; anyone else gets `404`.
pub fn entry_scores(conn: &mut DbConnection, principal: &Principal, id: i64) -> Result<EntryScores, ApiError> {
    let row = entry::get(conn, id)?;
    let edition = contest::get_edition(conn, row.edition_id)?;
    let only = if principal.is_union_staff() {
        None
    } else {
        let own = own_assignment(conn, principal, id)?;
        (!edition.is_published()).then_some(own.user_id)
    };
    let criteria = criteria_of_entry(conn, &row)?;
    let mut sheets = model::scores_of(conn, &[id])?.remove(&id).unwrap_or_default();
    let sheets = model::assignments(conn, id)?
        .into_iter()
        .filter(|a| only.is_none_or(|u| u == a.user_id))
        .map(|a| {
            let sheet = sheets.remove(&a.user_id).unwrap_or_default();
            (a, sheet)
        })
        .collect();
    Ok(EntryScores { criteria, sheets })
}

/// The calling judge scores an entry assigned to them; their sheet afterwards.
pub fn score(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    principal: &Principal,
    id: i64,
    changes: &[(String, Option<i32>)],
) -> Result<EntryScores, ApiError> {
    let own = own_assignment(conn, principal, id)?;
    let sheet = model::score(conn, ctx, id, own.user_id, changes)?;
    let row = entry::get(conn, id)?;
    let criteria = criteria_of_entry(conn, &row)?;
    Ok(EntryScores { criteria, sheets: vec![(own, sheet)] })
}

/// The changes of an entry's scores, oldest first: to union staff all, to an assigned judge
/// their own; with the edition's criteria.
pub fn score_changes(
    conn: &mut DbConnection,
    principal: &Principal,
    id: i64,
) -> Result<(Vec<CriterionRow>, Vec<ScoreChange>), ApiError> {
    let row = entry::get(conn, id)?;
    let only = if principal.is_union_staff() { None } else { Some(own_assignment(conn, principal, id)?.user_id) };
    let criteria = criteria_of_entry(conn, &row)?;
    Ok((criteria, model::score_changes(conn, id, only)?))
}

/// An entry in the results: its rank and score, and (before publication) how many judges
/// are assigned and how many have scored every criterion.
pub struct Placed {
    /// The entry.
    pub entry: EntryRow,
    /// Its rank.
    pub rank: Option<i32>,
    /// Its weighted score.
    pub score: Option<f64>,
    /// Judges assigned and judges done, while the results are not yet published.
    pub judges: Option<(i32, i32)>,
}

/// An edition's ranking as results.
pub struct Results {
    /// The edition.
    pub edition: EditionRow,
    /// Whether every eligible entry is fully judged.
    pub complete: bool,
    /// The entries, best first: as published once the results are, live before.
    pub placed: Vec<Placed>,
}

fn results_of(conn: &mut DbConnection, edition: EditionRow) -> Result<Results, ApiError> {
    let published = edition.is_published();
    let standings: Vec<Standing> = model::ranking(conn, &edition)?;
    let complete = standings.iter().all(|s| s.judges > 0 && s.complete == s.judges);
    let placed = if published {
        let mut rows: Vec<EntryRow> = standings.into_iter().map(|s| s.entry).collect();
        rows.sort_by_key(|r| (r.rank.is_none(), r.rank, r.id));
        rows.into_iter().map(|r| Placed { rank: r.rank, score: r.final_score, judges: None, entry: r }).collect()
    } else {
        standings
            .into_iter()
            .map(|s| {
                let counts =
                    (i32::try_from(s.judges).unwrap_or(i32::MAX), i32::try_from(s.complete).unwrap_or(i32::MAX));
                Placed { entry: s.entry, rank: s.rank, score: s.score, judges: Some(counts) }
            })
            .collect()
    };
    Ok(Results { edition, complete, placed })
}

/// An edition's results: to anyone once published, to union staff live from the start of
/// judging; otherwise `404`.
pub fn results(conn: &mut DbConnection, id: i64, staff: bool) -> Result<Results, ApiError> {
    let edition = contest::get_edition(conn, id)?;
    let visible = edition.is_published() || (staff && edition.status == EditionStatus::Judging);
    if !visible {
        return Err(ApiError::NotFound(format!("edition {id} has no results to show")));
    }
    results_of(conn, edition)
}

/// Gives the prizes by rank within the quotas; the results afterwards.
pub fn award_prizes(conn: &mut DbConnection, ctx: &WriteContext, id: i64) -> Result<Results, ApiError> {
    model::award_prizes(conn, ctx, id)?;
    let edition = contest::get_edition(conn, id)?;
    results_of(conn, edition)
}

/// The awards an entry won abroad: staff see them at any time, anyone else once the
/// edition's results are published (before, the entry is not found for them).
pub fn international_awards(
    conn: &mut DbConnection,
    entry_id: i64,
    staff: bool,
) -> Result<Vec<model::InternationalAwardRow>, ApiError> {
    let row = entry::get(conn, entry_id)?;
    if !staff && !contest::get_edition(conn, row.edition_id)?.is_published() {
        return Err(entry_not_found(entry_id));
    }
    Ok(model::international_awards(conn, entry_id)?)
}

/// Award `id` of entry `entry_id` as `international_awards` shows it, or `404`.
pub fn international_award(
    conn: &mut DbConnection,
    entry_id: i64,
    id: i64,
    staff: bool,
) -> Result<model::InternationalAwardRow, ApiError> {
    international_awards(conn, entry_id, staff)?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| ApiError::NotFound(format!("entry {entry_id} has no award abroad {id}")))
}
