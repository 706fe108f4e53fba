//! Listing and searching members: filters, sorts, keyset pages and the ways of finding the
//! rows of a name search.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Nullable, Text};

use super::row::{Member, MembershipRow, PersonRow};
use crate::db::schema::{memberships as m, persons as p};
use crate::db::sql::Sql;
use crate::db::{Backend, DbConnection, MultiBackend};
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
    /// The query's words to be checked in SQL, each once and none the start of another (that
    /// one's check implies it).
    pub words: Vec<String>,
    /// Lower-case query with diacritics, for ranking exact matches first.
    pub exact: Option<String>,
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

    /// Whether a page of this filter is a statement the connection keeps prepared
    /// ([`Sql::keep`]): a list without a search, of the union or of one association, and of
    /// one branch or status or neither. These are the roster's pages that clients walk; with
    /// the sorts and the cursor or none they make 48 texts at most, whatever the values and
    /// the page size (bound). Filters on persons' fields and searches are planned anew each
    /// time.
    pub fn has_kept_shape(&self) -> bool {
        let rest = Filter { association_ids: None, branch_id: None, status: None, ..self.clone() };
        rest == Filter::default() && self.association_ids.as_ref().is_none_or(|ids| ids.len() == 1)
    }

    /// Whether anything but the search narrows the list: then a scan of the search index must
    /// join memberships and persons.
    fn narrows_members(&self) -> bool {
        let mut plain = self.clone();
        plain.query.clear();
        plain.words.clear();
        plain.exact = None;
        plain != Filter::default()
    }
}

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

fn prefix_end(word: &str) -> String {
    format!("{word}\u{10FFFF}")
}

#[derive(QueryableByName)]
pub(super) struct Count {
    #[diesel(sql_type = BigInt)]
    pub(super) n: i64,
}

/// A count that only decides *how* rows are found (search-index rows per word, memberships in
/// a scope), as taken at most [`COUNT_TTL`] ago: which rows match never depends on it, so a
/// count a little out of date costs nothing.
fn cached_count(key: &str) -> Option<i64> {
    let counts = COUNTS.get_or_init(std::sync::Mutex::default);
    counts.lock().ok().and_then(|c| c.get(key).filter(|(_, at)| at.elapsed() < COUNT_TTL).map(|(n, _)| *n))
}

fn keep_count(key: String, n: i64) {
    let counts = COUNTS.get_or_init(std::sync::Mutex::default);
    if let Ok(mut c) = counts.lock() {
        if c.len() >= COUNT_ENTRIES {
            c.retain(|_, (_, at)| at.elapsed() < COUNT_TTL);
            if c.len() >= COUNT_ENTRIES {
                c.clear();
            }
        }
        c.insert(key, (n, std::time::Instant::now()));
    }
}

type Counts = std::sync::Mutex<std::collections::HashMap<String, (i64, std::time::Instant)>>;
static COUNTS: std::sync::OnceLock<Counts> = std::sync::OnceLock::new();

/// Counts of search-index rows per word and of memberships per scope are taken up to this many.
const COUNT_CAP: i64 = 100_000;
/// How long a count is used before it is taken again.
const COUNT_TTL: std::time::Duration = std::time::Duration::from_secs(600);
/// How many counts are kept at most.
const COUNT_ENTRIES: usize = 10_000;

/// The key of a scope's count: not a search word (those have only letters and digits).
fn scope_key(ids: &[i64]) -> String {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    format!("@{ids:?}")
}

/// A `LIKE` pattern on `member_search.words` that holds when `times` different words of the
/// name start with `word` (a search word has only letters and digits: nothing to escape).
fn words_like(word: &str, times: usize) -> String {
    let mut pattern = String::new();
    for _ in 0..times {
        pattern.push_str("% ");
        pattern.push_str(word);
    }
    pattern.push('%');
    pattern
}

/// Writes `conditions` as a `WHERE` clause.
fn where_all<ST>(q: &mut Sql<ST>, conditions: Vec<Sql>) {
    for (i, c) in conditions.into_iter().enumerate() {
        q.sql(if i == 0 { " WHERE " } else { " AND " });
        q.append(c);
    }
}

