//! Member search (`q` on `/api/v1/members`) against its definition, evaluated here by brute
//! force over every member: after folding, each query word starts a different word of the full
//! name, in any order; names holding the exact diacritics typed come first, then the chosen
//! sort. Over seeded random Vietnamese names and queries drawn from them, every sort and scope,
//! page by page through the cursor, under the service's limits and under limits that drive every
//! other way of finding rows; on both backends. `LIENHIEP_TEST_SEED` fixes the seed; a failure
//! prints it.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::demo::Rng;
use lienhiep::domain::vn;
use lienhiep::models::member::{set_search_limits, sort_keys, SearchLimits};
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};
use crate::members::{names, search};

const STAFF: &[Role] = &[Role::Staff];

/// The definition, by trying every assignment of query words to name words (not the service's
/// matching algorithm).
fn brute_match(query: &[String], name: &[String]) -> bool {
    fn assign(query: &[String], name: &[String], used: &mut Vec<bool>) -> bool {
        let Some((first, rest)) = query.split_first() else { return true };
        for (i, word) in name.iter().enumerate() {
            if !used[i] && word.starts_with(first.as_str()) {
                used[i] = true;
                if assign(rest, name, used) {
                    return true;
                }
                used[i] = false;
            }
        }
        false
    }
    assign(query, name, &mut vec![false; name.len()])
}

#[test]
fn words_match_agrees_with_trying_every_assignment() {
    let seed = crate::helpers::test_seed();
    let mut rng = Rng::new(seed);
    let letters = ["a", "an", "anh", "ang", "n", "ng", "nguyen", "b", "ba", "van", "v"];
    let mut matched = 0;
    for case in 0..20_000 {
        let name: Vec<String> = (0..1 + rng.below(5)).map(|_| (*rng.pick(&letters)).to_owned()).collect();
        let query: Vec<String> = (0..rng.below(5)).map(|_| (*rng.pick(&letters)).to_owned()).collect();
        let want = brute_match(&query, &name);
        matched += usize::from(want);
        assert_eq!(vn::words_match(&query, &name), want, "seed {seed}, case {case}: {query:?} in {name:?}");
    }
    assert!(matched > 2_000 && matched < 18_000, "seed {seed}: the cases mix matches and misses ({matched})");
}

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lò", "Giàng", "Cầm", "Quàng", "Vì",
    "Thào", "Mùa", "Lường", "Hà", "Sùng", "An", "Văn",
];
const MIDDLE: &[&str] = &["Văn", "Thị", "Đức", "Thanh", "Minh", "Ngọc", "A", "Hữu", "Thu", "Nguyên", "An"];
const GIVEN: &[&str] = &[
    "An", "Anh", "Ánh", "Ân", "Nguyên", "Vân", "Pọm", "Sùng", "Ón", "Hoa", "Hòa", "Thảo", "Tuấn", "Hùng", "Lan",
    "Ninh", "Thu", "Hà", "Trang", "Trân", "Đức", "Dũng", "Páo", "Văn", "A",
];

/// A Vietnamese name: family, zero to two middle names, given name; now and then written with a
/// hyphen or a full stop, or without its diacritics.
fn name(rng: &mut Rng) -> String {
    let mut words: Vec<String> = vec![(*rng.pick(FAMILY)).to_owned()];
    for _ in 0..rng.below(3) {
        words.push((*rng.pick(MIDDLE)).to_owned());
    }
    words.push((*rng.pick(GIVEN)).to_owned());
    if rng.below(8) == 0 {
        words = words.iter().map(|w| vn::fold(w)).map(|w| capitalized(&w)).collect();
    }
    match rng.below(12) {
        0 if words.len() > 2 => {
            let second = words.remove(1);
            words[0] = format!("{}-{second}", words[0]);
        }
        1 => {
            let i = rng.below(words.len() as u64) as usize;
            words[i].push('.');
        }
        _ => {}
    }
    words.join(" ")
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Vowels with the same base letter: one may replace another ("accents changed").
const VOWELS: &[&str] =
    &["aàáảãạăằắẳẵặâầấẩẫậ", "eèéẻẽẹêềếểễệ", "iìíỉĩị", "oòóỏõọôồốổỗộơờớởỡợ", "uùúủũụưừứửữự", "yỳýỷỹỵ", "dđ"];

fn accents_changed(rng: &mut Rng, text: &str) -> String {
    text.chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            match VOWELS.iter().find(|group| group.contains(lower)) {
                Some(group) if rng.below(3) == 0 => {
                    let options: Vec<char> = group.chars().collect();
                    *rng.pick(&options)
                }
                _ => c,
            }
        })
        .collect()
}

