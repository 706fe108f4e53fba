//! Judging contest entries: judges assigned to entries (never to an entry of an association
//! they belong to, or one they wrote), conflicts they declare, their scores per criterion
//! with every change kept, the ranking, prizes within quotas, publication and the national
//! result of an entry sent on.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde_json::json;

use crate::auth::Role;
use crate::db::schema::{
    contest_editions as ed, contest_entries as en, entry_authors as au, entry_international_awards as ia,
    entry_score_changes as sc, entry_scores as es, judge_assignments as ja, memberships as m,
};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{CodeList, EditionStatus, EntryStatus, InternationalAward, MembershipStatus, Prize};
use crate::domain::lifecycle;
use crate::error::{ApiError, FieldError};
use crate::models::audit::{self, WriteContext};
use crate::models::contest::{self, CriterionRow, EditionRow};
use crate::models::contest_entry::{self as entry, EntryRow};

/// Audit entity type of an assignment.
pub const ASSIGNMENT: &str = "judge_assignment";

/// A row of `judge_assignments`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ja)]
pub struct AssignmentRow {
    /// Id.
    pub id: i64,
    /// The entry.
    pub entry_id: i64,
    /// The judge's account.
    pub user_id: i64,
    /// The judge's person.
    pub person_id: i64,
    /// The judge's name.
    pub full_name: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
}

/// The judges of an entry, in the order they were assigned.
pub fn assignments(conn: &mut DbConnection, entry_id: i64) -> QueryResult<Vec<AssignmentRow>> {
    ja::table.filter(ja::entry_id.eq(entry_id)).order(ja::id).select(AssignmentRow::as_select()).load(conn)
}

fn judging_open(edition: &EditionRow, what: &str) -> Result<EditionStatus, ApiError> {
    let status = edition.status;
    if matches!(status, EditionStatus::Open | EditionStatus::Judging) {
        Ok(status)
    } else {
        Err(ApiError::conflict(format!("{what} while the edition is open or judging; it is {}", status.code())))
    }
}

/// Assigns a judge (a user with the judge role, linked to a person) to an entry: while the
/// edition is open or judging, to an entry that is submitted or eligible. A judge who belongs
/// to the entry's association, or wrote it, is refused with a `409` naming the reason.
pub fn assign(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    user_id: i64,
) -> Result<AssignmentRow, ApiError> {
    write_transaction(conn, |conn| {
        let row = entry::get(conn, entry_id)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        let (person_id, person) = crate::models::user::linked_person(conn, user_id, Role::Judge, "user_id")?;
        judging_open(&edition, "judges are assigned")?;
        let status = row.status;
        if !matches!(status, EntryStatus::Submitted | EntryStatus::Eligible) {
            return Err(ApiError::conflict(format!("an entry that is {} is not judged", status.code())));
        }
        if let Some(association) = row.association_id {
            let member: i64 = m::table
                .filter(
                    m::person_id
                        .eq(person_id)
                        .and(m::association_id.eq(association))
                        .and(m::status.eq(MembershipStatus::Active.code())),
                )
                .count()
                .get_result(conn)?;
            if member > 0 {
                return Err(ApiError::conflict(format!(
                    "judge {} belongs to association {association}, which submitted the entry",
                    person.full_name
                )));
            }
        }
        let author: i64 =
            au::table.filter(au::entry_id.eq(entry_id).and(au::person_id.eq(person_id))).count().get_result(conn)?;
        if author > 0 {
            return Err(ApiError::conflict(format!("judge {} is an author of the entry", person.full_name)));
        }
        let taken: i64 =
            ja::table.filter(ja::entry_id.eq(entry_id).and(ja::user_id.eq(user_id))).count().get_result(conn)?;
        if taken > 0 {
            return Err(ApiError::conflict(format!("judge {} is already assigned to the entry", person.full_name)));
        }
        let assignment: AssignmentRow = diesel::insert_into(ja::table)
            .values((
                ja::entry_id.eq(entry_id),
                ja::user_id.eq(user_id),
                ja::person_id.eq(person_id),
                ja::full_name.eq(&person.full_name),
                ja::version.eq(1),
                ja::created_at.eq(ctx.now),
            ))
            .returning(ja::all_columns)
            .get_result(conn)?;
        let changes = json!({
            "entry_id": {"from": null, "to": entry_id},
            "user_id": {"from": null, "to": user_id},
            "full_name": {"from": null, "to": person.full_name},
        });
        audit::record(conn, ctx, "judge_assignment.create", ASSIGNMENT, &assignment.id.to_string(), &changes)?;
        Ok(assignment)
    })
}