fn condition(write: impl FnOnce(&mut Sql)) -> Sql {
    let mut c = Sql::new();
    write(&mut c);
    c
}

/// The filter's conditions on `memberships` and `persons`, but the search words.
fn member_conditions(filter: &Filter, out: &mut Vec<Sql>) {
    if let Some(ids) = &filter.association_ids {
        out.push(condition(|c| {
            c.sql("memberships.association_id IN (").bigs(ids).sql(")");
        }));
    }
    if let Some(b) = filter.branch_id {
        out.push(condition(|c| {
            c.sql("memberships.branch_id = ").big(b);
        }));
    }
    let texts = [
        ("persons.gender = ", filter.gender.map(|g| g.code().to_owned())),
        ("persons.ethnicity = ", filter.ethnicity.clone()),
        ("persons.education_level = ", filter.education_level.map(|e| e.code().to_owned())),
        ("persons.academic_title = ", filter.academic_title.map(|a| a.code().to_owned())),
        ("memberships.status = ", filter.status.map(|s| s.code().to_owned())),
    ];
    for (column, value) in texts {
        if let Some(value) = value {
            out.push(condition(|c| {
                c.sql(column).text(value);
            }));
        }
    }
    if let Some(intellectual) = filter.intellectual {
        out.push(condition(|c| {
            c.sql(if intellectual {
                "persons.education_level IN ("
            } else {
                "(persons.education_level IS NULL OR persons.education_level NOT IN ("
            });
            for (i, e) in EducationLevel::INTELLECTUAL.iter().enumerate() {
                if i > 0 {
                    c.sql(", ");
                }
                c.text(e.code());
            }
            c.sql(if intellectual { ")" } else { "))" });
        }));
    }
    if let Some(y) = filter.birth_year_from {
        out.push(condition(|c| {
            c.sql("persons.birth_year >= ").int(y);
        }));
    }
    if let Some(y) = filter.birth_year_to {
        out.push(condition(|c| {
            c.sql("persons.birth_year <= ").int(y);
        }));
    }
}

/// How a search word is checked on a scan of `memberships`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordCheck {
    /// An index probe per membership scanned (a common word: matches are dense, so a page in
    /// sort order fills quickly).
    Probe,
    /// The memberships with the word, from the search index, before the sort (a rare word).
    Rows,
}

/// The search words' conditions on `memberships`, exact: each word starts some word of the
/// name; a word that must start several different words, on the name's `words`.
fn word_conditions(filter: &Filter, check: impl Fn(usize) -> WordCheck, out: &mut Vec<Sql>) {
    for (i, word) in filter.words.iter().enumerate() {
        out.push(condition(|c| {
            match check(i) {
                WordCheck::Rows => c.sql("memberships.id IN (SELECT membership_id FROM member_search WHERE token >= "),
                WordCheck::Probe => c.sql(
                    "EXISTS (SELECT 1 FROM member_search ws WHERE ws.membership_id = memberships.id AND ws.token >= ",
                ),
            };
            let column = if check(i) == WordCheck::Rows { " AND token < " } else { " AND ws.token < " };
            c.text(word.as_str()).sql(column).text(prefix_end(word)).sql(")");
        }));
    }
    let repeated = filter.repeated();
    if !repeated.is_empty() {
        out.push(condition(|c| {
            c.sql("EXISTS (SELECT 1 FROM member_search ws WHERE ws.membership_id = memberships.id");
            for (word, times) in repeated {
                c.sql(" AND ws.words LIKE ").text(words_like(word, times));
            }
            c.sql(")");
        }));
    }
}

/// Which names a part of the list holds, when exact diacritics rank first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// The names that hold the query's exact diacritics.
    Exact,
    /// The others.
    Rest,
    /// Every name (no ranking).
    All,
}