/// A query as people type one, drawn from the names: a whole name, the start of its words, its
/// words in another order, a word twice, accents dropped or changed, one letter, punctuation,
/// other case, or nonsense.
fn query(rng: &mut Rng, names: &[String]) -> String {
    let name = rng.pick(names).clone();
    let mut words: Vec<String> = name.split_whitespace().map(str::to_owned).collect();
    match rng.below(10) {
        0 => {}
        1 => {
            let keep = 1 + rng.below(words.len() as u64) as usize;
            words.truncate(keep);
        }
        2 => {
            words = words
                .iter()
                .map(|w| {
                    let chars: Vec<char> = w.chars().collect();
                    chars[..1 + rng.below(chars.len() as u64) as usize].iter().collect()
                })
                .collect();
        }
        3 => {
            words.reverse();
            words.truncate(2);
        }
        4 => {
            let w = rng.pick(&words).clone();
            words = vec![w.clone(), w];
        }
        5 => return vn::fold(&words.join(" ")),
        6 => return accents_changed(rng, &name),
        7 => return (*rng.pick(&["a", "t", "n", "đ", "A Páo", "thị.", "Nguyễn-Văn", "an an", "ng nguyen"])).to_owned(),
        8 => return words.join(" ").to_uppercase(),
        _ => return (*rng.pick(&["zz", "nguyen zz", "-", "xuan thu", "van van van"])).to_owned(),
    }
    if rng.below(3) == 0 {
        let i = rng.below(words.len() as u64) as usize;
        words[i] = vn::fold(&words[i]);
    }
    words.join(" ")
}

/// The members a search should return, in order: by the definition over `people` (id, name,
/// association, gender), exact diacritics first, then the sort, then id.
fn expected(people: &[(i64, String, i64, &str)], q: &str, sort: &str, keep: impl Fn(i64, &str) -> bool) -> Vec<i64> {
    let query = vn::words(q);
    let exact = vn::normalize_name(q).to_lowercase();
    let ranked = !exact.is_ascii() && !query.is_empty();
    let mut out: Vec<(bool, String, i64)> = people
        .iter()
        .filter(|(_, name, association, gender)| brute_match(&query, &vn::words(name)) && keep(*association, gender))
        .map(|(id, name, _, _)| {
            let later = ranked && !vn::normalize_name(name).to_lowercase().contains(&exact);
            let (given, full) = sort_keys(name);
            let key = match sort {
                "given_name" => given,
                "full_name" => full,
                _ => String::new(),
            };
            (later, key, *id)
        })
        .collect();
    out.sort();
    out.into_iter().map(|e| e.2).collect()
}

/// The most statements a page of a member search may send, whatever the query: one that plans
/// it (counts, the index words a word starts, the total) when something is not known, and the
/// page itself, or the merged heads of several scans and then their rows.
const SEARCH_STATEMENTS: u64 = 3;

/// Pages through `/api/v1/members` with `query`, `limit` rows at a time; the ids in order, the
/// total the first page gave and the most statements a page sent.
async fn page_through(
    app: &TestApp,
    roles: &[Role],
    associations: &[i64],
    query: &[(&str, &str)],
    limit: usize,
) -> (Vec<i64>, i64, u64) {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    let mut total = -1;
    let mut most = 0;
    let limit_text = limit.to_string();
    loop {
        let mut params: Vec<(&str, &str)> = query.to_vec();
        params.push(("limit", &limit_text));
        match &cursor {
            Some(c) => params.push(("cursor", c)),
            None => params.push(("include_total", "true")),
        }
        let uri = format!("/api/v1/members?{}", serde_urlencoded::to_string(&params).expect("query"));
        let before = app.statements.get();
        let res = app.call_as(roles, associations, TestRequest::get().uri(&uri)).await;
        most = most.max(app.statements.get() - before);
        assert_eq!(res.status, 200, "{uri}: {:?}", res.body);
        let page = res.json();
        if cursor.is_none() {
            total = page["total"].as_i64().expect("total");
        }
        let items = page["items"].as_array().expect("items");
        assert!(items.len() <= limit);
        ids.extend(items.iter().map(|m| m["id"].as_i64().expect("id")));
        match page["next_cursor"].as_str() {
            Some(c) => {
                assert_eq!(items.len(), limit, "{uri}: a page before the last is full");
                cursor = Some(c.to_owned());
            }
            None => break,
        }
        assert!(ids.len() < 1_000, "paging does not end: {query:?}");
    }
    (ids, total, most)
}

