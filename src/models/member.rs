//! Members: people and their memberships of associations, the member search index,
//! and the member figures offered to statistics.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{member_figures as mf, member_search as t, memberships as m, persons as p};
use crate::db::version::IfMatch;
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, MembershipStatus};
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "membership";

/// Personal data: shown only to those who need it, masked in audit records.
pub const PERSONAL_FIELDS: &[&str] = &["phone", "email", "birth_date", "ethnicity", "national_id"];

/// A row of `persons`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = p)]
pub struct PersonRow {
    /// Id.
    pub id: i64,
    /// Full name.
    pub full_name: String,
    /// Family name.
    pub family_name: String,
    /// Middle name(s).
    pub middle_name: Option<String>,
    /// Given name.
    pub given_name: String,
    /// Lower-case full name with diacritics.
    pub name_lower: String,
    /// Folded full name.
    pub name_folded: String,
    /// Gender code.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Ethnic group code.
    pub ethnicity: Option<String>,
    /// Education level code.
    pub education_level: Option<String>,
    /// Academic title code.
    pub academic_title: Option<String>,
    /// Honour title codes, comma-separated.
    pub honour_titles: String,
    /// Field of expertise.
    pub field_of_expertise: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// National-ID hash.
    pub national_id_hash: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// The person this one was merged into.
    pub merged_into: Option<i64>,
}

/// A row of `memberships`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = m)]
pub struct MembershipRow {
    /// Id.
    pub id: i64,
    /// Person.
    pub person_id: i64,
    /// Association.
    pub association_id: i64,
    /// The association's own key.
    pub external_id: Option<String>,
    /// Member number.
    pub member_number: Option<String>,
    /// Branch.
    pub branch_id: Option<i64>,
    /// Joined.
    pub joined_on: Option<NaiveDate>,
    /// Left.
    pub left_on: Option<NaiveDate>,
    /// Status code.
    pub status: String,
    /// Sort key by given name.
    pub sort_given: String,
    /// Sort key by full name.
    pub sort_full: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// Change number of the last write.
    pub change_seq: i64,
    /// Change number of the creating write.
    pub created_seq: i64,
}

/// A membership with its person.
pub type Member = (MembershipRow, PersonRow);

/// The content of a person that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonData {
    /// Full name (normalised).
    pub full_name: String,
    /// Gender.
    pub gender: Option<Gender>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Ethnic group code.
    pub ethnicity: Option<String>,
    /// Education level.
    pub education_level: Option<EducationLevel>,
    /// Academic title.
    pub academic_title: Option<AcademicTitle>,
    /// Honour title codes.
    pub honour_titles: Vec<String>,
    /// Field of expertise.
    pub field_of_expertise: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Keyed hash of the national ID (computed by the caller from the number).
    #[serde(rename = "national_id")]
    pub national_id_hash: Option<String>,
}

/// The content of a membership that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembershipData {
    /// The association's own key.
    pub external_id: Option<String>,
    /// Member number.
    pub member_number: Option<String>,
    /// Branch.
    pub branch_id: Option<i64>,
    /// Joined.
    pub joined_on: Option<NaiveDate>,
    /// Left.
    pub left_on: Option<NaiveDate>,
    /// Status.
    pub status: MembershipStatus,
}

/// Family, middle and given names from a full name written family name first.
pub fn split_name(full_name: &str) -> (String, Option<String>, String) {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    match words.as_slice() {
        [] => (String::new(), None, String::new()),
        [only] => ((*only).to_owned(), None, (*only).to_owned()),
        [family, given] => ((*family).to_owned(), None, (*given).to_owned()),
        [family, middle @ .., given] => ((*family).to_owned(), Some(middle.join(" ")), (*given).to_owned()),
    }
}

/// The words of a name ([`vn::words`]), each once: the search index's entries.
pub fn name_tokens(full_name: &str) -> Vec<String> {
    let mut tokens = vn::words(full_name);
    tokens.sort();
    tokens.dedup();
    tokens
}

/// Sort keys: by given name (then family and middle), and by full name.
pub fn sort_keys(full_name: &str) -> (String, String) {
    let (family, middle, given) = split_name(full_name);
    let by_given = match middle {
        Some(mid) => format!("{given} {family} {mid}"),
        None => format!("{given} {family}"),
    };
    (vn::sort_key(&by_given), vn::sort_key(full_name))
}

impl PersonRow {
    /// The editable content.
    pub fn data(&self) -> PersonData {
        PersonData {
            full_name: self.full_name.clone(),
            gender: self.gender.as_deref().and_then(Gender::from_code),
            birth_date: self.birth_date,
            birth_year: self.birth_year,
            ethnicity: self.ethnicity.clone(),
            education_level: self.education_level.as_deref().and_then(EducationLevel::from_code),
            academic_title: self.academic_title.as_deref().and_then(AcademicTitle::from_code),
            honour_titles: self.honour_titles.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            field_of_expertise: self.field_of_expertise.clone(),
            workplace: self.workplace.clone(),
            position: self.position.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            national_id_hash: self.national_id_hash.clone(),
        }
    }
}

impl MembershipRow {
    /// The editable content.
    pub fn data(&self) -> MembershipData {
        MembershipData {
            external_id: self.external_id.clone(),
            member_number: self.member_number.clone(),
            branch_id: self.branch_id,
            joined_on: self.joined_on,
            left_on: self.left_on,
            status: MembershipStatus::from_code(&self.status).unwrap_or(MembershipStatus::Active),
        }
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = p)]
#[diesel(treat_none_as_null = true)]
struct PersonValues<'a> {
    full_name: &'a str,
    family_name: String,
    middle_name: Option<String>,
    given_name: String,
    name_lower: String,
    name_folded: String,
    gender: Option<&'static str>,
    birth_date: Option<NaiveDate>,
    birth_year: Option<i32>,
    ethnicity: Option<&'a str>,
    education_level: Option<&'static str>,
    academic_title: Option<&'static str>,
    honour_titles: String,
    field_of_expertise: Option<&'a str>,
    workplace: Option<&'a str>,
    position: Option<&'a str>,
    phone: Option<&'a str>,
    email: Option<&'a str>,
    national_id_hash: Option<&'a str>,
}

