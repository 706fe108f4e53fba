//! Writing many new members at once (a roster sync's new rows): chunked inserts on SQLite,
//! `COPY` on PostgreSQL, both fed by a builder thread.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::feed::change_number;
use super::index::{search_entries, SearchEntry};
use super::row::{person_values, sort_keys, MembershipData, NewMembership, PersonData, PersonValues};
use super::write::conflict_on_external_id;
use crate::db::schema::{member_search as t, memberships as m, persons as p};
use crate::db::DbConnection;
use crate::domain::codes::CodeList;
use crate::error::ApiError;
use crate::models::audit::WriteContext;

/// What [`insert_many`] is given for each row: the new member's content, or `None` for a
/// row found invalid (the caller keeps its own account of why).
pub type Build<'a, R> = dyn Fn(&R) -> Option<(PersonData, MembershipData)> + Sync + 'a;

/// Creates people and their memberships of `association_id`, with the search index, inside
/// the caller's transaction (COPY on PostgreSQL, prepared single-row inserts on SQLite; no
/// audit records: the caller writes one). Each of `rows` is turned into a member by `build`:
/// on PostgreSQL on a builder thread, a chunk ahead of the `COPY`, so that checking the rows
/// overlaps the database's work on the machine's second core (the first chunk is small, so
/// that the database starts soon); on SQLite on all cores before the inserts. `written` is
/// told how many are done, before each chunk. Returns the number of members created.
///
/// The rows are written in runs of [`SORT_RUN`]: first a run's people, then its memberships
/// sorted by given-name key, then its search rows sorted by (word, key), so that the
/// union-wide name indexes (`memberships_given`, `memberships_full`, the key of
/// `member_search`) take the new entries in one ordered pass rather than at random places.
/// Only the order of the writes changes: the ids are given in the order of `rows`. Runs bound the memory the sort takes.
pub fn insert_many<R: Sync>(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    rows: &[R],
    build: &Build<'_, R>,
    written: &dyn Fn(usize),
) -> Result<usize, ApiError> {
    insert_many_in_runs(conn, ctx, association_id, rows, build, written, SORT_RUN)
}

/// New members per run of [`insert_many`].
pub const SORT_RUN: usize = 50_000;

/// [`insert_many`] with runs of `run` rows (tests use small runs).
pub fn insert_many_in_runs<R: Sync>(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    rows: &[R],
    build: &Build<'_, R>,
    written: &dyn Fn(usize),
    run: usize,
) -> Result<usize, ApiError> {
    if rows.is_empty() {
        return Ok(0);
    }
    let seq = change_number(conn, &[association_id])?;
    let run = run.max(1);
    let mut created = 0;
    for (i, run_rows) in rows.chunks(run).enumerate() {
        let start = i * run;
        let written = |n: usize| written(start + n);
        created += match conn {
            DbConnection::Pg(pg) => copy_run_pg(pg, ctx, association_id, run_rows, build, seq, &written)?,
            DbConnection::Sqlite(c) => insert_run_sqlite(c, ctx, association_id, run_rows, build, seq, &written)?,
        };
    }
    Ok(created)
}

/// What a run of `rows` rows has done, for progress, when `done` of the `of` items of `part`
/// are written: its people (part 0) count for the first third of its rows, its memberships
/// (part 1) for the second and its search rows (part 2) for the last.
fn run_progress(rows: usize, part: usize, done: usize, of: usize) -> usize {
    (part * rows + done * rows / of.max(1)) / 3
}

/// Hands sorted `items` to `send` in chunks of `size`, each with the number of items before
/// it; `false` as soon as `send` says the writer has stopped.
fn hand_over<T>(items: Vec<T>, size: usize, mut send: impl FnMut(usize, Vec<T>) -> bool) -> bool {
    let total = items.len();
    let mut items = items.into_iter();
    (0..total).step_by(size).all(|done| send(done, items.by_ref().take(size).collect()))
}

/// Rows in the first chunk the builder thread hands over: the writes start after it.
const FIRST_CHUNK: usize = 500;