async fn add(app: &TestApp, association: i64, body: Value) -> TestResponse {
    app.call_as(STAFF, &[], json(TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")), body))
        .await
}

/// Held by the tests that set the search limits or depend on them: the limits are the
/// process's, and tests run in parallel.
static LIMITS_HELD: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Puts the service's limits back when dropped, also when a test fails.
struct DefaultLimitsAfter;

impl Drop for DefaultLimitsAfter {
    fn drop(&mut self) {
        set_search_limits(SearchLimits::DEFAULT);
    }
}

/// Limits under which every query takes the other ways of finding rows: no merged scans of the
/// index, every word left to the sorted scan, every scope "small".
const OTHER_WAYS: SearchLimits = SearchLimits { narrow_cap: 0, merge_max_tokens: 0, small_scope: usize::MAX };
/// Limits under which every scope is "large", and every word resolved to its memberships.
const INDEX_WAYS: SearchLimits = SearchLimits { narrow_cap: usize::MAX, merge_max_tokens: 10_000, small_scope: 0 };
/// Limits under which a word with more than two name words starting with it is read without
/// the merged scans, and one with fewer with them: both in one run.
const FEW_TOKENS: SearchLimits = SearchLimits { narrow_cap: usize::MAX, merge_max_tokens: 2, small_scope: 0 };

#[actix_web::test]
async fn search_equals_the_definition_over_generated_names() {
    let _held = LIMITS_HELD.lock().await;
    let _restore = DefaultLimitsAfter;
    let seed = crate::helpers::test_seed();
    let mut rng = Rng::new(seed);
    let app = TestApp::spawn().await;
    let associations = [
        create_ok(&app, "Hội Khuyến học").await,
        create_ok(&app, "Hội Y học").await,
        create_ok(&app, "Hội Nông dân").await,
    ];
    let mut people: Vec<(i64, String, i64, &str)> = Vec::new();
    let mut names = Vec::new();
    for _ in 0..70 {
        let name = name(&mut rng);
        let association = *rng.pick(&associations);
        let gender = *rng.pick(&["male", "female"]);
        let res = add(&app, association, json!({"full_name": name, "gender": gender})).await;
        assert_eq!(res.status, 201, "seed {seed}: {name}: {:?}", res.body);
        people.push((res.json()["id"].as_i64().expect("id"), name.clone(), association, gender));
        names.push(name);
    }
    let mut cases = 0;
    let mut found = 0;
    for limits in [SearchLimits::DEFAULT, OTHER_WAYS, INDEX_WAYS, FEW_TOKENS] {
        set_search_limits(limits);
        for _ in 0..300 {
            let q = query(&mut rng, &names);
            let sort = *rng.pick(&["given_name", "full_name", "created_at"]);
            let limit = 1 + rng.below(9) as usize;
            let scope = rng.below(4);
            let a = *rng.pick(&associations);
            let a_text = a.to_string();
            let mut params: Vec<(&str, &str)> = vec![("q", &q), ("sort", sort)];
            let (roles, managed): (&[Role], Vec<i64>) = match scope {
                0 => (STAFF, vec![]),
                1 => {
                    params.push(("association_id", &a_text));
                    (STAFF, vec![])
                }
                2 => (&[Role::AssociationManager], vec![a, associations[0]]),
                _ => {
                    params.push(("gender", "female"));
                    (STAFF, vec![])
                }
            };
            let want = expected(&people, &q, sort, |association, gender| match scope {
                1 => association == a,
                2 => association == a || association == associations[0],
                3 => gender == "female",
                _ => true,
            });
            let (got, total, statements) = page_through(&app, roles, &managed, &params, limit).await;
            assert_eq!(got, want, "seed {seed}, limits {limits:?}: q={q:?} sort={sort} scope {scope} limit {limit}");
            assert!(
                statements <= SEARCH_STATEMENTS,
                "seed {seed}, limits {limits:?}: q={q:?} sort={sort} scope {scope}: a page sent {statements} statements"
            );
            assert_eq!(total, want.len() as i64, "seed {seed}: the total of q={q:?} scope {scope}");
            cases += 1;
            found += usize::from(!want.is_empty());
        }
    }
    assert!(found * 3 > cases, "seed {seed}: most queries find someone ({found} of {cases})");
}

#[actix_web::test]
async fn search_pages_equal_a_brute_force_search_for_every_sort_and_scope() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let b = create_ok(&app, "Hội Y học").await;
    let people = [
        ("Nguyễn Văn An", a, "male"),
        ("Nguyễn Văn Anh", b, "male"),
        ("Nguyễn Thị Ánh", a, "female"),
        ("Trần Thị Ân", a, "female"),
        ("Anh Văn An", b, "male"),
        ("An Thị Thảo", a, "female"),
        ("Đặng Thị Hoa", a, "female"),
        ("Dang Thi Hoa", b, "female"),
        ("Đặng Văn Thanh", b, "male"),
        ("Lò Văn Pọm", a, "male"),
        ("Thào A Sùng", a, "male"),
        ("Nguyễn Thanh Thảo", b, "female"),
        ("Hà Thị Thu", a, "female"),
        ("Bùi Văn Thắng", a, "male"),
        ("Vì Thị An", b, "female"),
        ("Nguyễn Thị Thu Hà", a, "female"),
        ("Nguyễn Văn Nguyên", b, "male"),
        ("Nguyễn-Văn Thị.", a, "male"),
    ];
    let mut rows = Vec::new();
    for (name, association, gender) in people {
        let res = add(&app, association, json!({"full_name": name, "gender": gender})).await;
        assert_eq!(res.status, 201, "{:?}", res.body);
        rows.push((res.json()["id"].as_i64().expect("id"), name.to_owned(), association, gender));
    }
    let queries = [
        "an",
        "th",
        "Đặng",
        "van an",
        "thi",
        "a",
        "nguyen th",
        "Thảo",
        "hoa dang",
        "zz",
        "an an",
        "nguyen nguyen",
        "nguyen-van",
        "thi.",
        "ng nguyen",
        "Nguyễn Văn",
    ];
    let sorts = ["given_name", "full_name", "created_at"];
    type Scope<'s> = (&'s [Role], Vec<i64>, Vec<(&'s str, String)>);
    let scopes: Vec<Scope> = vec![
        (STAFF, vec![], vec![]),
        (STAFF, vec![], vec![("association_id", b.to_string())]),
        (&[Role::AssociationManager], vec![a], vec![]),
        (STAFF, vec![], vec![("gender", "female".to_owned())]),
    ];
    for q in queries {
        for sort in sorts {
            for (roles, managed, extra) in &scopes {
                let want = expected(&rows, q, sort, |association, gender| {
                    (managed.is_empty() || managed.contains(&association))
                        && extra.iter().all(|(k, v)| match *k {
                            "association_id" => association.to_string() == *v,
                            "gender" => gender == v,
                            _ => unreachable!(),
                        })
                });
                let mut query: Vec<(&str, &str)> = vec![("q", q), ("sort", sort)];
                query.extend(extra.iter().map(|(k, v)| (*k, v.as_str())));
                let (got, total, statements) = page_through(&app, roles, managed, &query, 2).await;
                assert_eq!(got, want, "q={q} sort={sort} roles={roles:?} extra={extra:?}");
                assert!(statements <= SEARCH_STATEMENTS, "q={q} sort={sort}: a page sent {statements} statements");
                assert_eq!(total, want.len() as i64, "q={q}: total");
            }
        }
    }
}

#[actix_web::test]
async fn whom_a_search_finds_does_not_depend_on_who_else_exists() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let ok = |res: TestResponse| assert_eq!(res.status, 201, "{:?}", res.body);
    ok(add(&app, association, json!({"full_name": "Nguyễn Văn An"})).await);
    assert_eq!(search(&app, "nguyen an").await, ["Nguyễn Văn An"]);
    ok(add(&app, association, json!({"full_name": "Nguyễn An Ninh"})).await);
    // Sorted by given name: An before Ninh.
    assert_eq!(search(&app, "nguyen an").await, ["Nguyễn Văn An", "Nguyễn An Ninh"]);
    for name in ["Lò Văn Nguyên", "Nguyễn Thị Vân", "Trần Văn Nguyễn"] {
        ok(add(&app, association, json!({"full_name": name})).await);
    }
    let mut forward = search(&app, "nguyen van").await;
    let mut backward = search(&app, "van nguyen").await;
    forward.sort();
    backward.sort();
    assert_eq!(forward, backward, "the order of the words does not matter");
    assert_eq!(forward, ["Lò Văn Nguyên", "Nguyễn Thị Vân", "Nguyễn Văn An", "Trần Văn Nguyễn"]);
    // A word twice needs two name words; punctuation separates words.
    assert!(search(&app, "nguyen nguyen").await.is_empty());
    ok(add(&app, association, json!({"full_name": "Nguyễn-Văn Nguyên"})).await);
    assert_eq!(search(&app, "nguyen nguyen").await, ["Nguyễn-Văn Nguyên"]);
    assert_eq!(search(&app, "Nguyên, Văn; Nguyễn").await, ["Nguyễn-Văn Nguyên"]);
}

#[actix_web::test]
async fn a_cursor_is_bound_to_its_query_and_shows_no_name() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    for name in ["Nguyễn Văn An", "Nguyễn Thị Ánh", "Nguyễn Văn Bình", "Trần Văn Cường", "Nguyễn Hữu Đức"]
    {
        assert_eq!(add(&app, association, json!({"full_name": name})).await.status, 201);
    }
    let first = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/members?q=nguyen&limit=2")).await.json();
    let cursor = first["next_cursor"].as_str().expect("a next page").to_owned();
    // Its content cannot be read: no name, folded or not, in it or in its base64 decoding.
    use base64::Engine;
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&cursor).expect("base64");
    let text = String::from_utf8_lossy(&raw).to_lowercase();
    for readable in ["nguyen", "nguy", "\"k\"", "{"] {
        assert!(!text.contains(readable), "{readable} in {text}");
    }
    let next = |params: &str| format!("/api/v1/members?{params}&limit=2&cursor={cursor}");
    let res = app.call_as(STAFF, &[], TestRequest::get().uri(&next("q=nguyen"))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert!(names(&res.json()).iter().all(|n| n.starts_with("Nguyễn")));
    for other in ["q=tran", "q=", "q=nguyen&gender=female", "q=nguyen&sort=full_name", "q=Nguy%E1%BB%85n"] {
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(&next(other))).await;
        let problem = res.assert_problem(400, "bad_request");
        assert!(problem["detail"].as_str().expect("detail").contains("cursor"), "{other}: {problem}");
    }
    // Another role's scope is another list too.
    let res = app.call_as(&[Role::AssociationManager], &[association], TestRequest::get().uri(&next("q=nguyen"))).await;
    res.assert_problem(400, "bad_request");
}