/// The columns of a new membership, all but its id.
#[derive(Insertable)]
#[diesel(table_name = m)]
#[diesel(treat_none_as_null = true)]
struct NewMembership<'a> {
    person_id: i64,
    association_id: i64,
    external_id: Option<&'a str>,
    member_number: Option<&'a str>,
    branch_id: Option<i64>,
    joined_on: Option<NaiveDate>,
    left_on: Option<NaiveDate>,
    status: &'static str,
    sort_given: &'a str,
    sort_full: &'a str,
    change_seq: i64,
    created_seq: i64,
    version: i32,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl<'a> NewMembership<'a> {
    /// Membership `d` of `person_id` in `association_id`, created by change number `seq`.
    fn new(
        person_id: i64,
        association_id: i64,
        d: &'a MembershipData,
        sort_given: &'a str,
        sort_full: &'a str,
        seq: i64,
        now: NaiveDateTime,
    ) -> Self {
        NewMembership {
            person_id,
            association_id,
            external_id: d.external_id.as_deref(),
            member_number: d.member_number.as_deref(),
            branch_id: d.branch_id,
            joined_on: d.joined_on,
            left_on: d.left_on,
            status: d.status.code(),
            sort_given,
            sort_full,
            change_seq: seq,
            created_seq: seq,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }
}

fn person_values(d: &PersonData) -> PersonValues<'_> {
    let (family_name, middle_name, given_name) = split_name(&d.full_name);
    PersonValues {
        full_name: &d.full_name,
        family_name,
        middle_name,
        given_name,
        name_lower: d.full_name.to_lowercase(),
        name_folded: vn::fold(&d.full_name),
        gender: d.gender.map(|g| g.code()),
        birth_date: d.birth_date,
        birth_year: d.birth_year.or(d.birth_date.map(|b| chrono::Datelike::year(&b))),
        ethnicity: d.ethnicity.as_deref(),
        education_level: d.education_level.map(|e| e.code()),
        academic_title: d.academic_title.map(|a| a.code()),
        honour_titles: d.honour_titles.join(","),
        field_of_expertise: d.field_of_expertise.as_deref(),
        workplace: d.workplace.as_deref(),
        position: d.position.as_deref(),
        phone: d.phone.as_deref(),
        email: d.email.as_deref(),
        national_id_hash: d.national_id_hash.as_deref(),
    }
}

/// One row of the search index, ready to insert.
pub type SearchRow = (
    diesel::dsl::Eq<t::token, String>,
    diesel::dsl::Eq<t::sort_given, String>,
    diesel::dsl::Eq<t::membership_id, i64>,
    diesel::dsl::Eq<t::words, String>,
);

/// One entry of the search index: word, sort key, membership, all the name's words.
pub type SearchEntry = (String, String, i64, String);

/// The `words` of a name's index rows: every word of the name after a space, so that
/// `LIKE '% w%'` asks whether some word starts with `w`.
pub fn search_words(full_name: &str) -> String {
    vn::words(full_name).iter().map(|w| format!(" {w}")).collect()
}

/// The search index entries for one membership of a person named `full_name`.
pub fn search_entries<'a>(
    membership_id: i64,
    full_name: &str,
    sort_given: &'a str,
) -> impl Iterator<Item = SearchEntry> + 'a {
    let words = search_words(full_name);
    name_tokens(full_name).into_iter().map(move |token| (token, sort_given.to_owned(), membership_id, words.clone()))
}

/// The rows of the search index for one membership of a person named `full_name`.
pub fn search_rows(membership_id: i64, full_name: &str, sort_given: &str) -> Vec<SearchRow> {
    search_entries(membership_id, full_name, sort_given)
        .map(|(token, sort_given, id, words)| {
            (t::token.eq(token), t::sort_given.eq(sort_given), t::membership_id.eq(id), t::words.eq(words))
        })
        .collect()
}

/// (Re)writes the search index rows of one membership.
pub fn write_search(conn: &mut DbConnection, membership_id: i64, full_name: &str, sort_given: &str) -> QueryResult<()> {
    diesel::delete(t::table.filter(t::membership_id.eq(membership_id))).execute(conn)?;
    let rows = search_rows(membership_id, full_name, sort_given);
    crate::with_backend!(conn, |c| diesel::insert_into(t::table).values(&rows).execute(c))?;
    Ok(())
}

/// The version of the rule that cuts names into search words ([`vn::words`]); the
/// `search_words` counter holds the version the search index was built with.
const SEARCH_WORDS_VERSION: i64 = 1;

/// Re-derives the search index of the names the current rule cuts differently from the
/// index's (before version 1, words were cut at spaces only: the folded name split at spaces),
/// once, when the index is older than the rule. Returns how many persons were re-indexed.
pub fn reindex_search(conn: &mut DbConnection) -> QueryResult<usize> {
    use crate::db::schema::counters as c;
    let built: Option<i64> = c::table.filter(c::name.eq("search_words")).select(c::value).first(conn).optional()?;
    if built.is_none_or(|v| v >= SEARCH_WORDS_VERSION) {
        return Ok(0);
    }
    let mut done = 0;
    let mut after = 0i64;
    loop {
        let persons: Vec<(i64, String, String)> = p::table
            .filter(p::id.gt(after))
            .order(p::id.asc())
            .select((p::id, p::full_name, p::name_folded))
            .limit(5_000)
            .load(conn)?;
        let Some(last) = persons.last().map(|p| p.0) else { break };
        after = last;
        let changed: Vec<(i64, String)> = persons
            .into_iter()
            .filter(|(_, full_name, folded)| {
                let mut old: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
                old.sort_unstable();
                old.dedup();
                name_tokens(full_name) != old
            })
            .map(|(id, full_name, _)| (id, full_name))
            .collect();
        if changed.is_empty() {
            continue;
        }
        write_transaction(conn, |conn| -> QueryResult<()> {
            for (person_id, full_name) in &changed {
                let memberships: Vec<(i64, String)> =
                    m::table.filter(m::person_id.eq(person_id)).select((m::id, m::sort_given)).load(conn)?;
                for (membership_id, sort_given) in memberships {
                    write_search(conn, membership_id, full_name, &sort_given)?;
                }
            }
            Ok(())
        })?;
        done += changed.len();
    }
    diesel::update(c::table.filter(c::name.eq("search_words"))).set(c::value.eq(SEARCH_WORDS_VERSION)).execute(conn)?;
    Ok(done)
}