impl Phase {
    /// Its rank in the list.
    fn rank(self) -> &'static str {
        match self {
            Phase::Exact => "0",
            Phase::Rest | Phase::All => "1",
        }
    }

    fn condition(self, filter: &Filter, out: &mut Vec<Sql>) {
        let Some(exact) = &filter.exact else { return };
        let pattern = crate::db::search::like_contains(exact);
        match self {
            // Written so that PostgreSQL's planner cannot estimate it: it guesses a handful
            // of rows for LIKE '%…%' and would then scan every person instead of reading
            // members in sort order and stopping at a page.
            Phase::Exact => out.push(condition(|c| {
                c.sql("(CASE WHEN persons.name_lower LIKE ").text(pattern).sql(" ESCAPE '\\' THEN 1 ELSE 0 END) > 0");
            })),
            Phase::Rest => out.push(condition(|c| {
                c.sql("persons.name_lower NOT LIKE ").text(pattern).sql(" ESCAPE '\\'");
            })),
            Phase::All => {}
        }
    }
}

/// The sort key column of `memberships`, and the key of a cursor bound as its type.
fn sort_column(sort: Sort) -> &'static str {
    match sort {
        Sort::GivenName => "memberships.sort_given",
        Sort::FullName => "memberships.sort_full",
        Sort::CreatedAt => "memberships.created_at",
    }
}

/// Rows after (`key`, `id`) in the order of (`column`, `id_column`), written so that the scan
/// can seek to the position on an index that leads with `column`.
fn after_condition(sort: Sort, column: &str, id_column: &str, key: &str, id: i64) -> Result<Sql, ApiError> {
    let bind_key = |c: &mut Sql| -> Result<(), ApiError> {
        if sort == Sort::CreatedAt {
            let at = NaiveDateTime::parse_from_str(key, "%Y-%m-%dT%H:%M:%S%.f")
                .map_err(|_| ApiError::BadRequest("cursor is invalid: pass next_cursor unchanged".into()))?;
            c.timestamp(at);
        } else {
            c.text(key);
        }
        Ok(())
    };
    let mut c = Sql::new();
    c.sql(column).sql(" >= ");
    bind_key(&mut c)?;
    c.sql(" AND (").sql(column).sql(" > ");
    bind_key(&mut c)?;
    c.sql(" OR ").sql(id_column).sql(" > ").big(id).sql(")");
    Ok(c)
}

/// The sort key of a row for a cursor.
pub fn cursor_key(row: &MembershipRow, sort: Sort) -> String {
    match sort {
        Sort::GivenName => row.sort_given.clone(),
        Sort::FullName => row.sort_full.clone(),
        Sort::CreatedAt => row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
    }
}

/// Where a page starts: after the row with this sort key and id, among the exact-diacritics
/// matches (`exact: Some(true)`), among the rest (`Some(false)`), or in a list without that
/// ranking (`None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct After {
    /// The phase of the row.
    pub exact: Option<bool>,
    /// Its sort key ([`cursor_key`]).
    pub key: String,
    /// Its membership id.
    pub id: i64,
}

/// What a page asks for besides its rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extras {
    /// How many members pass the filter.
    pub total: bool,
    /// Whether this association exists (asked only if the page is planned anyway).
    pub association: Option<i64>,
}

/// A page as read.
#[derive(Debug)]
pub struct Found {
    /// The rows in list order, each with whether it holds the query's exact diacritics.
    pub rows: Vec<(bool, Member)>,
    /// How many members pass the filter, when asked.
    pub total: Option<i64>,
    /// Whether the association asked about exists, when it was looked at.
    pub association_exists: Option<bool>,
}

/// Keys of the planning statement's rows: a word's count is its index, its continuations
/// `TOKENS` + its index.
const TOKENS: i32 = 1_000;
const SCOPE: i32 = 2_000;
const TOTAL: i32 = 2_001;
const ASSOCIATION: i32 = 2_002;

type PlanRow = (Integer, Nullable<BigInt>, Nullable<Text>);

/// What a page needs to know before it is read: counts of index rows per word and of the
/// scope's memberships (kept for a while, [`cached_count`]), the index words the driving word
/// is the start of, the total, whether the association exists. All of it in one statement,
/// sent only when something is unknown.
#[derive(Default)]
struct Plan {
    counts: Vec<Option<i64>>,
    scope: Option<i64>,
    tokens: Vec<Option<Vec<String>>>,
    total: Option<i64>,
    association_exists: Option<bool>,
}