#[actix_web::test]
async fn an_index_built_under_the_old_word_rule_is_rebuilt_once() {
    use diesel::prelude::*;
    use lienhiep::db::schema::{counters as c, member_search as t};
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let hyphen = add(&app, association, json!({"full_name": "Nguyễn-Văn An"})).await.json()["id"].as_i64().expect("id");
    assert_eq!(add(&app, association, json!({"full_name": "Trần Văn Ba"})).await.status, 201);
    let mut conn = app.conn();
    // As the index was before: words cut at spaces only.
    diesel::delete(t::table.filter(t::membership_id.eq(hyphen).and(t::token.ne("an"))))
        .execute(&mut *conn)
        .expect("rows");
    let sort_given: String =
        t::table.filter(t::membership_id.eq(hyphen)).select(t::sort_given).first(&mut *conn).expect("row");
    diesel::insert_into(t::table)
        .values((
            t::token.eq("nguyen-van"),
            t::sort_given.eq(sort_given),
            t::membership_id.eq(hyphen),
            t::words.eq(" nguyen-van an"),
        ))
        .execute(&mut *conn)
        .expect("old row");
    diesel::update(t::table.filter(t::membership_id.eq(hyphen)))
        .set(t::words.eq(" nguyen-van an"))
        .execute(&mut *conn)
        .expect("old words");
    diesel::update(c::table.filter(c::name.eq("search_words")))
        .set(c::value.eq(0))
        .execute(&mut *conn)
        .expect("counter");
    assert_eq!(search(&app, "van").await, ["Trần Văn Ba"], "the old index misses the hyphenated name");
    assert_eq!(
        lienhiep::models::member::reindex_search(&mut conn).expect("reindex"),
        1,
        "only the name cut differently"
    );
    app.assert_search_index_exact();
    assert_eq!(lienhiep::models::member::reindex_search(&mut conn).expect("again"), 0, "once");
    assert_eq!(search(&app, "van").await, ["Nguyễn-Văn An", "Trần Văn Ba"]);
}

