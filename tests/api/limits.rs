//! Request limits (head size, write rate, slow bodies, JSON depth) and concurrent writes, on
//! the backend the suite runs on.

use std::time::Duration;

use actix_web::test::TestRequest;
use actix_web::web::Bytes;
use futures_util::future::join_all;
use futures_util::StreamExt;
use lienhiep::auth::Role;
use serde_json::json;

use crate::helpers::{json, TestApp, TestResponse};

fn create_association(name: &str) -> TestRequest {
    json(TestRequest::post().uri("/api/v1/associations"), json!({"name": name, "kind": "member_association"}))
}

async fn association_count(app: &TestApp) -> usize {
    let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/associations?limit=500")).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    res.json()["items"].as_array().expect("items").len()
}

#[actix_web::test]
async fn a_client_that_writes_too_fast_gets_429_and_others_are_not_held_up() {
    let app = TestApp::spawn_with(|c| c.limits.writes_per_minute = 3).await;
    let fast = app.bearer_for_user(41, &[Role::Admin]);
    let other = app.bearer_for_user(42, &[Role::Admin]);
    // Each write's answer says the policy and what is left of it: 2, 1, 0 writes, the
    // allowance full again in 20, 40, 60 seconds (3 a minute).
    for i in 0..3 {
        let res = app
            .call(create_association(&format!("Hội nhanh {i}")).insert_header(("Authorization", fast.clone())))
            .await;
        assert_eq!(res.status, 201, "{:?}", res.body);
        assert_eq!(res.header("RateLimit-Policy"), Some("\"writes\";q=3;w=60"));
        let left = res.header("RateLimit").expect("RateLimit");
        let (r, t) = left.strip_prefix("\"writes\";r=").and_then(|l| l.split_once(";t=")).expect(left);
        assert_eq!(r, (2 - i).to_string(), "{left}");
        let t: u64 = t.parse().expect("seconds");
        assert!((20 * (i + 1) - 1..=20 * (i + 1)).contains(&t), "{left}");
    }
    let res = app.call(create_association("Hội quá nhanh").insert_header(("Authorization", fast.clone()))).await;
    res.assert_problem(429, "too_many_requests");
    // 3 a minute: the next write is allowed 20 seconds later.
    let retry: u64 = res.header("retry-after").expect("Retry-After").parse().expect("seconds");
    assert!((1..=20).contains(&retry), "Retry-After {retry}");
    assert_eq!(res.header("RateLimit"), Some(format!("\"writes\";r=0;t={retry}").as_str()));
    assert_eq!(res.header("RateLimit-Policy"), Some("\"writes\";q=3;w=60"));
    assert_eq!(association_count(&app).await, 3, "the refused write changed nothing");
    // Reads are not counted, and another client has its own allowance.
    let res = app.call(TestRequest::get().uri("/api/v1/associations").insert_header(("Authorization", fast))).await;
    assert_eq!(res.status, 200);
    assert_eq!((res.header("RateLimit"), res.header("RateLimit-Policy")), (None, None), "reads are not limited");
    let res = app.call(create_association("Hội khác").insert_header(("Authorization", other))).await;
    assert_eq!(res.status, 201, "{:?}", res.body);

    // Without a token, the address is the client.
    let login = |addr: &str| {
        TestRequest::post()
            .uri("/api/v1/auth/token")
            .peer_addr(addr.parse().expect("address"))
            .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
            .set_payload("grant_type=password&username=nobody&password=wrong+password")
    };
    for _ in 0..3 {
        assert_eq!(app.call(login("10.0.0.7:5000")).await.status, 400);
    }
    app.call(login("10.0.0.7:5001")).await.assert_problem(429, "too_many_requests");
    assert_eq!(app.call(login("10.0.0.8:5000")).await.status, 400, "another address");
}

#[actix_web::test]
async fn a_request_head_over_the_limit_is_a_431_problem() {
    let app = TestApp::spawn().await;
    let filler = "x".repeat(20_000);
    let res = app.call(TestRequest::get().uri("/api/v1/associations").insert_header(("X-Filler", filler))).await;
    let problem = res.assert_problem(431, "request_header_fields_too_large");
    assert!(problem["detail"].as_str().expect("detail").contains("16384"), "{problem}");
    let long_query = format!("/api/v1/associations?q={}", "a".repeat(17_000));
    app.call(TestRequest::get().uri(&long_query)).await.assert_problem(431, "request_header_fields_too_large");
    let res = app
        .call_as(&[Role::Admin], &[], create_association("Hội lớn").insert_header(("X-Filler", "y".repeat(17_000))))
        .await;
    res.assert_problem(431, "request_header_fields_too_large");
    assert_eq!(association_count(&app).await, 0);
    // Just under the limit is fine.
    let res = app.call(TestRequest::get().uri("/healthz").insert_header(("X-Filler", "z".repeat(15_000)))).await;
    assert_eq!(res.status, 200);
}