/// The driving word of a merged search: the one with the fewest index rows, longest on ties.
fn driver(filter: &Filter, counts: &[Option<i64>]) -> Option<usize> {
    if filter.words.len() == 1 {
        return Some(0);
    }
    let mut best: Option<((i64, std::cmp::Reverse<usize>), usize)> = None;
    for (i, word) in filter.words.iter().enumerate() {
        let key = (counts.get(i).copied().flatten()?, std::cmp::Reverse(word.len()));
        if best.is_none_or(|(b, _)| key < b) {
            best = Some((key, i));
        }
    }
    best.map(|(_, i)| i)
}

impl Plan {
    fn make(conn: &mut DbConnection, filter: &Filter, sort: Sort, extras: Extras) -> Result<Plan, ApiError> {
        let limits = search_limits();
        let words = &filter.words;
        let by_given = sort == Sort::GivenName && !words.is_empty();
        let mut plan = Plan {
            counts: words.iter().map(|w| cached_count(w)).collect(),
            scope: filter.association_ids.as_deref().map(scope_key).and_then(|k| cached_count(&k)),
            tokens: vec![None; words.len()],
            ..Plan::default()
        };
        // Counts choose the driving word of a merged search and, for other sorts, how each
        // word is checked.
        let counted = if by_given { words.len() > 1 } else { !words.is_empty() };
        let count_words: Vec<usize> =
            if counted { (0..words.len()).filter(|i| plan.counts[*i].is_none()).collect() } else { Vec::new() };
        let count_scope = by_given && filter.association_ids.is_some() && plan.scope.is_none();
        let may_merge =
            by_given && (filter.association_ids.is_none() || plan.scope.is_none_or(|n| n > limits.small_scope as i64));
        let continued: Vec<usize> = if !may_merge {
            Vec::new()
        } else {
            match driver(filter, &plan.counts) {
                Some(i) => vec![i],
                None => (0..words.len()).collect(),
            }
        };
        if count_words.is_empty() && !count_scope && continued.is_empty() && !extras.total {
            return Ok(plan);
        }
        let postgres = conn.backend() == Backend::Postgres;
        let mut q = Sql::<PlanRow>::new();
        let mut first = true;
        let mut row = |q: &mut Sql<PlanRow>, key: i32| {
            q.sql(if first { "SELECT " } else { " UNION ALL SELECT " }).sql(&key.to_string()).sql(", ");
            first = false;
        };
        for &i in &count_words {
            row(&mut q, i as i32);
            q.sql("(SELECT COUNT(*) FROM (SELECT 1 FROM member_search WHERE token >= ")
                .text(words[i].as_str())
                .sql(" AND token < ")
                .text(prefix_end(&words[i]))
                .sql(" LIMIT ")
                .big(COUNT_CAP)
                .sql(") c), CAST(NULL AS TEXT)");
        }
        if count_scope {
            row(&mut q, SCOPE);
            q.sql("(SELECT COUNT(*) FROM (SELECT 1 FROM memberships WHERE association_id IN (")
                .bigs(filter.association_ids.as_deref().unwrap_or_default())
                .sql(") LIMIT ")
                .big(i64::try_from(limits.small_scope).unwrap_or(i64::MAX).saturating_add(1))
                .sql(") c), CAST(NULL AS TEXT)");
        }
        for &i in &continued {
            row(&mut q, TOKENS + i as i32);
            q.sql("CAST(NULL AS BIGINT), ");
            continuations(&mut q, postgres, &words[i], limits.merge_max_tokens);
        }
        if extras.total {
            row(&mut q, TOTAL);
            q.sql("(SELECT COUNT(*) FROM memberships INNER JOIN persons ON persons.id = memberships.person_id");
            let mut conditions = Vec::new();
            member_conditions(filter, &mut conditions);
            word_conditions(filter, |_| WordCheck::Rows, &mut conditions);
            where_all(&mut q, conditions);
            q.sql("), CAST(NULL AS TEXT)");
        }
        if let Some(id) = extras.association {
            row(&mut q, ASSOCIATION);
            q.sql("(SELECT COUNT(*) FROM associations WHERE id = ").big(id).sql("), CAST(NULL AS TEXT)");
        }
        let rows: Vec<(i32, Option<i64>, Option<String>)> = q.load(conn)?;
        for (key, n, text) in rows {
            match key {
                SCOPE => {
                    plan.scope = n;
                    if let (Some(n), Some(ids)) = (n, &filter.association_ids) {
                        keep_count(scope_key(ids), n);
                    }
                }
                TOTAL => plan.total = n,
                ASSOCIATION => plan.association_exists = n.map(|n| n > 0),
                k if k >= TOKENS => {
                    if let Some(slot) = usize::try_from(k - TOKENS).ok().and_then(|i| plan.tokens.get_mut(i)) {
                        *slot = Some(text.map(|t| t.split(' ').map(str::to_owned).collect()).unwrap_or_default());
                    }
                }
                k => {
                    if let Some(i) = usize::try_from(k).ok().filter(|i| *i < words.len()) {
                        plan.counts[i] = n;
                        if let Some(n) = n {
                            keep_count(words[i].clone(), n);
                        }
                    }
                }
            }
        }
        Ok(plan)
    }
}

