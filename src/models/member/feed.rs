//! Reading a roster out: export batches, and the change feed with its change numbers.

use diesel::prelude::*;

use super::row::{Member, MembershipRow, PersonRow};
use super::search::Count;
use crate::db::schema::{memberships as m, persons as p};
use crate::db::{DbConnection, MultiBackend};
use crate::domain::codes::MembershipStatus;

/// The names of an association's branches by id.
pub fn branch_names(
    conn: &mut DbConnection,
    association_id: i64,
) -> QueryResult<std::collections::HashMap<i64, String>> {
    use crate::db::schema::branches;
    Ok(branches::table
        .filter(branches::association_id.eq(association_id))
        .select((branches::id, branches::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect())
}

/// Up to `limit` memberships of an association after membership id `after`, in id order
/// (keyset batches for exports), optionally only those with `status`.
pub fn export_batch(
    conn: &mut DbConnection,
    association_id: i64,
    status: Option<MembershipStatus>,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<Member>> {
    let mut q = m::table
        .inner_join(p::table)
        .filter(m::association_id.eq(association_id).and(m::id.gt(after)))
        .into_boxed::<MultiBackend>();
    if let Some(s) = status {
        q = q.filter(m::status.eq(s));
    }
    q.order(m::id.asc()).limit(limit).select((MembershipRow::as_select(), PersonRow::as_select())).load(conn)
}

/// The change number of memberships written before their transaction takes one (see
/// [`number_changes`]); never committed.
pub const UNNUMBERED: i64 = -1;

/// Gives the memberships this transaction wrote as [`UNNUMBERED`] the change number `seq`. A
/// long write (a roster sync's updates) writes its rows first and takes its number after, so
/// that the number's lock, which other writes of the same associations wait on, is held only
/// from then to the commit. Other transactions' unnumbered rows are not visible to it.
pub fn number_changes(conn: &mut DbConnection, seq: i64) -> QueryResult<usize> {
    diesel::update(m::table.filter(m::change_seq.lt(0))).set(m::change_seq.eq(seq)).execute(conn)
}

/// The row of `counters` that holds the last change number given in an association's feed.
fn feed_counter(association_id: i64) -> String {
    format!("membership_changes:{association_id}")
}

/// Locks the change-number counters of `associations` until the transaction ends, creating
/// those not there yet, and returns the highest number among them. They are locked one by
/// one in ascending order, so that two writers never wait on each other crosswise; a writer
/// that locks more than once should lock everything it will number first. A new counter
/// starts at the union-wide `membership_changes`, the counter every association shared before
/// each had its own, so that its numbers follow every number given before.
pub fn lock_feeds(conn: &mut DbConnection, associations: &[i64]) -> QueryResult<i64> {
    let mut ids = associations.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut highest = 0;
    for id in ids {
        highest = highest.max(lock_feed(conn, id, 0)?);
    }
    Ok(highest)
}

/// Locks one association's change-number counter (see [`lock_feeds`]), moving it on by `step`;
/// returns its value then.
fn lock_feed(conn: &mut DbConnection, association_id: i64, step: i64) -> QueryResult<i64> {
    let name = match conn.backend() {
        crate::db::Backend::Postgres => "$1",
        crate::db::Backend::Sqlite => "?1",
    };
    let sql = format!(
        "INSERT INTO counters (name, value) \
         SELECT {name}, COALESCE((SELECT value FROM counters WHERE name = 'membership_changes'), 0) + {step} \
         WHERE true ON CONFLICT (name) DO UPDATE SET value = counters.value + {step} RETURNING value AS n"
    );
    let held: Count =
        diesel::sql_query(sql).bind::<diesel::sql_types::Text, _>(feed_counter(association_id)).get_result(conn)?;
    Ok(held.n)
}

/// Takes the next change number for a write of memberships of `associations` (every
/// association whose memberships the transaction numbers with it). Their counters stay locked
/// until the transaction ends ([`lock_feeds`]), so that in each association's feed the numbers
/// become visible in the order they were taken: a feed reader never sees number 11 committed
/// while number 10 may still appear. Writers of other associations do not wait. A write of
/// one association (most writes) takes its number in one statement.
pub fn change_number(conn: &mut DbConnection, associations: &[i64]) -> QueryResult<i64> {
    use crate::db::schema::counters as c;
    if let [only, rest @ ..] = associations {
        if rest.iter().all(|a| a == only) {
            return lock_feed(conn, *only, 1);
        }
    }
    let seq = lock_feeds(conn, associations)? + 1;
    let names: Vec<String> = associations.iter().map(|a| feed_counter(*a)).collect();
    diesel::update(c::table.filter(c::name.eq_any(names))).set(c::value.eq(seq)).execute(conn)?;
    Ok(seq)
}

/// The associations of the memberships `ids` (for [`change_number`]).
pub fn associations_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<i64>> {
    distinct_associations(conn, ids, |q, chunk| q.filter(m::id.eq_any(chunk)))
}

/// The associations of every membership of the people `persons` (for [`change_number`]: a
/// change to a person renumbers all its memberships).
pub fn associations_of_persons(conn: &mut DbConnection, persons: &[i64]) -> QueryResult<Vec<i64>> {
    distinct_associations(conn, persons, |q, chunk| q.filter(m::person_id.eq_any(chunk)))
}

type AssociationIds<'a> =
    diesel::dsl::IntoBoxed<'a, diesel::dsl::Distinct<diesel::dsl::Select<m::table, m::association_id>>, MultiBackend>;

/// The distinct associations of the memberships that `only` keeps, for `keys` a thousand at a
/// time, in ascending order.
fn distinct_associations<'k>(
    conn: &mut DbConnection,
    keys: &'k [i64],
    only: impl Fn(AssociationIds<'k>, &'k [i64]) -> AssociationIds<'k>,
) -> QueryResult<Vec<i64>> {
    let mut out = Vec::new();
    for chunk in keys.chunks(1000) {
        let all = m::table.select(m::association_id).distinct().into_boxed::<MultiBackend>();
        out.extend(only(all, chunk).load::<i64>(conn)?);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The last change number taken in an association's feed, and the feed's epoch (which
/// differs in another database).
pub fn feed_position(conn: &mut DbConnection, association_id: i64) -> QueryResult<(i64, i64)> {
    use crate::db::schema::counters as c;
    let own = feed_counter(association_id);
    let rows: Vec<(String, i64)> = c::table
        .filter(c::name.eq_any([own.as_str(), "membership_changes", "feed_epoch"]))
        .select((c::name, c::value))
        .load(conn)?;
    let get = |name: &str| rows.iter().find(|(n, _)| n == name).map(|(_, v)| *v);
    let last = get(&own).or_else(|| get("membership_changes")).unwrap_or(0);
    Ok((last, get("feed_epoch").unwrap_or(0)))
}

/// Up to `limit` memberships of an association written after `(seq, id)`, in change order.
pub fn changes_after(
    conn: &mut DbConnection,
    association_id: i64,
    after: (i64, i64),
    limit: i64,
) -> QueryResult<Vec<Member>> {
    let (seq, id) = after;
    m::table
        .inner_join(p::table)
        .filter(m::association_id.eq(association_id))
        .filter(m::change_seq.ge(seq).and(m::change_seq.gt(seq).or(m::id.gt(id))))
        .order((m::change_seq.asc(), m::id.asc()))
        .limit(limit)
        .select((MembershipRow::as_select(), PersonRow::as_select()))
        .load(conn)
}