/// How an assignment ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unassign {
    /// Staff remove it (`DELETE`), with the `If-Match` of the assignment.
    Removed(IfMatch),
    /// The judge declares a conflict of interest, saying what it is.
    Conflict(String),
}

/// Ends an assignment: its scores go (the score history keeps them). Not once the results
/// are published.
pub fn unassign(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    assignment: &AssignmentRow,
    how: Unassign,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let row = entry::get(conn, entry_id)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        if let Unassign::Removed(if_match) = &how {
            if_match.check(assignment.version)?;
        }
        judging_open(&edition, "assignments change")?;
        let scores: Vec<(i64, i32)> = es::table
            .filter(es::entry_id.eq(entry_id).and(es::user_id.eq(assignment.user_id)))
            .select((es::criterion_id, es::score))
            .load(conn)?;
        for (criterion, old) in &scores {
            diesel::insert_into(sc::table)
                .values((
                    sc::entry_id.eq(entry_id),
                    sc::user_id.eq(assignment.user_id),
                    sc::criterion_id.eq(criterion),
                    sc::old_score.eq(Some(*old)),
                    sc::new_score.eq(None::<i32>),
                    sc::changed_at.eq(ctx.now),
                    sc::actor.eq(&ctx.actor),
                ))
                .execute(conn)?;
        }
        diesel::delete(es::table.filter(es::entry_id.eq(entry_id).and(es::user_id.eq(assignment.user_id))))
            .execute(conn)?;
        diesel::delete(ja::table.find(assignment.id)).execute(conn)?;
        let (action, note) = match &how {
            Unassign::Removed(_) => ("judge_assignment.remove", None),
            Unassign::Conflict(note) => ("judge_assignment.conflict", Some(note.clone())),
        };
        let changes = json!({
            "entry_id": {"from": entry_id, "to": null},
            "user_id": {"from": assignment.user_id, "to": null},
            "scores_removed": {"from": null, "to": scores.len()},
            "conflict": {"from": null, "to": note},
        });
        audit::record(conn, ctx, action, ASSIGNMENT, &assignment.id.to_string(), &changes)?;
        Ok(())
    })
}

/// A judge's scores on one entry, by criterion id.
pub type Sheet = HashMap<i64, i32>;

/// The current scores of entries: entry → judge → criterion → score.
pub fn scores_of(conn: &mut DbConnection, entry_ids: &[i64]) -> QueryResult<HashMap<i64, HashMap<i64, Sheet>>> {
    let rows: Vec<(i64, i64, i64, i32)> = es::table
        .filter(es::entry_id.eq_any(entry_ids))
        .select((es::entry_id, es::user_id, es::criterion_id, es::score))
        .load(conn)?;
    let mut out: HashMap<i64, HashMap<i64, Sheet>> = HashMap::new();
    for (entry_id, user, criterion, score) in rows {
        out.entry(entry_id).or_default().entry(user).or_default().insert(criterion, score);
    }
    Ok(out)
}

