//! People who look like one (duplicates) and merging them: every membership of the merged
//! people moves to the kept one; the merged rows stay, marked, so a merge can be undone.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::schema::{memberships as m, person_merges as pm, persons as p};
use crate::db::{write_transaction, DbConnection};
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};
use crate::models::member::{self, sort_keys, MembershipRow, PersonRow};

/// Why people look like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// The same national ID (compared as keyed hashes).
    NationalId,
    /// The same name (ignoring case and diacritics) and the same birth date.
    NameAndBirthDate,
}

impl Evidence {
    /// The code in cursors and answers.
    pub fn code(self) -> &'static str {
        match self {
            Evidence::NationalId => "national_id",
            Evidence::NameAndBirthDate => "name_and_birth_date",
        }
    }
}

/// A group of people that look like one, with their memberships.
#[derive(Debug, Clone)]
pub struct DuplicateGroup {
    /// Why.
    pub evidence: Evidence,
    /// The shared key (a hash, or folded name and birth date), for paging.
    pub key: String,
    /// The people, each with its memberships.
    pub people: Vec<(PersonRow, Vec<MembershipRow>)>,
}

/// How many groups [`duplicates`] pages through (the list's `include_total`).
pub fn count_duplicates(conn: &mut DbConnection) -> QueryResult<i64> {
    #[derive(QueryableByName)]
    struct Groups {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let sql = "SELECT (SELECT COUNT(*) FROM (SELECT national_id_hash FROM persons \
                 WHERE merged_into IS NULL AND national_id_hash IS NOT NULL \
                 GROUP BY national_id_hash HAVING COUNT(*) > 1) AS by_id) \
             + (SELECT COUNT(*) FROM (SELECT name_folded FROM persons \
                 WHERE merged_into IS NULL AND birth_date IS NOT NULL \
                 GROUP BY name_folded, birth_date HAVING COUNT(*) > 1) AS by_name) AS n";
    diesel::sql_query(sql).get_result::<Groups>(conn).map(|g| g.n)
}

/// Up to `limit` groups after `after` (evidence, key): first those sharing a national ID (by
/// hash), then those sharing name and birth date. People already merged are left out.
pub fn duplicates(
    conn: &mut DbConnection,
    after: Option<(Evidence, String)>,
    limit: usize,
) -> QueryResult<Vec<DuplicateGroup>> {
    let mut groups = Vec::new();
    let cap = i64::try_from(limit).unwrap_or(i64::MAX);
    if after.as_ref().is_none_or(|(e, _)| *e == Evidence::NationalId) {
        let from = after.as_ref().map(|(_, k)| k.clone()).unwrap_or_default();
        let keys: Vec<String> = p::table
            .filter(p::merged_into.is_null().and(p::national_id_hash.is_not_null()))
            .filter(p::national_id_hash.gt(from))
            .group_by(p::national_id_hash)
            .having(count_star().gt(1))
            .order(p::national_id_hash.asc())
            .select(p::national_id_hash.assume_not_null())
            .limit(cap)
            .load(conn)?;
        let persons: Vec<PersonRow> = p::table
            .filter(p::merged_into.is_null().and(p::national_id_hash.eq_any(&keys)))
            .order(p::id.asc())
            .select(PersonRow::as_select())
            .load(conn)?;
        for key in keys {
            let people = persons
                .iter()
                .filter(|p| p.national_id_hash.as_ref() == Some(&key))
                .map(|p| (p.clone(), Vec::new()))
                .collect();
            groups.push(DuplicateGroup { evidence: Evidence::NationalId, key, people });
        }
    }
    if groups.len() < limit {
        let (from_name, from_date) = match &after {
            Some((Evidence::NameAndBirthDate, k)) => match k.rsplit_once('|') {
                Some((name, date)) => (name.to_owned(), NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()),
                None => (String::new(), None),
            },
            _ => (String::new(), None),
        };
        let rest = cap - i64::try_from(groups.len()).unwrap_or(0);
        let mut q = p::table
            .filter(p::merged_into.is_null().and(p::birth_date.is_not_null()))
            .group_by((p::name_folded, p::birth_date))
            .having(count_star().gt(1))
            .order((p::name_folded.asc(), p::birth_date.asc()))
            .select((p::name_folded, p::birth_date.assume_not_null()))
            .limit(rest)
            .into_boxed::<crate::db::MultiBackend>();
        if let Some(date) = from_date {
            q = q.filter(
                p::name_folded.ge(from_name.clone()).and(p::name_folded.gt(from_name).or(p::birth_date.gt(date))),
            );
        }
        let keys: Vec<(String, NaiveDate)> = q.load(conn)?;
        let names: Vec<&String> = keys.iter().map(|(n, _)| n).collect();
        let persons: Vec<PersonRow> = p::table
            .filter(p::merged_into.is_null().and(p::name_folded.eq_any(names)))
            .order(p::id.asc())
            .select(PersonRow::as_select())
            .load(conn)?;
        for (name, date) in keys {
            let people = persons
                .iter()
                .filter(|p| p.name_folded == name && p.birth_date == Some(date))
                .map(|p| (p.clone(), Vec::new()))
                .collect();
            groups.push(DuplicateGroup { evidence: Evidence::NameAndBirthDate, key: format!("{name}|{date}"), people });
        }
    }
    // The memberships of every person of the page, in one query.
    let ids: Vec<i64> = groups.iter().flat_map(|g| g.people.iter().map(|(p, _)| p.id)).collect();
    let rows: Vec<MembershipRow> =
        m::table.filter(m::person_id.eq_any(&ids)).order(m::id.asc()).select(MembershipRow::as_select()).load(conn)?;
    for group in &mut groups {
        for (person, own) in &mut group.people {
            *own = rows.iter().filter(|r| r.person_id == person.id).cloned().collect();
        }
    }
    Ok(groups)
}

/// A row of `person_merges`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = pm)]
pub struct MergeRow {
    /// Id.
    pub id: i64,
    /// The person kept.
    pub kept_person_id: i64,
    /// JSON array of merged person ids.
    pub merged_person_ids: String,
    /// JSON array of [membership_id, from_person_id].
    pub moves: String,
    /// Who merged.
    pub actor: String,
    /// When.
    pub created_at: NaiveDateTime,
    /// When undone.
    pub undone_at: Option<NaiveDateTime>,
    /// Who undid it.
    pub undone_by: Option<String>,
}

impl MergeRow {
    /// The merged person ids.
    pub fn merged(&self) -> Vec<i64> {
        serde_json::from_str(&self.merged_person_ids).unwrap_or_default()
    }

    /// The memberships moved, with the person each came from.
    pub fn moved(&self) -> Vec<(i64, i64)> {
        serde_json::from_str(&self.moves).unwrap_or_default()
    }
}

/// Gives the memberships `ids` to `person` (the person's name keys and search words, a new
/// change number so the roster feeds show it).
fn move_memberships(conn: &mut DbConnection, ctx: &WriteContext, ids: &[i64], person: &PersonRow) -> QueryResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let feeds = member::associations_of(conn, ids)?;
    let seq = member::change_number(conn, &feeds)?;
    let (sort_given, sort_full) = sort_keys(&person.full_name);
    diesel::update(m::table.filter(m::id.eq_any(ids)))
        .set((
            m::person_id.eq(person.id),
            m::sort_given.eq(&sort_given),
            m::sort_full.eq(&sort_full),
            m::change_seq.eq(seq),
            m::version.eq(m::version + 1),
            m::updated_at.eq(ctx.now),
        ))
        .execute(conn)?;
    for id in ids {
        member::write_search(conn, *id, &person.full_name, &sort_given)?;
    }
    Ok(())
}