/// The member searches of `scripts/bench` (bench.py `SEARCHES`), and the issue's.
const BENCH_SEARCHES: &[&str] = &[
    "nguyen van an",
    "Lò Thị Hoa",
    "dinh van duc",
    "Giàng A Páo",
    "Cầm Thị Lan",
    "quàng văn hùng",
    "an",
    "thao",
    "Đặng",
    "sung",
    "pom",
    "ha",
    "hoa",
    "tuấn",
    "mùa",
    "lường",
    "cam van",
    "quang thi",
    "hoang van",
    "tran thi",
    "lo thi",
    "nguyen thi",
    "giang a",
    "vi van",
    "nguyen an",
    "van nguyen",
    "nguyen nguyen",
    "an an",
];

/// The statements `run` sends on `conn`, each with its binds written in as SQL literals.
fn statements_of(
    conn: &mut lienhiep::db::DbConnection,
    run: impl FnOnce(&mut lienhiep::db::DbConnection),
) -> Vec<String> {
    use diesel::connection::{Connection, InstrumentationEvent};
    use std::sync::{Arc, Mutex};
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = seen.clone();
    let record = move |event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            sink.lock().expect("sink").push(query.to_string());
        }
    };
    lienhiep::with_backend!(&mut *conn, |c| c.set_instrumentation(record.clone()));
    run(conn);
    lienhiep::with_backend!(&mut *conn, |c| c.set_instrumentation(|_: InstrumentationEvent<'_>| {}));
    let postgres = matches!(conn, lienhiep::db::DbConnection::Pg(_));
    let out = seen.lock().expect("seen").iter().map(|text| with_literals(text, postgres)).collect();
    out
}

/// "SQL -- binds: [\"a\", 51]" as SQL with the binds in place of `$n` (PostgreSQL) or `?`/`?n`.
fn with_literals(text: &str, postgres: bool) -> String {
    let (sql, binds) = text.rsplit_once(" -- binds: ").expect("binds");
    let mut values: Vec<String> = Vec::new();
    let binds = binds.trim();
    let mut chars = binds[1..binds.len() - 1].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('u') => {
                                let code: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                                s.push(char::from_u32(u32::from_str_radix(&code, 16).expect("hex")).expect("char"));
                            }
                            Some('n') => s.push('\n'),
                            Some(other) => s.push(other),
                            None => {}
                        },
                        other => s.push(other),
                    }
                }
                values.push(format!("'{}'", s.replace('\'', "''")));
            }
            ',' | ' ' => {}
            '[' => {
                // An array (PostgreSQL's `= ANY`): of ids.
                let items: String = chars.by_ref().take_while(|c| *c != ']').collect();
                values.push(format!("ARRAY[{items}]::bigint[]"));
            }
            first => {
                let mut v = first.to_string();
                while let Some(c) = chars.peek().copied().filter(|c| *c != ',') {
                    v.push(c);
                    chars.next();
                }
                values.push(v);
            }
        }
    }
    let mut out = String::new();
    let mut rest = sql.chars().peekable();
    let mut next = 0;
    while let Some(c) = rest.next() {
        if (c == '$' && postgres) || (c == '?' && !postgres) {
            let digits: String = std::iter::from_fn(|| rest.next_if(char::is_ascii_digit)).collect();
            let index = if digits.is_empty() {
                next += 1;
                next - 1
            } else {
                digits.parse::<usize>().expect("index") - 1
            };
            out.push_str(&values[index]);
        } else {
            out.push(c);
        }
    }
    out
}