/// Sets a judge's scores on an assigned entry: `Some` sets a criterion's score (0 to its
/// maximum), `None` removes it. While the edition is judging and the entry eligible. Every
/// change is kept.
pub fn score(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    user_id: i64,
    changes: &[(String, Option<i32>)],
) -> Result<Sheet, ApiError> {
    write_transaction(conn, |conn| {
        let row = entry::get(conn, entry_id)?;
        let assigned: i64 =
            ja::table.filter(ja::entry_id.eq(entry_id).and(ja::user_id.eq(user_id))).count().get_result(conn)?;
        if assigned == 0 {
            return Err(ApiError::NotFound(format!("there is no contest entry with id {entry_id}")));
        }
        let edition = contest::get_edition(conn, row.edition_id)?;
        let criteria = contest::criteria_of(conn, &[edition.id])?.remove(&edition.id).unwrap_or_default();
        let mut errors = Vec::new();
        let mut resolved = Vec::new();
        for (code, value) in changes {
            let field = format!("scores.{code}");
            match criteria.iter().find(|c| &c.code == code) {
                None => {
                    errors.push(FieldError::new(field, "unknown", format!("the edition has no criterion '{code}'")))
                }
                Some(c) => match value {
                    Some(v) if *v < 0 || *v > c.max_score => {
                        errors.push(FieldError::new(field, "range", format!("must be between 0 and {}", c.max_score)))
                    }
                    _ => resolved.push((c.id, *value)),
                },
            }
        }
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        let status = edition.status;
        if status != EditionStatus::Judging {
            return Err(ApiError::conflict(format!(
                "scores are given while the edition is judging; it is {}",
                status.code()
            )));
        }
        if row.status != EntryStatus::Eligible {
            return Err(ApiError::conflict(format!("only eligible entries are scored; this one is {}", row.status)));
        }
        let mut sheet: Sheet = scores_of(conn, &[entry_id])?
            .remove(&entry_id)
            .and_then(|mut by_judge| by_judge.remove(&user_id))
            .unwrap_or_default();
        for (criterion, value) in resolved {
            let old = sheet.get(&criterion).copied();
            if old == value {
                continue;
            }
            match value {
                Some(v) if old.is_some() => {
                    diesel::update(es::table.filter(
                        es::entry_id.eq(entry_id).and(es::user_id.eq(user_id)).and(es::criterion_id.eq(criterion)),
                    ))
                    .set((es::score.eq(v), es::version.eq(es::version + 1), es::updated_at.eq(ctx.now)))
                    .execute(conn)?;
                    sheet.insert(criterion, v);
                }
                Some(v) => {
                    diesel::insert_into(es::table)
                        .values((
                            es::entry_id.eq(entry_id),
                            es::user_id.eq(user_id),
                            es::criterion_id.eq(criterion),
                            es::score.eq(v),
                            es::version.eq(1),
                            es::updated_at.eq(ctx.now),
                        ))
                        .execute(conn)?;
                    sheet.insert(criterion, v);
                }
                None => {
                    diesel::delete(es::table.filter(
                        es::entry_id.eq(entry_id).and(es::user_id.eq(user_id)).and(es::criterion_id.eq(criterion)),
                    ))
                    .execute(conn)?;
                    sheet.remove(&criterion);
                }
            }
            diesel::insert_into(sc::table)
                .values((
                    sc::entry_id.eq(entry_id),
                    sc::user_id.eq(user_id),
                    sc::criterion_id.eq(criterion),
                    sc::old_score.eq(old),
                    sc::new_score.eq(value),
                    sc::changed_at.eq(ctx.now),
                    sc::actor.eq(&ctx.actor),
                ))
                .execute(conn)?;
        }
        Ok(sheet)
    })
}

/// A change of a score.
#[derive(Debug, Clone, Queryable)]
pub struct ScoreChange {
    /// The judge's account.
    pub user_id: i64,
    /// The criterion.
    pub criterion_id: i64,
    /// Before.
    pub old_score: Option<i32>,
    /// After.
    pub new_score: Option<i32>,
    /// When.
    pub changed_at: NaiveDateTime,
    /// Who.
    pub actor: String,
}

/// Every change of the scores of an entry, oldest first; only judge `judge`'s when given.
pub fn score_changes(conn: &mut DbConnection, entry_id: i64, judge: Option<i64>) -> QueryResult<Vec<ScoreChange>> {
    let mut q = sc::table.filter(sc::entry_id.eq(entry_id)).into_boxed::<crate::db::MultiBackend>();
    if let Some(user) = judge {
        q = q.filter(sc::user_id.eq(user));
    }
    q.order(sc::id)
        .select((sc::user_id, sc::criterion_id, sc::old_score, sc::new_score, sc::changed_at, sc::actor))
        .load(conn)
}

/// A judge's weighted score of an entry, Σ(weight × score / max_score) over the criteria;
/// `None` unless every criterion is scored.
pub fn weighted(criteria: &[CriterionRow], sheet: &Sheet) -> Option<f64> {
    if criteria.is_empty() {
        return None;
    }
    criteria.iter().try_fold(0.0, |sum, c| {
        sheet.get(&c.id).map(|s| sum + f64::from(c.weight) * f64::from(*s) / f64::from(c.max_score))
    })
}

/// Scores compare, rank and show to 6 decimal places.
fn key(x: f64) -> i64 {
    #[allow(clippy::cast_possible_truncation)]
    let k = (x * 1_000_000.0).round() as i64;
    k
}