fn conflict_on_external_id(e: diesel::result::Error) -> ApiError {
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
    let n = diesel::update(m::table.filter(m::id.eq(id).and(m::version.eq(current.0.version))))
        .set((
            m::external_id.eq(membership.external_id.as_deref()),
            m::member_number.eq(membership.member_number.as_deref()),
            m::branch_id.eq(membership.branch_id),
            m::joined_on.eq(membership.joined_on),
            m::left_on.eq(membership.left_on),
            m::status.eq(membership.status.code()),
            m::change_seq.eq(seq),
            m::version.eq(current.0.version + 1),
            m::updated_at.eq(ctx.now),
        ))
        .execute(conn)
        .map_err(conflict_on_external_id)?;
    if n == 0 {
        return Err(ApiError::PreconditionFailed("the member was changed by another request; read it again".into()));
    }
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
/// In a database of 300,000 members that made the first sync of 30,000 about 0.2 s faster on
/// PostgreSQL and 0.3 s on SQLite (BENCHMARKS.md). Only the order of the writes changes: the
/// ids are given in the order of `rows`. Runs bound the memory the sort takes.
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
/// than the rows themselves (a first sync of 30,000 people into a database of 300,000
/// members: 4.3 s in multi-row inserts, 2.8 s in single-row ones; BENCHMARKS.md). A builder
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
/// in key order (copying 30,000 memberships in a database of 300,000 took about 0.3 s less
/// in order than in the file's order, and 100,000 search rows about 0.25 s less).
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
    // Each sequence is looked up once: `nextval(pg_get_serial_sequence(…))` per row made the
    // catalog lookup 30,000 times (84 ms against 9 ms for 30,000 ids). Both tables' ids come in
    // one round trip.
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

/// How the member list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// By given name, Vietnamese order.
    GivenName,
    /// By full name, Vietnamese order.
    FullName,
    /// Oldest first.
    CreatedAt,
}

/// Filters of the member list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only these associations (a manager's own).
    pub association_ids: Option<Vec<i64>>,
    /// Only this branch.
    pub branch_id: Option<i64>,
    /// Only this gender.
    pub gender: Option<Gender>,
    /// Only this ethnic group.
    pub ethnicity: Option<String>,
    /// Only this education level.
    pub education_level: Option<EducationLevel>,
    /// Only this academic title.
    pub academic_title: Option<AcademicTitle>,
    /// Only S&T intellectuals (or only others).
    pub intellectual: Option<bool>,
    /// Only this status.
    pub status: Option<MembershipStatus>,
    /// Born in or after this year.
    pub birth_year_from: Option<i32>,
    /// Born in or before this year.
    pub birth_year_to: Option<i32>,
    /// The search's words ([`vn::words`] of `q`, repeats kept): a member matches when each is
    /// the start of a different word of the name ([`vn::words_match`]). Set with [`Filter::search`].
    pub query: Vec<String>,
    /// The query's words still to be checked in SQL, each once and none the start of another
    /// (that one's check implies it); [`narrow`] may resolve some to `membership_ids`.
    pub words: Vec<String>,
    /// Lower-case query with diacritics, for ranking exact matches first.
    pub exact: Option<String>,
    /// With `exact`: only the names that hold it (`true`) or only the others (`false`).
    pub exact_phase: Option<bool>,
    /// Only these memberships (selective search words resolved through the search index).
    pub membership_ids: Option<Vec<i64>>,
}

impl Filter {
    /// Sets the search words (those of [`vn::words`], repeats kept).
    pub fn search(&mut self, query: Vec<String>) {
        let mut words: Vec<String> = query.clone();
        words.sort();
        words.dedup();
        let implied: Vec<bool> =
            words.iter().map(|w| words.iter().any(|other| other != w && other.starts_with(w.as_str()))).collect();
        self.words = words.into_iter().zip(implied).filter(|(_, implied)| !implied).map(|(w, _)| w).collect();
        self.query = query;
    }

    /// Whether a person of this name matches the search (every member does without one).
    pub fn admits(&self, full_name: &str) -> bool {
        self.query.is_empty() || vn::words_match(&self.query, &vn::words(full_name))
    }

    /// Each distinct query word with how many different name words must start with it: the
    /// query words that start with it. "an an" needs two name words starting with "an"; so does
    /// "an anh". For each word, that many is the definition exactly (two prefixes either nest or
    /// exclude each other, so this is Hall's condition).
    fn needs(&self) -> Vec<(&str, usize)> {
        let mut out: Vec<(&str, usize)> = Vec::new();
        for w in &self.query {
            if !out.iter().any(|(seen, _)| *seen == w.as_str()) {
                out.push((w.as_str(), self.query.iter().filter(|other| other.starts_with(w.as_str())).count()));
            }
        }
        out
    }

    /// The query's words that must start two or more different name words, with how many.
    fn repeated(&self) -> Vec<(&str, usize)> {
        self.needs().into_iter().filter(|(_, times)| *times > 1).collect()
    }

    /// Whether anything but the search words and the exact-diacritics phase narrows the list:
    /// then a scan of the search index must join memberships and persons.
    fn narrows_members(&self) -> bool {
        let mut plain = self.clone();
        plain.query.clear();
        plain.words.clear();
        plain.exact = None;
        plain.exact_phase = None;
        plain != Filter::default() || self.exact_phase.is_some()
    }
}