/// The distinct words of the search index that start with `word`, at most `max` + 1 of them,
/// as one text (space-separated, `NULL` for none): a scalar subquery that seeks from each word
/// to the next (a skip scan written as a recursive query), however many rows share each word.
fn continuations<ST>(q: &mut Sql<ST>, postgres: bool, word: &str, max: usize) {
    let max = i64::try_from(max).unwrap_or(i64::MAX).saturating_add(1);
    let first = |q: &mut Sql<ST>| {
        q.sql("SELECT s.token FROM member_search s WHERE s.token >= ")
            .text(word)
            .sql(" AND s.token < ")
            .text(prefix_end(word))
            .sql(" ORDER BY s.token LIMIT 1");
    };
    let step = |q: &mut Sql<ST>| {
        q.sql(" UNION ALL SELECT (SELECT s.token FROM member_search s WHERE s.token > w.token AND s.token < ")
            .text(prefix_end(word))
            .sql(" ORDER BY s.token LIMIT 1) FROM w WHERE w.token IS NOT NULL");
    };
    // SQLite stops a recursive query at a LIMIT inside it; PostgreSQL allows none there and
    // stops when its reader has enough.
    q.sql("(WITH RECURSIVE w(token) AS (");
    if postgres {
        q.sql("(");
        first(q);
        q.sql(")");
        step(q);
        q.sql(") SELECT string_agg(token, ' ') FROM (SELECT token FROM w WHERE token IS NOT NULL LIMIT ").big(max);
        q.sql(") x)");
    } else {
        q.sql("SELECT * FROM (");
        first(q);
        q.sql(")");
        step(q);
        q.sql(" LIMIT ").big(max).sql(") SELECT group_concat(token, ' ') FROM w WHERE token IS NOT NULL)");
    }
}

/// How the rows of a page are found.
enum Way {
    /// Merging one ordered scan of the search index per index word the driving word starts
    /// (sorted by given name): the other words are checked on the row scanned, on its `words`.
    Merged(Vec<String>),
    /// Reading memberships in sort order, each word checked as [`WordCheck`] says.
    Sorted(Vec<WordCheck>),
}

impl Way {
    fn of(filter: &Filter, sort: Sort, plan: &Plan) -> Way {
        let limits = search_limits();
        let words = &filter.words;
        if sort != Sort::GivenName || words.is_empty() {
            let checks = plan
                .counts
                .iter()
                .map(|n| match n {
                    Some(n) if *n <= limits.narrow_cap as i64 => WordCheck::Rows,
                    _ => WordCheck::Probe,
                })
                .collect();
            return Way::Sorted(checks);
        }
        let small = filter.association_ids.is_some() && plan.scope.is_some_and(|n| n <= limits.small_scope as i64);
        let tokens = driver(filter, &plan.counts).and_then(|i| plan.tokens.get(i).cloned().flatten());
        match tokens {
            Some(tokens) if !small && tokens.len() <= limits.merge_max_tokens => Way::Merged(tokens),
            _ => Way::Sorted(vec![WordCheck::Probe; words.len()]),
        }
    }
}

type Rows =
    (Integer, diesel::dsl::AsSelect<MembershipRow, MultiBackend>, diesel::dsl::AsSelect<PersonRow, MultiBackend>);