/// `rows` in chunks, with the number of rows before each: [`FIRST_CHUNK`], then `size`.
fn chunks_after_a_small_one<R>(rows: &[R], size: usize) -> impl Iterator<Item = (usize, &[R])> {
    let first = FIRST_CHUNK.min(rows.len());
    std::iter::once((0, &rows[..first]))
        .chain(rows[first..].chunks(size).enumerate().map(move |(i, chunk)| (first + i * size, chunk)))
}

/// A new membership ready to insert (ids given, sort keys worked out), with the key it is
/// sorted by before the insert (see [`insert_run_sqlite`]).
struct BuiltMembership<'a> {
    membership_id: i64,
    person_id: i64,
    membership: &'a MembershipData,
    sort_given: String,
    sort_full: String,
}

/// What [`insert_run_sqlite`]'s builder thread hands over, a chunk at a time.
enum BuiltPiece<'a> {
    /// People, with their ids.
    Persons(Vec<(i64, PersonValues<'a>)>),
    /// Memberships, in given-name key order.
    Memberships(Vec<BuiltMembership<'a>>),
    /// Search index rows (word, key, membership), in that order.
    Search(Vec<SearchEntry>),
}

/// New members per chunk the builder thread hands over.
const BUILD_CHUNK: usize = 1_000;

/// SQLite's way: the rows are checked first, on all cores (checking them on the builder
/// thread instead, as on PostgreSQL, showed no gain here in A/B runs), then one prepared
/// single-row insert per person, membership and search row, with the ids given (the next
/// after the largest, as SQLite would choose them: the transaction holds the write lock), so
/// that no insert needs `RETURNING`, which SQLite implements by buffering the returned row in
/// a temporary table. A statement that writes several rows and may fail a constraint runs in
/// a statement journal: SQLite copies every page it touches that the transaction already
/// changed, so in a large database a multi-row insert into the memberships' indexes cost more
/// than the rows themselves. A builder
/// thread works out the names, sort keys and search tokens of the next chunk while this one
/// is written: the machine's second core. One run of [`insert_many`]: the people, then the
/// memberships in given-name key order, then the search rows in key order.
fn insert_run_sqlite<R: Sync>(
    c: &mut diesel::SqliteConnection,
    ctx: &WriteContext,
    association_id: i64,
    rows: &[R],
    build: &Build<'_, R>,
    seq: i64,
    written: &dyn Fn(usize),
) -> Result<usize, ApiError> {
    let members: Vec<(PersonData, MembershipData)> =
        crate::models::parallel_map(rows, build).into_iter().flatten().collect();
    let last_person: Option<i64> = p::table.select(diesel::dsl::max(p::id)).first(c)?;
    let last_membership: Option<i64> = m::table.select(diesel::dsl::max(m::id)).first(c)?;
    let (first_person, first_membership) = (last_person.unwrap_or(0) + 1, last_membership.unwrap_or(0) + 1);
    let members = &members;
    std::thread::scope(|scope| {
        // Each piece comes with the number of rows done before it, for progress.
        let (sender, pieces) = std::sync::mpsc::sync_channel::<(usize, BuiltPiece<'_>)>(2);
        scope.spawn(move || {
            let send = |done, piece| sender.send((done, piece)).is_ok();
            let progress = |part, done, of| run_progress(members.len(), part, done, of);
            let mut memberships = Vec::with_capacity(members.len());
            let mut search = Vec::with_capacity(members.len() * 3);
            for (i, chunk) in members.chunks(BUILD_CHUNK).enumerate() {
                let mut persons = Vec::with_capacity(chunk.len());
                for ((person, membership), n) in chunk.iter().zip(i * BUILD_CHUNK..) {
                    let n = i64::try_from(n).unwrap_or(i64::MAX);
                    let (person_id, membership_id) = (first_person + n, first_membership + n);
                    let (sort_given, sort_full) = sort_keys(&person.full_name);
                    search.extend(search_entries(membership_id, &person.full_name, &sort_given));
                    persons.push((person_id, person_values(person)));
                    memberships.push(BuiltMembership { membership_id, person_id, membership, sort_given, sort_full });
                }
                if !send(progress(0, i * BUILD_CHUNK, members.len()), BuiltPiece::Persons(persons)) {
                    return; // an insert failed; the caller returns its error
                }
            }
            memberships
                .sort_unstable_by(|a, b| (&a.sort_given, a.membership_id).cmp(&(&b.sort_given, b.membership_id)));
            let of = memberships.len();
            if !hand_over(memberships, BUILD_CHUNK, |done, chunk| {
                send(progress(1, done, of), BuiltPiece::Memberships(chunk))
            }) {
                return;
            }
            search.sort_unstable();
            let of = search.len();
            hand_over(search, BUILD_CHUNK * 3, |done, chunk| send(progress(2, done, of), BuiltPiece::Search(chunk)));
        });
        for (done, piece) in pieces {
            written(done);
            match piece {
                BuiltPiece::Persons(persons) => {
                    for (person_id, person) in persons {
                        diesel::insert_into(p::table)
                            .values((
                                p::id.eq(person_id),
                                &person,
                                p::version.eq(1),
                                p::created_at.eq(ctx.now),
                                p::updated_at.eq(ctx.now),
                            ))
                            .execute(c)?;
                    }
                }
                BuiltPiece::Memberships(memberships) => {
                    for row in memberships {
                        let new = NewMembership::new(
                            row.person_id,
                            association_id,
                            row.membership,
                            &row.sort_given,
                            &row.sort_full,
                            seq,
                            ctx.now,
                        );
                        diesel::insert_into(m::table)
                            .values((m::id.eq(row.membership_id), new))
                            .execute(c)
                            .map_err(conflict_on_external_id)?;
                    }
                }
                BuiltPiece::Search(search) => {
                    for (token, sort_given, membership_id, words) in search {
                        diesel::insert_into(t::table)
                            .values((
                                t::token.eq(token),
                                t::sort_given.eq(sort_given),
                                t::membership_id.eq(membership_id),
                                t::words.eq(words),
                            ))
                            .execute(c)?;
                    }
                }
            }
        }
        Ok(members.len())
    })
}

/// One field of PostgreSQL's COPY text format (`\N` for NULL; backslash, tab, newline and
/// carriage return escaped).
fn copy_field(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        None => out.extend_from_slice(b"\\N"),
        Some(text) => {
            for b in text.bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    other => out.push(other),
                }
            }
        }
    }
}