/// A `LIKE` pattern that a folded name matches when it holds `word` `times` times without
/// overlap: true of every name with that many different words starting with `word` (a search
/// word has only letters and digits, so nothing in it needs escaping).
fn like_repeated(word: &str, times: usize) -> String {
    let mut pattern = String::from("%");
    for _ in 0..times {
        pattern.push_str(word);
        pattern.push('%');
    }
    pattern
}

/// Rows read at most at once while a page is filled from rows the SQL could not rule out.
const CHECK_BATCH: i64 = 2_000;

/// Where member search switches from one way of finding rows to another. The answers never
/// depend on them (tests run every query under other limits to show it); only the cost does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchLimits {
    /// For sorts other than by given name: above this many memberships, a search word is left
    /// to the database as a filter on the sorted scan (matches are then dense, so a page fills
    /// quickly); below it, its memberships are fetched from the search index first.
    pub narrow_cap: usize,
    /// A search word that is the prefix of at most this many distinct name words is searched
    /// by merging one ordered scan of the search index per word (sorted by given name); a
    /// shorter, denser prefix ("t") is left to the sorted scan of all members.
    pub merge_max_tokens: usize,
    /// Below this many memberships in the associations a search is limited to, scanning those
    /// members in sort order beats scanning the search index.
    pub small_scope: usize,
}

impl SearchLimits {
    /// The limits the service runs with.
    pub const DEFAULT: SearchLimits = SearchLimits { narrow_cap: 20_000, merge_max_tokens: 48, small_scope: 5_000 };
}

static LIMITS: [std::sync::atomic::AtomicUsize; 3] = [
    std::sync::atomic::AtomicUsize::new(SearchLimits::DEFAULT.narrow_cap),
    std::sync::atomic::AtomicUsize::new(SearchLimits::DEFAULT.merge_max_tokens),
    std::sync::atomic::AtomicUsize::new(SearchLimits::DEFAULT.small_scope),
];

/// The limits in force.
pub fn search_limits() -> SearchLimits {
    use std::sync::atomic::Ordering::Relaxed;
    SearchLimits {
        narrow_cap: LIMITS[0].load(Relaxed),
        merge_max_tokens: LIMITS[1].load(Relaxed),
        small_scope: LIMITS[2].load(Relaxed),
    }
}

/// Changes the limits for the whole process: for tests that drive every way of finding rows
/// through small data.
pub fn set_search_limits(limits: SearchLimits) {
    use std::sync::atomic::Ordering::Relaxed;
    LIMITS[0].store(limits.narrow_cap, Relaxed);
    LIMITS[1].store(limits.merge_max_tokens, Relaxed);
    LIMITS[2].store(limits.small_scope, Relaxed);
}

// The search index again, for checking further words of a query inside a scan of it.
diesel::alias! {
    const WORD: Alias<Word> = t as word;
}

fn prefix_end(word: &str) -> String {
    format!("{word}\u{10FFFF}")
}

/// Resolves what it can of the search before the page query: for sorts other than by given
/// name, selective words become their memberships. What is left in `filter.words` is checked
/// per row. Only *how* rows are found: the matches are the same either way.
pub fn narrow(conn: &mut DbConnection, filter: &mut Filter, sort: Sort) -> QueryResult<()> {
    if sort == Sort::GivenName {
        // `list` merges ordered scans of the search index.
        return Ok(());
    }
    let narrow_cap = search_limits().narrow_cap;
    let cap = i64::try_from(narrow_cap).unwrap_or(i64::MAX);
    let mut dense = Vec::new();
    let mut ids: Option<std::collections::BTreeSet<i64>> = None;
    for word in std::mem::take(&mut filter.words) {
        let end = prefix_end(&word);
        let found: Vec<i64> = t::table
            .filter(t::token.ge(word.clone()).and(t::token.lt(end)))
            .select(t::membership_id)
            .limit(cap.saturating_add(1))
            .load(conn)?;
        if found.len() > narrow_cap {
            dense.push(word);
            continue;
        }
        let set: std::collections::BTreeSet<i64> = found.into_iter().collect();
        ids = Some(match ids {
            Some(prev) => prev.intersection(&set).copied().collect(),
            None => set,
        });
    }
    filter.words = dense;
    if let Some(ids) = ids {
        filter.membership_ids = Some(ids.into_iter().collect());
    }
    Ok(())
}

/// True when the filter has already found that nothing matches.
pub fn matches_nothing(filter: &Filter) -> bool {
    filter.membership_ids.as_ref().is_some_and(Vec::is_empty)
}