/// The plan lines of `sql` that read a whole table of members (or all of its index): a
/// sequential scan, or an index scan without an index condition.
fn full_scans(conn: &mut lienhiep::db::DbConnection, sql: &str) -> Vec<String> {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct PgLine {
        #[diesel(sql_type = diesel::sql_types::Text, column_name = "QUERY PLAN")]
        line: String,
    }
    #[derive(QueryableByName)]
    struct SqliteLine {
        #[diesel(sql_type = diesel::sql_types::Text)]
        detail: String,
    }
    const TABLES: [&str; 3] = ["memberships", "persons", "member_search"];
    match conn {
        lienhiep::db::DbConnection::Pg(pg) => {
            // On a test's few rows every table is cheaper to read whole (or to merge or hash
            // whole): ask for the plan the planner makes when it can avoid that, as it does at
            // scale. A query that has no other way still reads every row.
            for setting in ["enable_seqscan", "enable_mergejoin", "enable_hashjoin"] {
                diesel::sql_query(format!("SET {setting} = off")).execute(pg).expect("set");
            }
            let lines: Vec<String> = diesel::sql_query(format!("EXPLAIN {sql}"))
                .load::<PgLine>(pg)
                .expect("explain")
                .into_iter()
                .map(|l| l.line)
                .collect();
            diesel::sql_query("RESET ALL").execute(pg).expect("reset");
            let mut out = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                let scan = ["Seq Scan", "Index Scan", "Index Only Scan"].iter().any(|s| line.contains(s));
                if !scan || !TABLES.iter().any(|t| line.contains(&format!(" on {t}"))) {
                    continue;
                }
                let indent = line.len() - line.trim_start().len();
                let conditioned = lines[i + 1..]
                    .iter()
                    .take_while(|l| l.len() - l.trim_start().len() > indent && !l.trim_start().starts_with("->"))
                    .any(|l| l.contains("Index Cond"));
                if line.contains("Seq Scan") || !conditioned {
                    out.push(line.trim().to_owned());
                }
            }
            out
        }
        lienhiep::db::DbConnection::Sqlite(lite) => diesel::sql_query(format!("EXPLAIN QUERY PLAN {sql}"))
            .load::<SqliteLine>(lite)
            .expect("explain")
            .into_iter()
            .map(|l| l.detail)
            .filter(|d| {
                let scanned = d.strip_prefix("SCAN ").map(|rest| rest.split(' ').next().unwrap_or(""));
                scanned.is_some_and(|t| TABLES.contains(&t) || ["m", "p", "s", "word"].contains(&t))
            })
            .collect(),
    }
}