/// An entry's standing.
#[derive(Debug, Clone)]
pub struct Standing {
    /// The entry.
    pub entry: EntryRow,
    /// Judges assigned.
    pub judges: usize,
    /// Judges who scored every criterion.
    pub complete: usize,
    /// The mean of the complete judges' weighted scores (6 decimals); `None` without one.
    pub score: Option<f64>,
    /// The mean score on the first criterion, the first tie-break.
    pub first_criterion: Option<f64>,
    /// The place: 1, 2, 3 … in the order below; `None` until every judge of the entry has
    /// scored every criterion.
    pub rank: Option<i32>,
}

/// The ranking of an edition's eligible entries: by score (the mean over the entry's judges
/// of Σ(weight × score / max_score)), then by the mean score on the first criterion, then
/// by submission (the lower entry id). Every ranked entry has its own place; entries not yet
/// fully judged come last, unranked (their score is the mean of the judges who are done).
pub fn ranking(conn: &mut DbConnection, edition: &EditionRow) -> QueryResult<Vec<Standing>> {
    let criteria = contest::criteria_of(conn, &[edition.id])?.remove(&edition.id).unwrap_or_default();
    let rows: Vec<EntryRow> = en::table
        .filter(en::edition_id.eq(edition.id).and(en::status.eq(EntryStatus::Eligible.code())))
        .order(en::id)
        .select(EntryRow::as_select())
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut scores = scores_of(conn, &ids)?;
    let judges: Vec<(i64, i64)> =
        ja::table.filter(ja::entry_id.eq_any(&ids)).select((ja::entry_id, ja::user_id)).load(conn)?;
    let mut judges_of: HashMap<i64, Vec<i64>> = HashMap::new();
    for (entry_id, user) in judges {
        judges_of.entry(entry_id).or_default().push(user);
    }
    let mut standings: Vec<Standing> = rows
        .into_iter()
        .map(|row| {
            let sheets = scores.remove(&row.id).unwrap_or_default();
            let assigned = judges_of.remove(&row.id).unwrap_or_default();
            let complete: Vec<(f64, f64)> = assigned
                .iter()
                .filter_map(|u| {
                    let sheet = sheets.get(u)?;
                    let total = weighted(&criteria, sheet)?;
                    let first = criteria.first().and_then(|c| sheet.get(&c.id)).map(|s| f64::from(*s))?;
                    Some((total, first))
                })
                .collect();
            #[allow(clippy::cast_precision_loss)]
            let n = complete.len() as f64;
            let mean = |f: fn(&(f64, f64)) -> f64| {
                (!complete.is_empty()).then(|| (complete.iter().map(f).sum::<f64>() / n * 1e6).round() / 1e6)
            };
            Standing {
                judges: assigned.len(),
                complete: complete.len(),
                score: mean(|c| c.0),
                first_criterion: mean(|c| c.1),
                rank: None,
                entry: row,
            }
        })
        .collect();
    standings.sort_by(|a, b| {
        let by = |s: &Standing| {
            let done = s.judges > 0 && s.complete == s.judges;
            (!done, s.score.is_none(), -s.score.map_or(0, key), -s.first_criterion.map_or(0, key), s.entry.id)
        };
        by(a).cmp(&by(b))
    });
    let mut place = 0;
    for s in &mut standings {
        if s.score.is_some() && s.judges > 0 && s.complete == s.judges {
            place += 1;
            s.rank = Some(place);
        }
    }
    Ok(standings)
}

/// How many eligible entries are not fully judged: without a judge, or with a judge who has
/// not scored every criterion.
fn unfinished(standings: &[Standing]) -> usize {
    standings.iter().filter(|s| s.judges == 0 || s.complete < s.judges).count()
}

fn require_judging(edition: &EditionRow, what: &str) -> Result<(), ApiError> {
    let status = edition.status;
    if status != EditionStatus::Judging {
        return Err(ApiError::conflict(format!("{what} while the edition is judging; it is {}", status.code())));
    }
    Ok(())
}

fn require_finished(standings: &[Standing]) -> Result<(), ApiError> {
    match unfinished(standings) {
        0 => Ok(()),
        n => Err(ApiError::conflict(format!(
            "{n} eligible entries are not fully judged (every entry needs a judge, and every judge a score on every criterion)"
        ))),
    }
}