/// Applies every filter but the page position to a boxed query that joins memberships (`m`)
/// and persons (`p`). A macro, because the member list is read from two joins: memberships
/// with persons, and the search index with both.
macro_rules! apply_filters {
    ($query:expr, $filter:expr) => {{
        let filter: &Filter = $filter;
        let mut q = $query;
        if let Some(ids) = &filter.association_ids {
            q = q.filter(m::association_id.eq_any(ids.clone()));
        }
        if let Some(b) = filter.branch_id {
            q = q.filter(m::branch_id.eq(b));
        }
        if let Some(g) = filter.gender {
            q = q.filter(p::gender.eq(g.code()));
        }
        if let Some(e) = &filter.ethnicity {
            q = q.filter(p::ethnicity.eq(e.clone()));
        }
        if let Some(e) = filter.education_level {
            q = q.filter(p::education_level.eq(e.code()));
        }
        if let Some(a) = filter.academic_title {
            q = q.filter(p::academic_title.eq(a.code()));
        }
        if let Some(intellectual) = filter.intellectual {
            let codes: Vec<&str> = EducationLevel::INTELLECTUAL.iter().map(|e| e.code()).collect();
            q = if intellectual {
                q.filter(p::education_level.eq_any(codes))
            } else {
                q.filter(p::education_level.is_null().or(p::education_level.ne_all(codes)))
            };
        }
        if let Some(s) = filter.status {
            q = q.filter(m::status.eq(s.code()));
        }
        if let Some(y) = filter.birth_year_from {
            q = q.filter(p::birth_year.ge(y));
        }
        if let Some(y) = filter.birth_year_to {
            q = q.filter(p::birth_year.le(y));
        }
        if let Some(ids) = &filter.membership_ids {
            q = q.filter(m::id.eq_any(ids.clone()));
        }
        for word in &filter.words {
            // Checked per member on the (membership_id, token) index while members are read
            // in sort order.
            let end = prefix_end(word);
            q = q.filter(diesel::dsl::exists(
                WORD.filter(
                    WORD.field(t::membership_id)
                        .eq(m::id)
                        .and(WORD.field(t::token).ge(word.clone()))
                        .and(WORD.field(t::token).lt(end)),
                ),
            ));
        }
        for (word, times) in filter.repeated() {
            // Necessary, not sufficient: the rows that pass are checked in full by `list`.
            q = q.filter(p::name_folded.like(like_repeated(word, times)));
        }
        if let (Some(phase), Some(exact)) = (filter.exact_phase, &filter.exact) {
            let pattern = crate::db::search::like_contains(exact);
            q = if phase {
                // Written so that PostgreSQL's planner cannot estimate it: it guesses a handful
                // of rows for LIKE '%…%' and would then scan every person instead of reading
                // members in sort order and stopping at a page.
                q.filter(
                    diesel::dsl::sql::<diesel::sql_types::Bool>("(CASE WHEN \"persons\".\"name_lower\" LIKE ")
                        .bind::<diesel::sql_types::Text, _>(pattern)
                        .sql(" ESCAPE '\\' THEN 1 ELSE 0 END) > 0"),
                )
            } else {
                q.filter(p::name_lower.not_like(pattern).escape('\\'))
            };
        }
        q
    }};
}

type Joined<'a> = diesel::dsl::IntoBoxed<'a, diesel::dsl::InnerJoin<m::table, p::table>, MultiBackend>;

fn filtered(filter: &Filter) -> Joined<'_> {
    apply_filters!(m::table.inner_join(p::table).into_boxed::<MultiBackend>(), filter)
}

#[derive(QueryableByName)]
struct Token {
    #[diesel(sql_type = diesel::sql_types::Text)]
    token: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// The distinct words of the search index that start with `word`, at most `max` + 1 of them:
/// one statement that seeks from each word to the next (a skip scan written as a recursive
/// query), however many rows share each word.
fn words_starting(conn: &mut DbConnection, word: &str, max: usize) -> QueryResult<Vec<String>> {
    let step = "SELECT (SELECT s.token FROM member_search s WHERE s.token > w.token AND s.token < {end} \
                ORDER BY s.token LIMIT 1) FROM w WHERE w.token IS NOT NULL";
    let first = "SELECT s.token FROM member_search s WHERE s.token >= {start} AND s.token < {end} \
                 ORDER BY s.token LIMIT 1";
    // SQLite stops a recursive query at a LIMIT inside it; PostgreSQL allows none there and
    // stops at the outer one.
    let sql = match conn.backend() {
        crate::db::Backend::Postgres => format!(
            "WITH RECURSIVE w(token) AS (({first}) UNION ALL {step}) \
             SELECT token FROM w WHERE token IS NOT NULL LIMIT $3"
        )
        .replace("{start}", "$1")
        .replace("{end}", "$2"),
        crate::db::Backend::Sqlite => format!(
            "WITH RECURSIVE w(token) AS (SELECT * FROM ({first}) UNION ALL {step} LIMIT ?3) \
             SELECT token FROM w WHERE token IS NOT NULL"
        )
        .replace("{start}", "?1")
        .replace("{end}", "?2"),
    };
    let found: Vec<Token> = diesel::sql_query(sql)
        .bind::<diesel::sql_types::Text, _>(word)
        .bind::<diesel::sql_types::Text, _>(prefix_end(word))
        .bind::<diesel::sql_types::BigInt, _>(i64::try_from(max).unwrap_or(i64::MAX).saturating_add(1))
        .load(conn)?;
    Ok(found.into_iter().map(|t| t.token).collect())
}

/// How many rows of the search index hold a word starting with `word` (counted up to
/// [`COUNT_CAP`]), as counted at most [`COUNT_TTL`] ago: only the choice of the driving word
/// depends on it, never which rows match, so a count a little out of date costs nothing.
fn rows_starting_cached(conn: &mut DbConnection, word: &str) -> QueryResult<i64> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    use std::time::Instant;
    static COUNTS: OnceLock<Mutex<HashMap<String, (i64, Instant)>>> = OnceLock::new();
    let counts = COUNTS.get_or_init(Mutex::default);
    let known =
        counts.lock().ok().and_then(|c| c.get(word).filter(|(_, at)| at.elapsed() < COUNT_TTL).map(|(n, _)| *n));
    if let Some(n) = known {
        return Ok(n);
    }
    let n = rows_starting(conn, word, COUNT_CAP)?;
    if let Ok(mut c) = counts.lock() {
        if c.len() >= COUNT_ENTRIES {
            c.retain(|_, (_, at)| at.elapsed() < COUNT_TTL);
            if c.len() >= COUNT_ENTRIES {
                c.clear();
            }
        }
        c.insert(word.to_owned(), (n, Instant::now()));
    }
    Ok(n)
}

/// Counts of search-index rows per word are taken up to this many.
const COUNT_CAP: i64 = 100_000;
/// How long a count is used before it is taken again.
const COUNT_TTL: std::time::Duration = std::time::Duration::from_secs(600);
/// How many words' counts are kept at most.
const COUNT_ENTRIES: usize = 10_000;