#[actix_web::test]
async fn no_search_reads_every_member() {
    use lienhiep::models::member::{self, Filter, Sort};
    let _held = LIMITS_HELD.lock().await;
    let mut rng = Rng::new(7);
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let mut rows = String::from("external_id,full_name\n");
    let names =
        (0..400).map(|_| name(&mut rng).replace(['-', '.'], " ")).chain(BENCH_SEARCHES.iter().map(|q| q.to_string()));
    for (i, name) in names.enumerate() {
        rows.push_str(&format!("M{i},{name}\n"));
    }
    let sync = TestRequest::post()
        .uri(&format!("/api/v1/associations/{association}/roster/sync"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(rows);
    let res = app.call_as(STAFF, &[], sync).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let mut conn = app.conn();
    let whole = "SELECT m.id FROM memberships m WHERE m.sort_given LIKE '%a%'";
    assert!(!full_scans(&mut conn, whole).is_empty(), "the check sees a scan of every member");
    let mut checked = 0;
    for q in BENCH_SEARCHES {
        let exact = vn::normalize_name(q).to_lowercase();
        let mut filter = Filter { exact: (!exact.is_ascii()).then_some(exact), ..Filter::default() };
        filter.search(vn::words(q));
        // From the start (both phases when the query has diacritics), and from a position
        // among the rest.
        let rest = member::After { exact: filter.exact.as_ref().map(|_| false), key: "a".into(), id: 0 };
        for after in [None, Some(rest)] {
            let extras = member::Extras { total: true, association: Some(association) };
            let sql = statements_of(&mut conn, |c| {
                member::find_page(c, &filter, Sort::GivenName, after, 51, extras).expect("find");
            });
            for statement in sql {
                let scans = full_scans(&mut conn, &statement);
                assert!(scans.is_empty(), "q={q:?}: {statement}\nreads every member: {scans:?}");
                checked += 1;
            }
        }
    }
    assert!(checked >= BENCH_SEARCHES.len() * 4, "the searches' statements were seen ({checked})");
}