fn quota(edition: &EditionRow, prize: Prize) -> i32 {
    match prize {
        Prize::First => edition.quota_first,
        Prize::Second => edition.quota_second,
        Prize::Third => edition.quota_third,
        Prize::Consolation => edition.quota_consolation,
    }
}

fn set_prize(conn: &mut DbConnection, entry_id: i64, prize: Option<Prize>, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(en::table.find(entry_id))
        .set((en::prize.eq(prize), en::version.eq(en::version + 1), en::updated_at.eq(now)))
        .execute(conn)
}

/// Gives the prizes by rank within the quotas: the first `first` places a first prize, the
/// next `second` a second prize, and so on; every other entry none. While judging, once
/// every eligible entry is fully judged.
pub fn award_prizes(conn: &mut DbConnection, ctx: &WriteContext, edition_id: i64) -> Result<Vec<Standing>, ApiError> {
    write_transaction(conn, |conn| {
        let edition = contest::get_edition(conn, edition_id)?;
        require_judging(&edition, "prizes are given")?;
        let standings = ranking(conn, &edition)?;
        require_finished(&standings)?;
        let mut ladder = Vec::new();
        for prize in Prize::all() {
            for _ in 0..quota(&edition, *prize) {
                ladder.push(*prize);
            }
        }
        // Prizes belong to eligible entries only.
        let others =
            en::edition_id.eq(edition_id).and(en::status.ne(EntryStatus::Eligible.code())).and(en::prize.is_not_null());
        diesel::update(en::table.filter(others))
            .set((en::prize.eq(None::<String>), en::version.eq(en::version + 1), en::updated_at.eq(ctx.now)))
            .execute(conn)?;
        let mut given = serde_json::Map::new();
        for (i, s) in standings.iter().enumerate() {
            let prize = ladder.get(i).copied();
            if s.entry.prize != prize {
                set_prize(conn, s.entry.id, prize, ctx.now)?;
            }
            given.insert(s.entry.id.to_string(), json!(prize.map(|p| p.code())));
        }
        let changes = json!({"prizes": {"from": null, "to": given}});
        audit::record(conn, ctx, "contest_edition.award_prizes", contest::EDITION, &edition_id.to_string(), &changes)?;
        Ok(ranking(conn, &edition)?)
    })
}

/// Sets or clears one entry's prize by hand, within the edition's quotas, while judging.
pub fn give_prize(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    if_match: IfMatch,
    prize: Option<Prize>,
) -> Result<EntryRow, ApiError> {
    write_transaction(conn, |conn| {
        let row = entry::get(conn, entry_id)?;
        if_match.check(row.version)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        require_judging(&edition, "prizes are given")?;
        if prize.is_some() && row.status != EntryStatus::Eligible {
            return Err(ApiError::conflict("only an eligible entry gets a prize"));
        }
        // Holding the edition's row makes concurrent prizes of one edition take turns, so that
        // two cannot both take the last place of a quota.
        diesel::update(ed::table.find(edition.id)).set(ed::version.eq(ed::version)).execute(conn)?;
        if let Some(p) = prize {
            let holders: i64 = en::table
                .filter(
                    en::edition_id
                        .eq(edition.id)
                        .and(en::prize.eq(p))
                        .and(en::status.eq(EntryStatus::Eligible.code()))
                        .and(en::id.ne(entry_id)),
                )
                .count()
                .get_result(conn)?;
            if holders >= i64::from(quota(&edition, p)) {
                return Err(ApiError::conflict(format!(
                    "the edition's {} quota ({}) is used up",
                    p.code(),
                    quota(&edition, p)
                )));
            }
        }
        set_prize(conn, entry_id, prize, ctx.now)?;
        let changes = json!({"prize": {"from": row.prize, "to": prize.map(|p| p.code())}});
        audit::record(conn, ctx, "contest_entry.prize", entry::ENTITY, &entry_id.to_string(), &changes)?;
        entry::get(conn, entry_id)
    })
}