/// How many rows of the search index hold a word starting with `word`, counted up to `cap`.
fn rows_starting(conn: &mut DbConnection, word: &str, cap: i64) -> QueryResult<i64> {
    let sql = match conn.backend() {
        crate::db::Backend::Postgres => {
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM member_search WHERE token >= $1 AND token < $2 LIMIT $3) r"
        }
        crate::db::Backend::Sqlite => {
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM member_search WHERE token >= ?1 AND token < ?2 LIMIT ?3)"
        }
    };
    let count: Count = diesel::sql_query(sql)
        .bind::<diesel::sql_types::Text, _>(word)
        .bind::<diesel::sql_types::Text, _>(prefix_end(word))
        .bind::<diesel::sql_types::BigInt, _>(cap)
        .get_result(conn)?;
    Ok(count.n)
}

/// A `LIKE` pattern on `member_search.words` that holds when `times` different words of the
/// name start with `word`.
fn words_like(word: &str, times: usize) -> String {
    let mut pattern = String::new();
    for _ in 0..times {
        pattern.push_str("% ");
        pattern.push_str(word);
    }
    pattern.push('%');
    pattern
}

/// A page sorted by given name for a search, read by merging ordered scans of the search index:
/// one per distinct name word that the rarest search word is a prefix of, each stopping at a
/// page's worth of matches. The query's other words are checked on the index row scanned (its
/// `words`), where the definition is exact: for each query word, as many name words start
/// with it as query words do. `None` when the word is too short for that to pay, or the search
/// is limited to associations small enough to scan.
fn merged_search(
    conn: &mut DbConnection,
    filter: &Filter,
    after: Option<&(String, i64)>,
    limit: i64,
) -> Result<Option<Vec<(String, i64)>>, ApiError> {
    let limits = search_limits();
    if let Some(ids) = &filter.association_ids {
        let cap = i64::try_from(limits.small_scope).unwrap_or(i64::MAX);
        let scope: Vec<i64> = m::table
            .filter(m::association_id.eq_any(ids.clone()))
            .select(m::id)
            .limit(cap.saturating_add(1))
            .load(conn)?;
        if scope.len() <= limits.small_scope {
            return Ok(None);
        }
    }
    // The driving word: the one with the fewest rows (counted up to a bound), longest on ties.
    let mut driver = 0;
    if filter.words.len() > 1 {
        let mut best: Option<(i64, std::cmp::Reverse<usize>)> = None;
        for (i, word) in filter.words.iter().enumerate() {
            let key = (rows_starting_cached(conn, word)?, std::cmp::Reverse(word.len()));
            if best.is_none_or(|b| key < b) {
                best = Some(key);
                driver = i;
            }
        }
    }
    let driving = &filter.words[driver];
    let tokens = words_starting(conn, driving, limits.merge_max_tokens)?;
    if tokens.len() > limits.merge_max_tokens {
        return Ok(None);
    }
    // Every distinct query word's condition on `words` (but the driver's own when the token
    // scanned implies it): as many name words start with it as query words do.
    let conditions: Vec<String> = filter
        .needs()
        .into_iter()
        .filter(|(word, times)| word != driving || *times > 1)
        .map(|(word, times)| words_like(word, times))
        .collect();
    let mut rest = filter.clone();
    rest.words.clear();
    rest.query.clear();
    let joined = rest.narrows_members();
    if !joined {
        return Ok(Some(union_scan(conn, &tokens, &conditions, after, limit)?));
    }
    let limit_n = usize::try_from(limit).unwrap_or(0);
    let mut heads: Vec<(String, i64)> = Vec::new();
    for token in tokens {
        // The page's bounds: after the cursor, and before the last row of a full page so far.
        let bound = if heads.len() >= limit_n { heads.get(limit_n.saturating_sub(1)).cloned() } else { None };
        macro_rules! scan {
            ($q:expr) => {{
                let mut q = $q;
                for pattern in &conditions {
                    q = q.filter(t::words.like(pattern.clone()));
                }
                if let Some((key, last)) = after {
                    q = q.filter(
                        t::sort_given.gt(key.clone()).or(t::sort_given.eq(key.clone()).and(t::membership_id.gt(*last))),
                    );
                }
                if let Some((key, last)) = &bound {
                    q = q.filter(
                        t::sort_given.lt(key.clone()).or(t::sort_given.eq(key.clone()).and(t::membership_id.lt(*last))),
                    );
                }
                q.order((t::sort_given.asc(), t::membership_id.asc()))
                    .select((t::sort_given, t::membership_id))
                    .limit(limit)
                    .load::<(String, i64)>(conn)?
            }};
        }
        let rows = if joined {
            scan!(apply_filters!(
                t::table
                    .inner_join(m::table.inner_join(p::table))
                    .filter(t::token.eq(token))
                    .into_boxed::<MultiBackend>(),
                &rest
            ))
        } else {
            scan!(t::table.filter(t::token.eq(token)).into_boxed::<MultiBackend>())
        };
        heads.extend(rows);
        heads.sort();
        heads.dedup();
        heads.truncate(limit_n);
    }
    Ok(Some(heads))
}

#[derive(QueryableByName)]
struct Head {
    #[diesel(sql_type = diesel::sql_types::Text)]
    sort_given: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    membership_id: i64,
}