fn person(conn: &mut DbConnection, id: i64) -> Result<PersonRow, ApiError> {
    p::table
        .find(id)
        .select(PersonRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::invalid("person_ids", "not_found", format!("no person with id {id}")))
}

/// Merges `merged` into `keep`: every membership moves to `keep`, the merged people are marked
/// merged. The kept person's own data is not changed. One audit record.
pub fn merge(conn: &mut DbConnection, ctx: &WriteContext, keep: i64, merged: &[i64]) -> Result<MergeRow, ApiError> {
    let merged: Vec<i64> = merged.iter().copied().collect::<BTreeSet<_>>().into_iter().collect();
    if merged.is_empty() || merged.contains(&keep) {
        return Err(ApiError::invalid(
            "merge",
            "invalid",
            "name at least one other person to merge, and not the kept one",
        ));
    }
    write_transaction(conn, |conn| {
        let kept = person(conn, keep)?;
        if kept.merged_into.is_some() {
            return Err(ApiError::conflict(format!("person {keep} was itself merged into another")));
        }
        for id in &merged {
            if person(conn, *id)?.merged_into.is_some() {
                return Err(ApiError::conflict(format!("person {id} is already merged")));
            }
        }
        let moves: Vec<(i64, i64)> = m::table
            .filter(m::person_id.eq_any(&merged))
            .order(m::id.asc())
            .select((m::id, m::person_id))
            .load(conn)?;
        let ids: Vec<i64> = moves.iter().map(|(id, _)| *id).collect();
        move_memberships(conn, ctx, &ids, &kept)?;
        diesel::update(p::table.filter(p::id.eq_any(&merged)))
            .set((p::merged_into.eq(keep), p::version.eq(p::version + 1), p::updated_at.eq(ctx.now)))
            .execute(conn)?;
        let row: MergeRow = diesel::insert_into(pm::table)
            .values((
                pm::kept_person_id.eq(keep),
                pm::merged_person_ids.eq(serde_json::to_string(&merged).unwrap_or_default()),
                pm::moves.eq(serde_json::to_string(&moves).unwrap_or_default()),
                pm::actor.eq(&ctx.actor),
                pm::created_at.eq(ctx.now),
            ))
            .returning(pm::all_columns)
            .get_result(conn)?;
        let changes =
            serde_json::json!({"kept_person_id": keep, "merged_person_ids": merged, "moved_memberships": ids});
        audit::record(conn, ctx, "person.merge", "person_merge", &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// One merge.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<MergeRow, ApiError> {
    pm::table
        .find(id)
        .select(MergeRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("no merge with id {id}")))
}

/// Undoes a merge: the moved memberships go back to the people they came from, who are no
/// longer marked merged. A `409` when it was undone already, or when a moved membership has
/// moved again since (undo the later merge first).
pub fn undo(conn: &mut DbConnection, ctx: &WriteContext, id: i64) -> Result<MergeRow, ApiError> {
    write_transaction(conn, |conn| {
        let row = get(conn, id)?;
        if row.undone_at.is_some() {
            return Err(ApiError::conflict(format!("merge {id} was already undone")));
        }
        let moved = row.moved();
        let ids: Vec<i64> = moved.iter().map(|(m, _)| *m).collect();
        let now_with: Vec<(i64, i64)> = m::table.filter(m::id.eq_any(&ids)).select((m::id, m::person_id)).load(conn)?;
        if now_with.len() != ids.len() || now_with.iter().any(|(_, p)| *p != row.kept_person_id) {
            return Err(ApiError::conflict(format!(
                "memberships of merge {id} have moved since; undo the later merge first"
            )));
        }
        for from in row.merged() {
            let back: Vec<i64> = moved.iter().filter(|(_, f)| *f == from).map(|(m, _)| *m).collect();
            diesel::update(p::table.find(from))
                .set((p::merged_into.eq(None::<i64>), p::version.eq(p::version + 1), p::updated_at.eq(ctx.now)))
                .execute(conn)?;
            let original = person(conn, from)?;
            move_memberships(conn, ctx, &back, &original)?;
        }
        diesel::update(pm::table.find(id))
            .set((pm::undone_at.eq(Some(ctx.now)), pm::undone_by.eq(Some(&ctx.actor))))
            .execute(conn)?;
        let changes = serde_json::json!({"kept_person_id": row.kept_person_id, "restored_person_ids": row.merged()});
        audit::record(conn, ctx, "person.merge_undo", "person_merge", &id.to_string(), &changes)?;
        get(conn, id)
    })
}

/// What a record that refers to a person (an honouree, a nominee, a commendation's
/// recipient) copies from them.
#[derive(Debug, Clone)]
pub struct PersonRef {
    /// Full name.
    pub full_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
}

/// How an imported record names a person it has no id for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonKey {
    /// A member of an association, by the association's own key for them (`external_id`).
    Member {
        /// The association.
        association_id: i64,
        /// Its key for the member.
        external_id: String,
    },
    /// The keyed hash of the person's national ID ([`crate::domain::national_id::IdHashKey`]).
    NationalId(String),
}

/// The person (not merged into another) that `key` names, or the field error saying why it
/// names none: nobody, or several people not yet merged. `field`: where the record gave the key.
pub fn identified(
    conn: &mut DbConnection,
    key: &PersonKey,
    field: &str,
) -> QueryResult<Result<i64, crate::error::FieldError>> {
    use crate::error::FieldError;
    let mut ids: Vec<i64> = match key {
        PersonKey::Member { association_id, external_id } => m::table
            .inner_join(p::table)
            .filter(m::association_id.eq(association_id).and(m::external_id.eq(external_id)))
            .filter(p::merged_into.is_null())
            .select(p::id)
            .load(conn)?,
        PersonKey::NationalId(hash) => {
            p::table.filter(p::national_id_hash.eq(hash).and(p::merged_into.is_null())).select(p::id).load(conn)?
        }
    };
    ids.dedup();
    Ok(match (ids.as_slice(), key) {
        ([id], _) => Ok(*id),
        ([], PersonKey::Member { association_id, external_id }) => Err(FieldError::new(
            field,
            "unknown",
            format!("association {association_id} has no member '{external_id}'"),
        )),
        ([], PersonKey::NationalId(_)) => {
            Err(FieldError::new(field, "unknown", "nobody on the rosters has this national ID"))
        }
        (several, _) => Err(FieldError::new(
            field,
            "ambiguous",
            format!(
                "{} people have this national ID: merge them (see /people/duplicates) or give person_id",
                several.len()
            ),
        )),
    })
}

/// The person `id` that a record names in `field`, or the field error saying why it cannot:
/// there is no such person, or they were merged into another.
pub fn referenced(
    conn: &mut DbConnection,
    id: i64,
    field: &str,
) -> QueryResult<Result<PersonRef, crate::error::FieldError>> {
    use crate::db::schema::persons as p;
    use crate::error::FieldError;
    type Row = (String, Option<String>, Option<String>, Option<i64>);
    let row: Option<Row> =
        p::table.find(id).select((p::full_name, p::workplace, p::position, p::merged_into)).first(conn).optional()?;
    Ok(match row {
        None => Err(FieldError::new(field, "unknown", format!("there is no person with id {id}"))),
        Some((_, _, _, Some(into))) => {
            Err(FieldError::new(field, "merged", format!("person {id} was merged into person {into}: use that id")))
        }
        Some((full_name, workplace, position, None)) => Ok(PersonRef { full_name, workplace, position }),
    })
}
