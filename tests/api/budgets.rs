//! Statement budgets: how many SQL statements one request sends, counted on the pool's
//! connections, on whichever backend the suite runs. An N+1 or an extra round trip fails here, not in a benchmark. Each request
//! is sent twice and the second one counted, so that work done once (figures computed for a
//! data version) is not charged to every request. The budgets are today's counts: lowering
//! one is a change to this table.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::json;

use crate::associations::create_ok;
use crate::helpers::{add_member, TestApp};

const STAFF: &[Role] = &[Role::Staff];

#[actix_web::test]
async fn reads_send_no_more_statements_than_their_budget() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Tin học tỉnh").await;
    let mut first = 0;
    for i in 0..40 {
        let given = ["An", "Bình", "Chi", "Dũng", "Hoa"][i % 5];
        let member = add_member(&app, a, json!({"full_name": format!("Nguyễn Văn {given} {i}")})).await;
        if i == 0 {
            first = member["id"].as_i64().expect("id");
        }
    }
    let cursor = {
        let res = app
            .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/members?limit=10")))
            .await;
        assert_eq!(res.status, 200, "{:?}", res.body);
        res.json()["next_cursor"].as_str().expect("a second page").to_owned()
    };
    let routes: Vec<(String, u64)> = vec![
        (format!("/api/v1/associations/{a}"), 1),
        ("/api/v1/associations".into(), 1),
        (format!("/api/v1/members/{first}"), 1),
        (format!("/api/v1/associations/{a}/members?limit=10"), 1),
        (format!("/api/v1/associations/{a}/members?limit=10&cursor={cursor}"), 1),
        // A search: the plan (word counts, index words, the total), then the page or the heads
        // of several scans and their rows, whatever the query (tests/api/member_search.rs
        // asserts it over generated queries).
        ("/api/v1/members?q=nguyen%20van%20an&limit=10".into(), 3),
        ("/api/v1/members?q=hoa&limit=10".into(), 3),
        ("/api/v1/members?q=Nguy%E1%BB%85n%20V%C4%83n&sort=full_name&include_total=true&limit=5".into(), 3),
        (format!("/api/v1/associations/{a}/members?q=an%20an&include_total=true&limit=5"), 3),
        ("/api/v1/statistics/summary".into(), 1),
        // Kept per data version: at most the version, read again after another test's write.
        ("/api/v1/statistics/indicators".into(), 1),
        // As compiled in, rendered once.
        ("/api/v1/reference".into(), 0),
        ("/api/v1/reference/genders".into(), 0),
    ];
    let mut table = String::new();
    let mut over = Vec::new();
    for (path, budget) in &routes {
        let warm = app.call_as(STAFF, &[], TestRequest::get().uri(path)).await;
        assert_eq!(warm.status, 200, "{path}: {:?}", warm.body);
        let before = app.statements.get();
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(path)).await;
        let sent = app.statements.get() - before;
        assert_eq!(res.status, 200, "{path}: {:?}", res.body);
        let shown: String = path.chars().take(80).collect();
        table.push_str(&format!("{sent:>3} of {budget:>2}  GET {shown}\n"));
        if sent > *budget {
            over.push(path.clone());
        }
    }
    eprintln!("statements per request (sent of budget):\n{table}");
    assert!(over.is_empty(), "over their statement budget: {over:?}\n{table}");
    // A roster page with members shows that its association exists; an empty page reads the
    // association, so that one that does not exist is still a 404.
    let empty = create_ok(&app, "Hội chưa có hội viên").await;
    let res = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{empty}/members"))).await;
    assert_eq!((res.status.as_u16(), res.json()["items"].as_array().map(Vec::len)), (200, Some(0)));
    let res = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/associations/987654/members")).await;
    res.assert_problem(404, "not_found");
    // The counter counts: a read that reaches the database sends at least one statement.
    let before = app.statements.get();
    app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}"))).await;
    assert!(app.statements.get() > before, "the counter saw no statement");
}

/// The pool checks a connection on checkout without a statement; a connection that the
/// database ended while it sat in the pool must still never reach a request.
#[actix_web::test]
async fn connections_the_database_ended_are_replaced_without_an_error() {
    use diesel::connection::SimpleConnection;
    use diesel::Connection;
    let app = TestApp::spawn().await;
    let lienhiep::db::DbUrl::Postgres(url) = app.db.url.clone() else {
        eprintln!("skipped: a SQLite connection cannot be ended from outside");
        return;
    };
    let a = create_ok(&app, "Hội Cơ khí tỉnh").await;
    let path = format!("/api/v1/associations/{a}");
    // Several requests at once, so that the pool holds more than one idle connection.
    let first =
        futures_util::future::join_all((0..4).map(|_| app.call_as(STAFF, &[], TestRequest::get().uri(&path)))).await;
    assert!(first.iter().all(|r| r.status == 200));
    let idle = app.state.pool.state().idle_connections;
    assert!(idle >= 1, "the pool keeps its connections");
    let mut admin = diesel::PgConnection::establish(&url).expect("a connection of the test's own");
    admin
        .batch_execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .expect("end the pool's sessions");
    std::thread::sleep(std::time::Duration::from_millis(200));
    for i in 0..8 {
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(&path)).await;
        assert_eq!(res.status, 200, "request {i} after the database ended {idle} pooled sessions: {:?}", res.body);
    }
}