/// The first `limit` rows after `after`, in given-name order, of the search index rows of
/// `tokens` whose words match every pattern of `conditions`: one ordered, limited scan per
/// token, merged in one statement (`UNION`, not `UNION ALL`: a name with two of the tokens is
/// in two scans, and must count once against the limit).
fn union_scan(
    conn: &mut DbConnection,
    tokens: &[String],
    conditions: &[String],
    after: Option<&(String, i64)>,
    limit: i64,
) -> QueryResult<Vec<(String, i64)>> {
    if tokens.is_empty() {
        return Ok(Vec::new());
    }
    let postgres = matches!(conn.backend(), crate::db::Backend::Postgres);
    let ph = |n: usize| if postgres { format!("${n}") } else { format!("?{n}") };
    // Parameters: the tokens, the patterns, the position after which to start, the limit.
    let patterns = tokens.len();
    let position = patterns + conditions.len();
    let limit_at = position + if after.is_some() { 2 } else { 0 } + 1;
    let mut filter = String::new();
    for c in 0..conditions.len() {
        filter.push_str(&format!(" AND words LIKE {}", ph(patterns + c + 1)));
    }
    if after.is_some() {
        let (key, id) = (ph(position + 1), ph(position + 2));
        filter.push_str(&format!(" AND (sort_given > {key} OR (sort_given = {key} AND membership_id > {id}))"));
    }
    let order = "ORDER BY sort_given, membership_id";
    let arms: Vec<String> = (0..tokens.len())
        .map(|i| {
            format!(
                "SELECT * FROM (SELECT sort_given, membership_id FROM member_search WHERE token = {}{filter} \
                 {order} LIMIT {}) AS a{i}",
                ph(i + 1),
                ph(limit_at)
            )
        })
        .collect();
    let sql =
        format!("SELECT sort_given, membership_id FROM ({}) AS u {order} LIMIT {}", arms.join(" UNION "), ph(limit_at));
    let mut query = diesel::sql_query(sql).into_boxed::<MultiBackend>();
    for token in tokens {
        query = query.bind::<diesel::sql_types::Text, _>(token.clone());
    }
    for pattern in conditions {
        query = query.bind::<diesel::sql_types::Text, _>(pattern.clone());
    }
    if let Some((key, id)) = after {
        query = query.bind::<diesel::sql_types::Text, _>(key.clone()).bind::<diesel::sql_types::BigInt, _>(*id);
    }
    query = query.bind::<diesel::sql_types::BigInt, _>(limit);
    let heads: Vec<Head> = query.load(conn)?;
    Ok(heads.into_iter().map(|h| (h.sort_given, h.membership_id)).collect())
}

/// The sort key of a row for a cursor.
pub fn cursor_key(row: &MembershipRow, sort: Sort) -> String {
    match sort {
        Sort::GivenName => row.sort_given.clone(),
        Sort::FullName => row.sort_full.clone(),
        Sort::CreatedAt => row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
    }
}

/// One page after `after` (sort key, id), at most `limit` rows. The search's SQL only narrows:
/// every row it returns is checked against the definition ([`Filter::admits`]), and when some
/// fail, the page is filled from the rows after them, read in growing batches.
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    sort: Sort,
    after: Option<(String, i64)>,
    limit: i64,
) -> Result<Vec<Member>, ApiError> {
    let wanted = usize::try_from(limit).unwrap_or(0);
    let mut out: Vec<Member> = Vec::new();
    let mut after = after;
    let mut batch = limit;
    loop {
        let rows = candidates(conn, filter, sort, after.take(), batch)?;
        let more = i64::try_from(rows.len()).unwrap_or(i64::MAX) >= batch;
        after = rows.last().map(|(m, _)| (cursor_key(m, sort), m.id));
        out.extend(rows.into_iter().filter(|(_, person)| filter.admits(&person.full_name)));
        if out.len() >= wanted || !more {
            break;
        }
        batch = (batch * 4).min(CHECK_BATCH).max(limit);
    }
    out.truncate(wanted);
    Ok(out)
}

/// The rows after `after` that the filter's SQL does not rule out, at most `limit`.
fn candidates(
    conn: &mut DbConnection,
    filter: &Filter,
    sort: Sort,
    after: Option<(String, i64)>,
    limit: i64,
) -> Result<Vec<Member>, ApiError> {
    if sort == Sort::GivenName && !filter.words.is_empty() {
        if let Some(heads) = merged_search(conn, filter, after.as_ref(), limit)? {
            if heads.is_empty() {
                return Ok(Vec::new());
            }
            let ids: Vec<i64> = heads.iter().map(|h| h.1).collect();
            let mut rows: Vec<Member> = m::table
                .inner_join(p::table)
                .filter(m::id.eq_any(&ids))
                .select((MembershipRow::as_select(), PersonRow::as_select()))
                .load(conn)?;
            rows.sort_by_key(|(row, _)| ids.iter().position(|id| *id == row.id));
            return Ok(rows);
        }
    }
    let mut q = filtered(filter);
    if let Some((key, last)) = after {
        q = match sort {
            Sort::GivenName => q.filter(m::sort_given.gt(key.clone()).or(m::sort_given.eq(key).and(m::id.gt(last)))),
            Sort::FullName => q.filter(m::sort_full.gt(key.clone()).or(m::sort_full.eq(key).and(m::id.gt(last)))),
            Sort::CreatedAt => {
                let at = NaiveDateTime::parse_from_str(&key, "%Y-%m-%dT%H:%M:%S%.f")
                    .map_err(|_| ApiError::BadRequest("cursor is invalid: pass next_cursor unchanged".into()))?;
                q.filter(m::created_at.gt(at).or(m::created_at.eq(at).and(m::id.gt(last))))
            }
        };
    }
    q = match sort {
        Sort::GivenName => q.order((m::sort_given.asc(), m::id.asc())),
        Sort::FullName => q.order((m::sort_full.asc(), m::id.asc())),
        Sort::CreatedAt => q.order((m::created_at.asc(), m::id.asc())),
    };
    Ok(q.limit(limit).select((MembershipRow::as_select(), PersonRow::as_select())).load(conn)?)
}

/// How many memberships pass the filter. When the SQL alone cannot decide (a query word
/// that must start two name words), the names it lets through are checked in batches.
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    if filter.repeated().is_empty() {
        return filtered(filter).count().get_result(conn);
    }
    let mut total = 0;
    let mut after = 0i64;
    loop {
        let rows: Vec<(i64, String)> = filtered(filter)
            .filter(m::id.gt(after))
            .order(m::id.asc())
            .select((m::id, p::full_name))
            .limit(CHECK_BATCH)
            .load(conn)?;
        total += rows.iter().filter(|(_, name)| filter.admits(name)).count() as i64;
        match rows.last() {
            Some((id, _)) if i64::try_from(rows.len()).unwrap_or(0) >= CHECK_BATCH => after = *id,
            _ => return Ok(total),
        }
    }
}

