//! The member search index: one row per word of each member's name.

use diesel::prelude::*;

use super::row::name_tokens;
use crate::db::schema::{member_search as t, memberships as m, persons as p};
use crate::db::{write_transaction, DbConnection};
use crate::domain::vn;

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