/// A warm summary sends no statement while the data version read for the last one may be
/// reused (this process wrote nothing since, and it is recent); after a write through this
/// process, the next one reads the version again and shows the change.
#[actix_web::test]
async fn a_warm_summary_reuses_the_data_version_until_this_process_writes() {
    use lienhiep::db::data_version::moves;
    use lienhiep::models::statistics::VERSION_REUSE;
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Vật lý tỉnh").await;
    let path = "/api/v1/statistics/summary";
    let first = app.call_as(STAFF, &[], TestRequest::get().uri(path)).await;
    assert_eq!(first.status, 200);
    // Other tests of this process write at the same time, and each write makes the next
    // summary read the version: some of these requests must still find it reusable.
    let mut reused = false;
    for _ in 0..200 {
        let (before, moved, at) = (app.statements.get(), moves(), std::time::Instant::now());
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(path)).await;
        assert_eq!(res.status, 200);
        if moves() == moved && at.elapsed() < VERSION_REUSE / 2 && app.statements.get() == before {
            reused = true;
            break;
        }
    }
    assert!(reused, "no warm summary was answered without a statement");
    add_member(&app, a, json!({"full_name": "Trần Thị Mới"})).await;
    let before = app.statements.get();
    let after_write = app.call_as(STAFF, &[], TestRequest::get().uri(path)).await;
    assert!(app.statements.get() > before, "the version is read again after this process wrote");
    let answer = after_write.json();
    assert!(
        answer["stale"] == true || answer["data_version"].as_i64() > first.json()["data_version"].as_i64(),
        "the answer knows of the write: {answer}"
    );
}

/// A roster page's statement is kept prepared on each connection, one per shape whatever the
/// page size and the cursor's values, and statements of other shapes (a filter on persons'
/// fields) are not kept: what a connection keeps does not grow with the requests it serves.
#[actix_web::test]
async fn connections_keep_page_statements_by_shape_not_by_request() {
    use diesel::sql_types::Text;
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Kept {
        #[diesel(sql_type = Text)]
        statement: String,
    }
    let app = TestApp::spawn().await;
    if !app.db.is_postgres() {
        eprintln!("skipped: SQLite's statement cache cannot be read from outside the connection");
        return;
    }
    let a = create_ok(&app, "Hội Hoá học tỉnh").await;
    for i in 0..30 {
        let gender = if i % 2 == 0 { "female" } else { "male" };
        add_member(&app, a, json!({"full_name": format!("Trần Thị Lan {i}"), "gender": gender})).await;
    }
    let mut sent = 0;
    for limit in 1..=40 {
        for path in [
            format!("/api/v1/associations/{a}/members?limit={limit}"),
            format!("/api/v1/members?limit={limit}"),
            format!("/api/v1/members?gender=female&limit={limit}"),
        ] {
            let first = app.call_as(STAFF, &[], TestRequest::get().uri(&path)).await;
            assert_eq!(first.status, 200, "{path}: {:?}", first.body);
            sent += 1;
            if let Some(cursor) = first.json()["next_cursor"].as_str() {
                let next = format!("{path}&cursor={cursor}");
                let res = app.call_as(STAFF, &[], TestRequest::get().uri(&next)).await;
                assert_eq!(res.status, 200, "{next}: {:?}", res.body);
                sent += 1;
            }
        }
    }
    // Every connection of the pool at once: what each keeps.
    let connections = app.state.pool.state().connections;
    let mut held = Vec::new();
    let mut kept = Vec::new();
    for _ in 0..connections {
        let mut conn = app.state.pool.get().expect("a pooled connection");
        let rows: Vec<Kept> = diesel::sql_query("SELECT statement FROM pg_prepared_statements")
            .load(&mut *conn)
            .expect("kept statements");
        kept.extend(rows.into_iter().map(|r| r.statement));
        held.push(conn);
    }
    let pages = kept.iter().filter(|s| s.contains("ORDER BY memberships.sort_given, memberships.id LIMIT $")).count();
    let filtered = kept.iter().filter(|s| s.contains("persons.gender = $")).count();
    // Four shapes (the union or one association, with a cursor or without) on each connection
    // at most, for 40 page sizes and their cursors.
    let most = 4 * connections as usize;
    eprintln!("kept: {pages} page statements, {filtered} filtered, {} in all, {connections} connections", kept.len());
    assert!(pages >= 1, "no page statement was kept after {sent} requests");
    assert!(pages <= most, "{pages} page statements kept after {sent} requests: at most {most}");
    assert_eq!(filtered, 0, "a page filtered on a person's field was kept");
}