/// Publishes the results: judging → results_published, once every eligible entry is fully
/// judged; each eligible entry keeps its rank and score from then on.
pub fn publish(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    edition_id: i64,
    if_match: IfMatch,
    on: NaiveDate,
) -> Result<EditionRow, ApiError> {
    write_transaction(conn, |conn| {
        let edition = contest::get_edition(conn, edition_id)?;
        if_match.check(edition.version)?;
        let status = edition.status;
        lifecycle::EDITION.step(status, "publish-results")?;
        contest::EditionRow { published_on: Some(on), ..edition.clone() }.check_step_date("published_on")?;
        let standings = ranking(conn, &edition)?;
        require_finished(&standings)?;
        for prize in Prize::all() {
            let given = standings.iter().filter(|s| s.entry.prize == Some(*prize)).count();
            let allowed = usize::try_from(quota(&edition, *prize)).unwrap_or(0);
            if given > allowed {
                return Err(ApiError::conflict(format!(
                    "{given} entries hold a {} prize but the quota is {allowed}: change the prizes or the quota",
                    prize.code()
                )));
            }
        }
        for s in &standings {
            diesel::update(en::table.find(s.entry.id))
                .set((
                    en::rank.eq(s.rank),
                    en::final_score.eq(s.score),
                    en::version.eq(en::version + 1),
                    en::updated_at.eq(ctx.now),
                ))
                .execute(conn)?;
        }
        let row: EditionRow = crate::versioned_update!(
            conn,
            ed,
            id = edition_id,
            version = edition.version,
            now = ctx.now,
            set = (ed::status.eq(EditionStatus::ResultsPublished.code()), ed::published_on.eq(Some(on)),)
        )?
        .or_stale("the edition")?;
        let changes = json!({
            "status": {"from": status.code(), "to": EditionStatus::ResultsPublished.code()},
            "published_on": {"from": null, "to": on},
            "ranked": {"from": null, "to": standings.iter().filter(|s| s.rank.is_some()).count()},
        });
        audit::record(
            conn,
            ctx,
            "contest_edition.publish-results",
            contest::EDITION,
            &edition_id.to_string(),
            &changes,
        )?;
        Ok(row)
    })
}

/// The national result of an entry sent on to the national contest.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct National {
    /// When it was sent on.
    pub sent_on: NaiveDate,
    /// The national prize, if any.
    pub prize: Option<Prize>,
    /// A Labour Creativity Certificate (Bằng Lao động sáng tạo) came with it.
    pub labour_creativity_certificate: bool,
    /// Applied in practice.
    pub applied: bool,
    /// Commercialised.
    pub commercialised: bool,
    /// A note.
    pub note: Option<String>,
}

/// Records (or corrects) the national result of a provincial winner, once the edition's
/// results are published.
pub fn record_national(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    if_match: IfMatch,
    national: &National,
) -> Result<EntryRow, ApiError> {
    write_transaction(conn, |conn| {
        let row = entry::get(conn, entry_id)?;
        if_match.check(row.version)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        if !edition.is_published() {
            return Err(ApiError::conflict("national results are recorded once the edition's results are published"));
        }
        if row.prize.is_none() {
            return Err(ApiError::conflict("only an entry with a provincial prize is sent on to the national contest"));
        }
        if national.sent_on < edition.published_on.unwrap_or(national.sent_on) {
            return Err(ApiError::invalid("sent_on", "range", "must not be before the results were published"));
        }
        let updated: EntryRow = crate::versioned_update!(
            conn,
            en,
            id = entry_id,
            version = row.version,
            now = ctx.now,
            set = (
                en::national_sent_on.eq(Some(national.sent_on)),
                en::national_prize.eq(national.prize),
                en::labour_creativity_certificate.eq(national.labour_creativity_certificate),
                en::applied.eq(national.applied),
                en::commercialised.eq(national.commercialised),
                en::national_note.eq(&national.note),
            )
        )?
        .or_stale("the entry")?;
        let changes = json!({
            "national_sent_on": {"from": row.national_sent_on, "to": national.sent_on},
            "national_prize": {"from": row.national_prize, "to": national.prize.map(|p| p.code())},
            "labour_creativity_certificate": {"from": row.labour_creativity_certificate, "to": national.labour_creativity_certificate},
            "applied": {"from": row.applied, "to": national.applied},
            "commercialised": {"from": row.commercialised, "to": national.commercialised},
        });
        audit::record(conn, ctx, "contest_entry.national_result", entry::ENTITY, &entry_id.to_string(), &changes)?;
        Ok(updated)
    })
}

