//! Writing one member: create, update, leave, and what a roster sync reads to plan.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::feed::{associations_of, associations_of_persons, change_number};
use super::index::write_search;
use super::row::{
    person_values, sort_keys, Member, MembershipData, MembershipRow, NewMembership, PersonData, PersonRow, ENTITY,
    PERSONAL_FIELDS,
};
use crate::db::schema::{memberships as m, persons as p};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{CodeList, MembershipStatus};
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

pub(super) fn conflict_on_external_id(e: diesel::result::Error) -> ApiError {
    ApiError::on_unique_violation(e, || "this association already has a member with this external_id".into())
}

fn audit_json(person: &PersonData, membership: &MembershipData) -> Result<serde_json::Value, ApiError> {
    let mut value = serde_json::to_value(person).map_err(|e| ApiError::Internal(e.into()))?;
    let extra = serde_json::to_value(membership).map_err(|e| ApiError::Internal(e.into()))?;
    if let (Some(obj), Some(more)) = (value.as_object_mut(), extra.as_object()) {
        obj.extend(more.clone());
    }
    Ok(value)
}

/// Creates a person and its membership of `association_id`, with the name tokens and one
/// audit record, in one transaction.
pub fn insert(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    person: &PersonData,
    membership: &MembershipData,
) -> Result<Member, ApiError> {
    write_transaction(conn, |conn| {
        let person_row: PersonRow = diesel::insert_into(p::table)
            .values((person_values(person), p::version.eq(1), p::created_at.eq(ctx.now), p::updated_at.eq(ctx.now)))
            .returning(p::all_columns)
            .get_result(conn)?;
        let row = insert_membership(conn, ctx, association_id, &person_row, membership)?;
        let changes = audit::changes(None, &audit_json(person, membership)?, PERSONAL_FIELDS);
        audit::record(conn, ctx, "membership.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok((row, person_row))
    })
}

fn insert_membership(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    person: &PersonRow,
    d: &MembershipData,
) -> Result<MembershipRow, ApiError> {
    let (sort_given, sort_full) = sort_keys(&person.full_name);
    let seq = change_number(conn, &[association_id])?;
    let row: MembershipRow = diesel::insert_into(m::table)
        .values(NewMembership::new(person.id, association_id, d, &sort_given, &sort_full, seq, ctx.now))
        .returning(m::all_columns)
        .get_result(conn)
        .map_err(conflict_on_external_id)?;
    write_search(conn, row.id, &person.full_name, &sort_given)?;
    Ok(row)
}

/// One membership with its person, if it exists.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Member>> {
    m::table
        .inner_join(p::table)
        .filter(m::id.eq(id))
        .select((MembershipRow::as_select(), PersonRow::as_select()))
        .first(conn)
        .optional()
}

/// 404 unless membership `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<Member, ApiError> {
    find(conn, id)?.ok_or_else(|| ApiError::NotFound(format!("no member with id {id}")))
}

/// Updates a membership and its person (see `association::update` for the pattern). The
/// membership's version guards both.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&Member) -> Result<(PersonData, MembershipData), ApiError>,
) -> Result<Member, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let (before_p, before_m) = (current.1.data(), current.0.data());
        let (person, membership) = edit(&current)?;
        if_match.check(current.0.version)?;
        if person == before_p && membership == before_m {
            return Ok(current);
        }
        let feeds = if person == before_p {
            vec![current.0.association_id]
        } else {
            associations_of_persons(conn, &[current.1.id])?
        };
        let seq = change_number(conn, &feeds)?;
        write_changes(conn, ctx, &current, &person, &membership, seq)?;
        let changes = audit::changes(
            Some(&audit_json(&before_p, &before_m)?),
            &audit_json(&person, &membership)?,
            PERSONAL_FIELDS,
        );
        audit::record(conn, ctx, "membership.update", ENTITY, &id.to_string(), &changes)?;
        get(conn, id)
    })
}