#[actix_web::test]
async fn json_nested_deeper_than_the_parser_allows_is_a_400_problem() {
    let app = TestApp::spawn().await;
    let deep =
        format!("{{\"name\": {}1{}, \"kind\": \"member_association\"}}", "[".repeat(100_000), "]".repeat(100_000));
    let req = TestRequest::post()
        .uri("/api/v1/associations")
        .insert_header(("Content-Type", "application/json"))
        .set_payload(deep);
    let res = app.call_as(&[Role::Admin], &[], req).await;
    res.assert_problem(400, "bad_request");
    // 127 levels are read (and refused as the wrong type), not a parser failure.
    let nested = format!("{{\"name\": {}1{}}}", "[".repeat(120), "]".repeat(120));
    let req = TestRequest::post()
        .uri("/api/v1/associations")
        .insert_header(("Content-Type", "application/json"))
        .set_payload(nested);
    let res = app.call_as(&[Role::Admin], &[], req).await;
    assert!(matches!(res.status.as_u16(), 400 | 422), "{:?}", res.body);
    assert_eq!(association_count(&app).await, 0);
}

/// A POST of an association whose body sends `first`, then the chunks of `rest` each after
/// `pause`, then stalls for ever if `stall`.
fn streamed_create(
    app: &TestApp,
    first: &'static str,
    rest: Vec<&'static str>,
    pause: Duration,
    stall: bool,
) -> actix_http::Request {
    let head = Bytes::from_static(first.as_bytes());
    let chunks = futures_util::stream::iter(
        std::iter::once(head).chain(rest.into_iter().map(|s| Bytes::from_static(s.as_bytes()))),
    )
    .enumerate()
    .then(move |(i, chunk)| async move {
        if i > 0 {
            tokio::time::sleep(pause).await;
        }
        Ok::<_, actix_web::error::PayloadError>(chunk)
    });
    let tail = futures_util::stream::once(async move {
        if stall {
            futures_util::future::pending::<()>().await;
        }
        Ok::<_, actix_web::error::PayloadError>(Bytes::new())
    });
    let body: actix_http::BoxedPayloadStream = Box::pin(chunks.chain(tail));
    let req = TestRequest::post()
        .uri("/api/v1/associations")
        .insert_header(("Content-Type", "application/json"))
        .insert_header(("Authorization", app.bearer(&[Role::Admin], &[])))
        .to_request();
    req.replace_payload(actix_http::Payload::Stream { payload: body }).0
}

#[actix_web::test]
async fn a_body_that_stalls_or_drags_on_is_a_408_and_changes_nothing() {
    let app = TestApp::spawn_with(|c| {
        c.limits.body_idle_timeout = Duration::from_millis(300);
        c.limits.body_timeout = Duration::from_secs(2);
    })
    .await;
    // Stalls after the first bytes.
    let req = streamed_create(&app, "{\"name\": \"Hội ", vec![], Duration::ZERO, true);
    let res: TestResponse = app.call_request(req).await;
    let problem = res.assert_problem(408, "request_timeout");
    assert!(problem["detail"].as_str().expect("detail").contains("without data"), "{problem}");
    // Keeps sending, but too slowly for the whole body: every pause is under the idle limit.
    let slow: Vec<&'static str> = vec!["c", "h", "ậ", "m", "\"", ",", " ", "\"kind\": \"member_association\"}"];
    let req = streamed_create(&app, "{\"name\": \"Hội ", slow, Duration::from_millis(250), false);
    app.call_request(req).await.assert_problem(408, "request_timeout");
    assert_eq!(association_count(&app).await, 0);
    // A body in pieces that arrives in time is fine.
    let parts = vec!["nhanh\", ", "\"kind\": \"member_association\"}"];
    let req = streamed_create(&app, "{\"name\": \"Hội ", parts, Duration::from_millis(50), false);
    let res = app.call_request(req).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    assert_eq!(association_count(&app).await, 1);
}