fn copy_row(out: &mut Vec<u8>, fields: &[Option<&str>]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        copy_field(out, *field);
    }
    out.push(b'\n');
}

/// The ids of one new member: its person's and its membership's.
#[derive(QueryableByName)]
struct NewIds {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    person_id: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    membership_id: i64,
}

/// A piece of `COPY` text for one table, handed from the builder thread to the connection.
enum CopyPiece {
    /// People.
    Persons(Vec<u8>),
    /// Memberships, in sort-key order.
    Memberships(Vec<u8>),
    /// Search index rows, in key order.
    Search(Vec<u8>),
}

/// New members per `COPY` chunk: small enough that building the next chunk overlaps the
/// database's work on this one.
const COPY_CHUNK: usize = 5_000;

/// A new membership's `COPY` line, with the key it is sorted by.
type SortedLine = ((String, i64), Vec<u8>);

/// PostgreSQL: ids taken from the sequences first, one pair per row (a row found invalid
/// leaves its pair unused, as a rolled-back insert would), then `COPY`. Tens of thousands of
/// bound parameters per multi-row insert cost more in the client than the database work; and
/// a builder thread checks and formats the next chunk while the server copies this one, so
/// the client's work and the server's overlap on two cores. One run of [`insert_many`]: the
/// people chunk by chunk, then the memberships in given-name key order, then the search rows
/// in key order.
fn copy_run_pg<R: Sync>(
    pg: &mut diesel::PgConnection,
    ctx: &WriteContext,
    association_id: i64,
    rows: &[R],
    build: &Build<'_, R>,
    seq: i64,
    written: &dyn Fn(usize),
) -> Result<usize, ApiError> {
    use diesel::pg::CopyFormat;
    // Each sequence is looked up once, not once per row; both tables' ids come in one round
    // trip.
    let sequence = |pg: &mut diesel::PgConnection, table: &str| -> QueryResult<String> {
        #[derive(QueryableByName)]
        struct Sequence {
            #[diesel(sql_type = diesel::sql_types::Text)]
            name: String,
        }
        let sequence = diesel::sql_query("SELECT pg_get_serial_sequence($1, 'id') AS name")
            .bind::<diesel::sql_types::Text, _>(table)
            .get_result::<Sequence>(pg)?
            .name;
        if !sequence.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '"')) {
            return Err(diesel::result::Error::QueryBuilderError(
                format!("unexpected sequence name {sequence:?}").into(),
            ));
        }
        Ok(sequence)
    };
    let (persons_sequence, memberships_sequence) = (sequence(pg, "persons")?, sequence(pg, "memberships")?);
    let ids: Vec<NewIds> = diesel::sql_query(format!(
        "SELECT nextval('{persons_sequence}'::regclass) AS person_id, \
         nextval('{memberships_sequence}'::regclass) AS membership_id FROM generate_series(1, $1)"
    ))
    .bind::<diesel::sql_types::BigInt, _>(i64::try_from(rows.len()).unwrap_or(i64::MAX))
    .load(pg)?;
    let io = |e: std::io::Error| diesel::result::Error::SerializationError(Box::new(e));
    let now = ctx.now.format("%Y-%m-%d %H:%M:%S%.6f").to_string();
    std::thread::scope(|scope| {
        // Each piece comes with the number of rows done before it, for progress.
        let (sender, pieces) = std::sync::mpsc::sync_channel::<(usize, CopyPiece)>(1);
        let (ids, now) = (&ids, &now);
        let builder = scope.spawn(move || {
            let mut created = 0;
            let send = |done, piece| sender.send((done, piece)).is_ok();
            let progress = |part, done, of| run_progress(rows.len(), part, done, of);
            let mut members: Vec<SortedLine> = Vec::with_capacity(rows.len());
            let mut search: Vec<SearchEntry> = Vec::with_capacity(rows.len() * 3);
            for (offset, chunk) in chunks_after_a_small_one(rows, COPY_CHUNK) {
                let built: Vec<(PersonData, MembershipData)> = chunk.iter().filter_map(build).collect();
                let persons = copy_chunk(&built, &ids[created..], association_id, seq, now, &mut members, &mut search);
                created += built.len();
                if !send(progress(0, offset, rows.len()), CopyPiece::Persons(persons)) {
                    return created; // the copy failed; the caller returns its error
                }
            }
            members.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            let of = members.len();
            if !hand_over(members, COPY_CHUNK, |done, chunk| {
                let text = chunk.into_iter().flat_map(|(_, line)| line).collect();
                send(progress(1, done, of), CopyPiece::Memberships(text))
            }) {
                return created;
            }
            search.sort_unstable();
            let of = search.len();
            hand_over(search, COPY_CHUNK * 3, |done, chunk| {
                let mut text = Vec::with_capacity(chunk.len() * 40);
                for (token, sort_given, membership_id, words) in &chunk {
                    copy_row(
                        &mut text,
                        &[Some(token), Some(sort_given), Some(&membership_id.to_string()), Some(words)],
                    );
                }
                send(progress(2, done, of), CopyPiece::Search(text))
            });
            created
        });
        for (done, piece) in pieces {
            written(done);
            match piece {
                CopyPiece::Persons(text) if !text.is_empty() => {
                    diesel::copy_from(p::table)
                        .from_raw_data(
                            (
                                p::id,
                                p::full_name,
                                p::family_name,
                                p::middle_name,
                                p::given_name,
                                p::name_lower,
                                p::name_folded,
                                p::gender,
                                p::birth_date,
                                p::birth_year,
                                p::ethnicity,
                                p::education_level,
                                p::academic_title,
                                p::honour_titles,
                                p::field_of_expertise,
                                p::workplace,
                                p::position,
                                p::phone,
                                p::email,
                                p::national_id_hash,
                                p::version,
                                p::created_at,
                                p::updated_at,
                            ),
                            |w| w.write_all(&text).map_err(io),
                        )
                        .with_format(CopyFormat::Text)
                        .execute(pg)?;
                }
                CopyPiece::Persons(_) => {}
                CopyPiece::Memberships(text) => {
                    diesel::copy_from(m::table)
                        .from_raw_data(
                            (
                                m::id,
                                m::person_id,
                                m::association_id,
                                m::external_id,
                                m::member_number,
                                m::branch_id,
                                m::joined_on,
                                m::left_on,
                                m::status,
                                m::sort_given,
                                m::sort_full,
                                m::version,
                                m::created_at,
                                m::updated_at,
                                m::change_seq,
                                m::created_seq,
                            ),
                            |w| w.write_all(&text).map_err(io),
                        )
                        .with_format(CopyFormat::Text)
                        .execute(pg)
                        .map_err(conflict_on_external_id)?;
                }
                CopyPiece::Search(text) => {
                    diesel::copy_from(t::table)
                        .from_raw_data((t::token, t::sort_given, t::membership_id, t::words), |w| {
                            w.write_all(&text).map_err(io)
                        })
                        .with_format(CopyFormat::Text)
                        .execute(pg)?;
                }
            }
        }
        match builder.join() {
            Ok(created) => Ok(created),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Formats one chunk of new members for [`copy_run_pg`]: returns the people's `COPY` text,
/// and adds the memberships' lines (with their sort keys) to `members` and their search rows
/// to `search`, to be sorted and copied after the run's people.
fn copy_chunk(
    chunk: &[(PersonData, MembershipData)],
    ids: &[NewIds],
    association_id: i64,
    seq: i64,
    now: &str,
    members: &mut Vec<SortedLine>,
    search: &mut Vec<SearchEntry>,
) -> Vec<u8> {
    let date = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let mut persons = Vec::with_capacity(chunk.len() * 200);
    let (association, seq) = (association_id.to_string(), seq.to_string());
    for ((person, membership), ids) in chunk.iter().zip(ids) {
        let v = person_values(person);
        let (sort_given, sort_full) = sort_keys(&person.full_name);
        let (birth_date, birth_year) = (date(v.birth_date), v.birth_year.map(|y| y.to_string()));
        let (person_id, membership_id) = (ids.person_id.to_string(), ids.membership_id.to_string());
        copy_row(
            &mut persons,
            &[
                Some(&person_id),
                Some(v.full_name),
                Some(&v.family_name),
                v.middle_name.as_deref(),
                Some(&v.given_name),
                Some(&v.name_lower),
                Some(&v.name_folded),
                v.gender,
                birth_date.as_deref(),
                birth_year.as_deref(),
                v.ethnicity,
                v.education_level,
                v.academic_title,
                Some(&v.honour_titles),
                v.field_of_expertise,
                v.workplace,
                v.position,
                v.phone,
                v.email,
                v.national_id_hash,
                Some("1"),
                Some(now),
                Some(now),
            ],
        );
        let (joined, left) = (date(membership.joined_on), date(membership.left_on));
        let branch = membership.branch_id.map(|b| b.to_string());
        let mut line = Vec::with_capacity(200);
        copy_row(
            &mut line,
            &[
                Some(&membership_id),
                Some(&person_id),
                Some(&association),
                membership.external_id.as_deref(),
                membership.member_number.as_deref(),
                branch.as_deref(),
                joined.as_deref(),
                left.as_deref(),
                Some(membership.status.code()),
                Some(&sort_given),
                Some(&sort_full),
                Some("1"),
                Some(now),
                Some(now),
                Some(&seq),
                Some(&seq),
            ],
        );
        search.extend(search_entries(ids.membership_id, &person.full_name, &sort_given));
        members.push(((sort_given, ids.membership_id), line));
    }
    persons
}