/// Writes a member's new content (both rows, versions up, the search index when the name
/// changed), inside the caller's transaction, as change number `seq` (see [`change_number`]).
/// A `412` when the membership changed since `current` was read.
pub fn write_changes(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    current: &Member,
    person: &PersonData,
    membership: &MembershipData,
    seq: i64,
) -> Result<(), ApiError> {
    let before_p = current.1.data();
    let id = current.0.id;
    crate::versioned_update!(count conn, m, id = id, version = current.0.version, now = ctx.now, set = (
        membership,
        m::change_seq.eq(seq),
    ))
    .map_err(conflict_on_external_id)?
    .or_stale("the member")?;
    if *person != before_p {
        let person_id = current.1.id;
        diesel::update(p::table.find(person_id))
            .set((person_values(person), p::version.eq(current.1.version + 1), p::updated_at.eq(ctx.now)))
            .execute(conn)?;
        // Every membership of the person shows the change.
        diesel::update(m::table.filter(m::person_id.eq(person_id))).set(m::change_seq.eq(seq)).execute(conn)?;
        if person.full_name != before_p.full_name {
            let (sort_given, sort_full) = sort_keys(&person.full_name);
            diesel::update(m::table.filter(m::person_id.eq(person_id)))
                .set((m::sort_given.eq(&sort_given), m::sort_full.eq(sort_full)))
                .execute(conn)?;
            let memberships: Vec<i64> = m::table.filter(m::person_id.eq(person_id)).select(m::id).load(conn)?;
            for membership_id in memberships {
                write_search(conn, membership_id, &person.full_name, &sort_given)?;
            }
        }
    }
    Ok(())
}

/// Marks memberships left today (status `left`, `left_on` today unless already set),
/// inside the caller's transaction.
pub fn mark_left(conn: &mut DbConnection, ctx: &WriteContext, ids: &[i64], today: NaiveDate) -> QueryResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let feeds = associations_of(conn, ids)?;
    let seq = change_number(conn, &feeds)?;
    for chunk in ids.chunks(1000) {
        diesel::update(m::table.filter(m::id.eq_any(chunk)))
            .set((
                m::status.eq(MembershipStatus::Left.code()),
                m::left_on.eq(diesel::dsl::sql::<diesel::sql_types::Nullable<diesel::sql_types::Date>>(
                    "COALESCE(left_on, ",
                )
                .bind::<diesel::sql_types::Date, _>(today)
                .sql(")")),
                m::change_seq.eq(seq),
                m::version.eq(m::version + 1),
                m::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Every membership of `association_id` that has an external id, with its person.
pub fn with_external_ids(conn: &mut DbConnection, association_id: i64) -> QueryResult<Vec<Member>> {
    m::table
        .inner_join(p::table)
        .filter(m::association_id.eq(association_id).and(m::external_id.is_not_null()))
        .select((MembershipRow::as_select(), PersonRow::as_select()))
        .load(conn)
}

/// What a roster sync's plan depends on in one member: (membership id, membership version,
/// person id, person version, the person's national-ID hash).
pub type RosterVersion = (i64, i32, i64, i32, Option<String>);

/// [`RosterVersion`] of a member as read.
pub fn roster_version(member: &Member) -> RosterVersion {
    (member.0.id, member.0.version, member.1.id, member.1.version, member.1.national_id_hash.clone())
}

/// [`RosterVersion`] of every member of `association_id` with an external id, by membership id:
/// what [`with_external_ids`] reads, without the members' content.
pub fn roster_versions(conn: &mut DbConnection, association_id: i64) -> QueryResult<Vec<RosterVersion>> {
    m::table
        .inner_join(p::table)
        .filter(m::association_id.eq(association_id).and(m::external_id.is_not_null()))
        .select((m::id, m::version, p::id, p::version, p::national_id_hash))
        .order(m::id)
        .load(conn)
}