#[actix_web::test]
async fn concurrent_creates_on_a_unique_key_get_one_201_and_409s() {
    let app = TestApp::spawn().await;
    let answers = join_all((0..8).map(|_| app.call_as(&[Role::Admin], &[], create_association("Hội trùng tên")))).await;
    let created = answers.iter().filter(|r| r.status == 201).count();
    assert_eq!(created, 1, "{:?}", answers.iter().map(|r| r.status.as_u16()).collect::<Vec<_>>());
    for res in answers.iter().filter(|r| r.status != 201) {
        res.assert_problem(409, "conflict");
    }
    assert_eq!(association_count(&app).await, 1);

    let definition = json!({"code": "race", "section": "II", "number": "9", "name_vi": "Chỉ số đua",
        "name_en": "Race indicator", "unit": "count"});
    let answers = join_all((0..8).map(|_| {
        app.call_as(
            &[Role::Staff],
            &[],
            json(TestRequest::post().uri("/api/v1/statistics/indicator-definitions"), definition.clone()),
        )
    }))
    .await;
    let statuses: Vec<u16> = answers.iter().map(|r| r.status.as_u16()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| matches!(s, 201 | 409)), "{statuses:?}");
}

#[actix_web::test]
async fn the_same_idempotency_key_sent_concurrently_writes_once() {
    let app = TestApp::spawn().await;
    let send = || {
        app.call_as(&[Role::Admin], &[], create_association("Hội một lần").insert_header(("Idempotency-Key", "race-1")))
    };
    let answers = join_all((0..8).map(|_| send())).await;
    let statuses: Vec<u16> = answers.iter().map(|r| r.status.as_u16()).collect();
    assert!(statuses.iter().all(|s| matches!(s, 201 | 409)), "{statuses:?}");
    let ids: std::collections::BTreeSet<i64> =
        answers.iter().filter(|r| r.status == 201).map(|r| r.json()["id"].as_i64().expect("id")).collect();
    assert_eq!(ids.len(), 1, "every 201 is the one write or its replay: {statuses:?}");
    for res in answers.iter().filter(|r| r.status == 409) {
        res.assert_problem(409, "conflict");
    }
    assert_eq!(association_count(&app).await, 1);
    // Once it is done, the key replays the answer.
    let replay = send().await;
    assert_eq!(replay.status, 201);
    assert_eq!(replay.json()["id"].as_i64(), ids.first().copied());
}

#[actix_web::test]
async fn many_concurrent_writers_all_succeed_without_a_locked_database() {
    let app = TestApp::spawn().await;
    let answers =
        join_all((0..48).map(|i| app.call_as(&[Role::Admin], &[], create_association(&format!("Hội song song {i}")))))
            .await;
    for res in &answers {
        assert_eq!(res.status, 201, "{:?}", res.body);
    }
    let ids: Vec<i64> = answers.iter().map(|r| r.json()["id"].as_i64().expect("id")).collect();
    // Updates and creates of members at once, on the same associations.
    let writes = ids.iter().take(16).flat_map(|id| {
        [
            json(TestRequest::patch().uri(&format!("/api/v1/associations/{id}")), json!({"short_name": "SS"})),
            json(
                TestRequest::post().uri(&format!("/api/v1/associations/{id}/members")),
                json!({"full_name": "Lê Văn Song"}),
            ),
        ]
    });
    let answers = join_all(writes.map(|req| app.call_as(&[Role::Admin], &[], req))).await;
    for res in &answers {
        assert!(res.status.is_success(), "{} {:?}", res.status, res.body);
    }
    assert_eq!(association_count(&app).await, 48);
}

#[actix_web::test]
async fn reads_wait_for_a_turn_at_the_database_and_writes_never_do() {
    let app = TestApp::spawn_with(|c| c.limits.concurrent_reads = 1).await;
    assert_eq!(association_count(&app).await, 0);
    // Every read turn taken: a read waits, a write goes ahead.
    let held = app.state.read_turns.clone().acquire_many_owned(1).await.expect("turn");
    let read = app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/associations"));
    assert!(actix_web::rt::time::timeout(Duration::from_millis(300), read).await.is_err(), "the read waited");
    let res = app.call_as(&[Role::Admin], &[], create_association("Hội Cơ khí")).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    // Work that is not a request's read takes no turn.
    let pool = app.state.pool.clone();
    assert_eq!(lienhiep::db::run_read(&pool, None, |_| Ok(7)).await.expect("read"), 7);
    drop(held);
    assert_eq!(association_count(&app).await, 1);
}