/// The year from which each association's roster is kept here: the year its first
/// membership was recorded. Its member figures come from the roster from that year on, and
/// from its annual reports before.
pub fn roster_since(conn: &mut DbConnection) -> QueryResult<std::collections::HashMap<i64, i32>> {
    use diesel::dsl::min;
    let rows: Vec<(i64, Option<i32>)> = mf::table
        .filter(mf::dimension.eq("recorded").and(mf::change.gt(0)))
        .group_by(mf::association_id)
        .select((mf::association_id, min(mf::year)))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(a, first)| Some((a, first?))).collect())
}

/// The year from which association `association_id`'s roster is kept here (see [`roster_since`]).
pub fn roster_since_of(conn: &mut DbConnection, association_id: i64) -> QueryResult<Option<i32>> {
    use diesel::dsl::min;
    mf::table
        .filter(mf::association_id.eq(association_id))
        .filter(mf::dimension.eq("recorded").and(mf::change.gt(0)))
        .select(min(mf::year))
        .first(conn)
}

/// Members at the end of a year in one association by one breakdown.
#[derive(diesel::QueryableByName)]
struct Cell {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    association_id: i64,
    /// `gender`, `ethnicity` or `education_level`.
    #[diesel(sql_type = diesel::sql_types::Text)]
    dimension: String,
    /// '' where not recorded.
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    members: i64,
}

/// The members at the end of `year` by association and each breakdown: the sums of the
/// yearly changes the triggers keep in `member_figures` (a few rows per association and year,
/// however many members), never the memberships.
fn cells(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Cell>> {
    let p1 = match conn.backend() {
        crate::db::Backend::Postgres => "$1",
        crate::db::Backend::Sqlite => "?",
    };
    let sql = format!(
        "SELECT association_id, dimension, value, CAST(SUM(change) AS BIGINT) AS members FROM member_figures \
         WHERE year <= {p1} AND dimension <> 'recorded' \
         GROUP BY association_id, dimension, value HAVING SUM(change) <> 0"
    );
    diesel::sql_query(sql).bind::<diesel::sql_types::Integer, _>(year).load(conn)
}

fn intellectual(education: &str) -> bool {
    EducationLevel::from_code(education).is_some_and(|e| e.is_intellectual())
}

/// An association's members at the end of each of `years` and the S&T intellectuals among
/// them, from its roster (whether the roster stands for a year is the caller's question): one
/// read of its yearly changes, summed up to each year.
pub fn counts_of(conn: &mut DbConnection, association_id: i64, years: &[i32]) -> QueryResult<Vec<(i64, i64)>> {
    let Some(&last) = years.iter().max() else {
        return Ok(Vec::new());
    };
    let changes: Vec<(i32, String, String, i64)> = mf::table
        .filter(mf::association_id.eq(association_id).and(mf::year.le(last)))
        .filter(mf::dimension.eq_any(["gender", "education_level"]))
        .select((mf::year, mf::dimension, mf::value, mf::change))
        .load(conn)?;
    Ok(years
        .iter()
        .map(|&year| {
            let upto = changes.iter().filter(|c| c.0 <= year);
            let total = upto.clone().filter(|c| c.1 == "gender").map(|c| c.3).sum();
            let intellectual = upto.filter(|c| c.1 == "education_level" && intellectual(&c.2)).map(|c| c.3).sum();
            (total, intellectual)
        })
        .collect())
}

/// The member figures of the associations whose roster was kept here in `year` (see
/// [`roster_since`]), as statistics observations: the members at the end of the year (joined by
/// then, by the join date or else the date the membership was recorded, and not left by then),
/// in total, by gender, ethnicity and education, and the S&T intellectuals.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<crate::domain::statistics::Observation>> {
    use crate::domain::statistics::{Metric, Observation};
    let kept: std::collections::HashSet<i64> =
        roster_since(conn)?.into_iter().filter(|(_, since)| *since <= year).map(|(a, _)| a).collect();
    if kept.is_empty() {
        return Ok(Vec::new());
    }
    type Key = (Metric, i64, Option<(&'static str, String)>);
    let mut sums: std::collections::HashMap<Key, i64> = std::collections::HashMap::new();
    let known = |v: &str| if v.is_empty() { "unknown".to_owned() } else { v.to_owned() };
    for cell in cells(conn, year)?.into_iter().filter(|c| kept.contains(&c.association_id)) {
        let mut add = |metric: Metric, dimension: Option<(&'static str, String)>| {
            *sums.entry((metric, cell.association_id, dimension)).or_default() += cell.members;
        };
        match cell.dimension.as_str() {
            // Every member has one gender value ('' when not recorded): the total counts them.
            "gender" => {
                add(Metric::MembersTotal, None);
                add(Metric::MembersByGender, Some(("gender", known(&cell.value))));
            }
            "ethnicity" => add(Metric::MembersByEthnicity, Some(("ethnicity", known(&cell.value)))),
            "education_level" => {
                add(Metric::MembersByEducation, Some(("education_level", known(&cell.value))));
                if intellectual(&cell.value) {
                    add(Metric::IntellectualMembers, None);
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<Observation> = sums
        .into_iter()
        .map(|((metric, association, dimension), value)| Observation {
            metric,
            year,
            association_id: Some(association),
            dimension: dimension.map(|(name, v)| (name.to_owned(), v)),
            value,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.metric.code(), a.association_id, &a.dimension).cmp(&(b.metric.code(), b.association_id, &b.dimension))
    });
    Ok(out)
}

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
        q = q.filter(m::status.eq(s.code()));
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
        .filter(m::change_seq.gt(seq).or(m::change_seq.eq(seq).and(m::id.gt(id))))
        .order((m::change_seq.asc(), m::id.asc()))
        .limit(limit)
        .select((MembershipRow::as_select(), PersonRow::as_select()))
        .load(conn)
}
