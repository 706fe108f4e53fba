//! Listing and searching members: filters, sorts, keyset pages and the ways of finding the
//! rows of a name search.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::row::{Member, MembershipRow, PersonRow};
use crate::db::schema::{member_search as t, memberships as m, persons as p};
use crate::db::{DbConnection, MultiBackend};
use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, MembershipStatus};
use crate::domain::vn;
use crate::error::ApiError;

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
            q = q.filter(p::gender.eq(g));
        }
        if let Some(e) = &filter.ethnicity {
            q = q.filter(p::ethnicity.eq(e.clone()));
        }
        if let Some(e) = filter.education_level {
            q = q.filter(p::education_level.eq(e));
        }
        if let Some(a) = filter.academic_title {
            q = q.filter(p::academic_title.eq(a));
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
            q = q.filter(m::status.eq(s));
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
pub(super) struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub(super) n: i64,
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
                        t::sort_given.ge(key.clone()).and(t::sort_given.gt(key.clone()).or(t::membership_id.gt(*last))),
                    );
                }
                if let Some((key, last)) = &bound {
                    q = q.filter(
                        t::sort_given.le(key.clone()).and(t::sort_given.lt(key.clone()).or(t::membership_id.lt(*last))),
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
        // The leading range lets the scan seek to the position (as every keyset condition).
        filter.push_str(&format!(" AND sort_given >= {key} AND (sort_given > {key} OR membership_id > {id})"));
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
            Sort::GivenName => q.filter(m::sort_given.ge(key.clone()).and(m::sort_given.gt(key).or(m::id.gt(last)))),
            Sort::FullName => q.filter(m::sort_full.ge(key.clone()).and(m::sort_full.gt(key).or(m::id.gt(last)))),
            Sort::CreatedAt => {
                let at = NaiveDateTime::parse_from_str(&key, "%Y-%m-%dT%H:%M:%S%.f")
                    .map_err(|_| ApiError::BadRequest("cursor is invalid: pass next_cursor unchanged".into()))?;
                q.filter(m::created_at.ge(at).and(m::created_at.gt(at).or(m::id.gt(last))))
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