/// What every scan of a page shares.
#[derive(Clone, Copy)]
struct Scans<'a> {
    filter: &'a Filter,
    sort: Sort,
    way: &'a Way,
    limit: i64,
}

/// One ordered, limited scan of a phase: (rank, sort key, membership id), after `after`; with
/// a `gate`, a condition on no row that decides whether the scan runs at all.
fn scan(
    page: &Scans<'_>,
    token: Option<&str>,
    phase: Phase,
    after: Option<&After>,
    gate: Option<Sql>,
) -> Result<Sql, ApiError> {
    let Scans { filter, sort, way, limit } = *page;
    let mut q = Sql::new();
    let mut conditions: Vec<Sql> = gate.into_iter().collect();
    let (column, id_column) = match token {
        Some(token) => {
            let joined = filter.narrows_members() || phase != Phase::All;
            q.sql("SELECT ")
                .sql(phase.rank())
                .sql(" AS ph, member_search.sort_given AS k, member_search.membership_id AS id");
            q.sql(" FROM member_search");
            if joined {
                q.sql(
                    " INNER JOIN memberships ON memberships.id = member_search.membership_id \
                     INNER JOIN persons ON persons.id = memberships.person_id",
                );
            }
            conditions.push(condition(|c| {
                c.sql("member_search.token = ").text(token);
            }));
            // Every distinct query word's condition on `words`: as many name words start with
            // it as query words do. The scanned token is a word of the name, so a query word
            // needed once that it starts with holds already.
            for (word, times) in filter.needs() {
                if times > 1 || !token.starts_with(word) {
                    conditions.push(condition(|c| {
                        c.sql("member_search.words LIKE ").text(words_like(word, times));
                    }));
                }
            }
            if joined {
                member_conditions(filter, &mut conditions);
            }
            ("member_search.sort_given", "member_search.membership_id")
        }
        None => {
            let column = sort_column(sort);
            q.sql("SELECT ").sql(phase.rank()).sql(" AS ph, ").sql(column).sql(" AS k, memberships.id AS id");
            q.sql(" FROM memberships INNER JOIN persons ON persons.id = memberships.person_id");
            member_conditions(filter, &mut conditions);
            if let Way::Sorted(checks) = way {
                word_conditions(filter, |i| checks.get(i).copied().unwrap_or(WordCheck::Probe), &mut conditions);
            }
            (column, "memberships.id")
        }
    };
    phase.condition(filter, &mut conditions);
    if let Some(after) = after {
        conditions.push(after_condition(sort, column, id_column, &after.key, after.id)?);
    }
    where_all(&mut q, conditions);
    q.sql(" ORDER BY ").sql(column).sql(", ").sql(id_column).sql(" LIMIT ").big(limit);
    Ok(q)
}