/// Audit entity type of an award won abroad.
pub const INTERNATIONAL_AWARD: &str = "entry_international_award";

/// A row of `entry_international_awards`: an award an entry won at an international contest
/// or exhibition.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ia)]
pub struct InternationalAwardRow {
    /// Id.
    pub id: i64,
    /// The entry.
    pub entry_id: i64,
    /// The contest or exhibition.
    pub event: String,
    /// Where it was held.
    pub country: Option<String>,
    /// When it was held.
    pub year: i32,
    /// The award.
    pub award: InternationalAward,
    /// Who gave it, when not the organisers.
    pub awarded_by: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
}

/// An award abroad to record, checked.
#[derive(Debug, Clone)]
pub struct NewInternationalAward {
    /// The contest or exhibition.
    pub event: String,
    /// Where it was held.
    pub country: Option<String>,
    /// When it was held.
    pub year: i32,
    /// The award.
    pub award: InternationalAward,
    /// Who gave it.
    pub awarded_by: Option<String>,
    /// Note.
    pub note: Option<String>,
}

/// The awards abroad of an entry, in the order they were recorded.
pub fn international_awards(conn: &mut DbConnection, entry_id: i64) -> QueryResult<Vec<InternationalAwardRow>> {
    ia::table.filter(ia::entry_id.eq(entry_id)).order(ia::id).select(InternationalAwardRow::as_select()).load(conn)
}

/// Records an award an entry won abroad: once the edition's results are published, in the
/// edition's year or later.
pub fn add_international_award(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    award: &NewInternationalAward,
) -> Result<InternationalAwardRow, ApiError> {
    write_transaction(conn, |conn| {
        let row = entry::get(conn, entry_id)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        if !edition.is_published() {
            return Err(ApiError::conflict("awards abroad are recorded once the edition's results are published"));
        }
        if row.status == EntryStatus::Withdrawn {
            return Err(ApiError::conflict("a withdrawn entry won nothing"));
        }
        if award.year < edition.year {
            return Err(ApiError::invalid(
                "year",
                "range",
                format!("must not be before the edition's year, {}", edition.year),
            ));
        }
        let inserted: InternationalAwardRow = diesel::insert_into(ia::table)
            .values((
                ia::entry_id.eq(entry_id),
                ia::event.eq(&award.event),
                ia::country.eq(&award.country),
                ia::year.eq(award.year),
                ia::award.eq(award.award),
                ia::awarded_by.eq(&award.awarded_by),
                ia::note.eq(&award.note),
                ia::version.eq(1),
                ia::created_at.eq(ctx.now),
            ))
            .returning(ia::all_columns)
            .get_result(conn)?;
        let changes = json!({
            "entry_id": {"from": null, "to": entry_id},
            "event": {"from": null, "to": award.event},
            "year": {"from": null, "to": award.year},
            "award": {"from": null, "to": award.award.code()},
        });
        audit::record(
            conn,
            ctx,
            "entry_international_award.create",
            INTERNATIONAL_AWARD,
            &inserted.id.to_string(),
            &changes,
        )?;
        Ok(inserted)
    })
}

/// Award `id` of entry `entry_id`, or `404`.
pub fn find_international_award(
    conn: &mut DbConnection,
    entry_id: i64,
    id: i64,
) -> Result<InternationalAwardRow, ApiError> {
    ia::table
        .filter(ia::entry_id.eq(entry_id).and(ia::id.eq(id)))
        .select(InternationalAwardRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("entry {entry_id} has no award abroad {id}")))
}

/// Removes an award recorded in error (a correction is a removal and a new record).
pub fn remove_international_award(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    entry_id: i64,
    id: i64,
    if_match: IfMatch,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let row = find_international_award(conn, entry_id, id)?;
        if_match.check(row.version)?;
        let deleted = diesel::delete(ia::table.filter(ia::id.eq(id).and(ia::version.eq(row.version)))).execute(conn)?;
        if deleted == 0 {
            return Err(ApiError::conflict("the award changed meanwhile; read it again"));
        }
        let changes = json!({
            "event": {"from": row.event, "to": null},
            "year": {"from": row.year, "to": null},
            "award": {"from": row.award.code(), "to": null},
        });
        audit::record(conn, ctx, "entry_international_award.delete", INTERNATIONAL_AWARD, &id.to_string(), &changes)?;
        Ok(())
    })
}