/// The first `limit` members after `after` that `filter` keeps, in list order: the
/// exact-diacritics matches first when the query has diacritics, then the sort, then the id.
/// At most three statements: the plan, when something is unknown ([`Plan`]); the page, or,
/// when it takes several ordered scans, their merged heads and then the heads' rows.
/// The SQL is the definition exactly ([`Filter::admits`]): for each query word, as many words
/// of the name start with it as query words do.
pub fn find_page(
    conn: &mut DbConnection,
    filter: &Filter,
    sort: Sort,
    after: Option<After>,
    limit: i64,
    extras: Extras,
) -> Result<Found, ApiError> {
    let plan = Plan::make(conn, filter, sort, extras)?;
    let way = Way::of(filter, sort, &plan);
    let mut found = Found { rows: Vec::new(), total: plan.total, association_exists: plan.association_exists };
    let phases: Vec<(Phase, Option<&After>)> = match (&filter.exact, after.as_ref().map(|a| a.exact)) {
        (None, _) => vec![(Phase::All, after.as_ref())],
        (Some(_), None | Some(Some(true))) => vec![(Phase::Exact, after.as_ref()), (Phase::Rest, None)],
        (Some(_), Some(_)) => vec![(Phase::Rest, after.as_ref())],
    };
    let tokens: Vec<Option<&str>> = match &way {
        Way::Merged(tokens) if tokens.is_empty() => return Ok(found),
        Way::Merged(tokens) => tokens.iter().map(|t| Some(t.as_str())).collect(),
        Way::Sorted(_) => vec![None],
    };
    let ranked = filter.exact.is_some();
    let column = sort_column(sort);
    if let ([(phase, after)], [None]) = (&phases[..], &tokens[..]) {
        // One scan of memberships in sort order: the page itself.
        let mut q = Sql::<Rows>::new();
        q.sql("SELECT ").sql(phase.rank()).sql(", ").part(MembershipRow::as_select()).sql(", ");
        q.part(PersonRow::as_select())
            .sql(" FROM memberships INNER JOIN persons ON persons.id = memberships.person_id");
        let mut conditions = Vec::new();
        member_conditions(filter, &mut conditions);
        if let Way::Sorted(checks) = &way {
            word_conditions(filter, |i| checks.get(i).copied().unwrap_or(WordCheck::Probe), &mut conditions);
        }
        phase.condition(filter, &mut conditions);
        if let Some(after) = after {
            conditions.push(after_condition(sort, column, "memberships.id", &after.key, after.id)?);
        }
        where_all(&mut q, conditions);
        q.sql(" ORDER BY ").sql(column).sql(", memberships.id LIMIT ").big(limit);
        if filter.has_kept_shape() {
            q.keep();
        }
        let rows: Vec<(i32, MembershipRow, PersonRow)> = q.load(conn)?;
        found.rows = rows.into_iter().map(|(rank, m, p)| (ranked && rank == 0, (m, p))).collect();
    } else {
        // Several ordered scans, each stopping at a page, merged (`UNION`: a name with two of
        // the tokens is in two scans) and cut to a page; then the rows of those members.
        let scans = Scans { filter, sort, way: &way, limit };
        let arms = |phase: Phase, after: Option<&After>, gated: bool, name: &str| -> Result<Sql, ApiError> {
            let mut out = Sql::new();
            for (i, token) in tokens.iter().enumerate() {
                if i > 0 {
                    out.sql(" UNION ");
                }
                // The rest is read only when the exact matches (`x`) do not fill the page: its
                // scans are long when few names lack the exact diacritics.
                let gate = gated.then(|| {
                    condition(|c| {
                        c.sql("(SELECT COUNT(*) FROM x) < ").big(limit);
                    })
                });
                out.sql("SELECT * FROM (").append(scan(&scans, *token, phase, after, gate)?);
                out.sql(&format!(") {name}{i}"));
            }
            Ok(out)
        };
        let mut q = Sql::<(Integer, BigInt)>::new();
        match phases[..] {
            [(exact, exact_after), (rest, rest_after)] => {
                q.sql("WITH x AS (").append(arms(exact, exact_after, false, "x")?).sql(") ");
                q.sql("SELECT ph, id FROM (SELECT * FROM x UNION ALL SELECT * FROM (");
                q.append(arms(rest, rest_after, true, "r")?).sql(") r");
            }
            _ => {
                let (phase, after) = phases[0];
                q.sql("SELECT ph, id FROM (").append(arms(phase, after, false, "a")?);
            }
        }
        q.sql(") u ORDER BY ph, k, id LIMIT ").big(limit);
        let heads: Vec<(i32, i64)> = q.load(conn)?;
        if !heads.is_empty() {
            let ids: Vec<i64> = heads.iter().map(|h| h.1).collect();
            let rows: Vec<Member> = m::table
                .inner_join(p::table)
                .filter(m::id.eq_any(&ids))
                .select((MembershipRow::as_select(), PersonRow::as_select()))
                .load(conn)?;
            let mut by_id: std::collections::HashMap<i64, Member> = rows.into_iter().map(|r| (r.0.id, r)).collect();
            // A member removed between the two statements is left out.
            found.rows = heads
                .iter()
                .filter_map(|(rank, id)| by_id.remove(id).map(|member| (ranked && *rank == 0, member)))
                .collect();
        }
    }
    debug_assert!(
        found.rows.iter().all(|(_, (_, person))| filter.admits(&person.full_name)),
        "the SQL is the definition"
    );
    Ok(found)
}
