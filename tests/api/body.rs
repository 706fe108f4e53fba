//! The body budget: each route's limit known before a byte is read (forms and anonymous
//! routes at the JSON limit, file routes at the upload limit), decoded bytes counted against
//! it, a body decoded once, and uploads taking turns.

use std::io::Write;
use std::time::Duration;

use actix_web::test::TestRequest;
use actix_web::web::Bytes;
use futures_util::StreamExt;
use lienhiep::auth::Role;
use serde_json::json;

use crate::associations::create_ok;
use crate::helpers::{TestApp, TestResponse};

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

/// `req` with its body sent as a stream of `chunks` (no `Content-Length`), then, if `stall`,
/// never ending.
fn streamed(req: TestRequest, chunks: Vec<Vec<u8>>, stall: bool) -> actix_http::Request {
    let chunks = futures_util::stream::iter(chunks.into_iter().map(|c| Ok(Bytes::from(c))));
    let tail = futures_util::stream::once(async move {
        if stall {
            futures_util::future::pending::<()>().await;
        }
        Ok::<_, actix_web::error::PayloadError>(Bytes::new())
    });
    let body: actix_http::BoxedPayloadStream = Box::pin(chunks.chain(tail));
    req.to_request().replace_payload(actix_http::Payload::Stream { payload: body }).0
}

fn form(path: &str, body: impl Into<Vec<u8>>) -> TestRequest {
    TestRequest::post()
        .uri(path)
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(body.into())
}

fn create_association(app: &TestApp) -> TestRequest {
    TestRequest::post()
        .uri("/api/v1/associations")
        .insert_header(("Content-Type", "application/json"))
        .insert_header(("Authorization", app.bearer(&[Role::Admin], &[])))
}

async fn association_count(app: &TestApp) -> usize {
    let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/associations?limit=500")).await;
    res.json()["items"].as_array().expect("items").len()
}

fn assert_too_large(res: &TestResponse, limit: &str) {
    let problem = res.assert_problem(413, "payload_too_large");
    assert!(problem["detail"].as_str().expect("detail").contains(limit), "{problem}");
}

#[actix_web::test]
async fn token_and_revoke_bodies_have_the_json_limit_declared_or_streamed() {
    let app = TestApp::spawn().await;
    let big = format!("grant_type=password&username={}&password=x", "a".repeat(2 << 20));
    for path in ["/api/v1/auth/token", "/api/v1/auth/revoke"] {
        assert_too_large(&app.call(form(path, big.clone())).await, "1048576");
        let chunks = big.as_bytes().chunks(64 * 1024).map(<[u8]>::to_vec).collect();
        let req = streamed(
            TestRequest::post().uri(path).insert_header(("Content-Type", "application/x-www-form-urlencoded")),
            chunks,
            false,
        );
        assert_too_large(&app.call_request(req).await, "1048576");
    }
    // A JSON route with an Idempotency-Key reads no more than its own limit either.
    let body = format!(r#"{{"name": "{}", "kind": "member_association"}}"#, "x".repeat(2 << 20));
    let req = create_association(&app).insert_header(("Idempotency-Key", "big-1")).set_payload(body);
    assert_too_large(&app.call(req).await, "1048576");
    assert_eq!(association_count(&app).await, 0);
}

#[actix_web::test]
async fn a_compressed_body_counts_what_it_expands_to() {
    let app = TestApp::spawn().await;
    // 64 MiB of JSON whitespace compress to about 64 KiB.
    let mut inflated = vec![b' '; 64 << 20];
    inflated[0] = b'{';
    let bomb = gzip(&inflated);
    assert!(bomb.len() < 100_000);
    let req = create_association(&app).insert_header(("Content-Encoding", "gzip")).set_payload(bomb.clone());
    assert_too_large(&app.call(req).await, "decoded bytes count");
    let req = form("/api/v1/auth/token", bomb.clone()).insert_header(("Content-Encoding", "gzip"));
    assert_too_large(&app.call(req).await, "decoded bytes count");
    // Streamed in pieces without a length, the same.
    let chunks = bomb.chunks(4096).map(<[u8]>::to_vec).collect();
    let req = streamed(create_association(&app).insert_header(("Content-Encoding", "gzip")), chunks, false);
    assert_too_large(&app.call_request(req).await, "decoded bytes count");
    assert_eq!(association_count(&app).await, 0);
}

#[actix_web::test]
async fn a_compressed_body_is_decoded_once_with_or_without_an_idempotency_key() {
    let app = TestApp::spawn().await;
    for (coding, key) in [("gzip", None), ("gzip", Some("gz-1")), ("deflate", Some("zl-1"))] {
        let name = format!("Hội nén {coding} {key:?}");
        let body = serde_json::to_vec(&json!({"name": name, "kind": "member_association"})).expect("json");
        let encoded = if coding == "gzip" {
            gzip(&body)
        } else {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(&body).expect("zlib");
            e.finish().expect("zlib")
        };
        let mut req = create_association(&app).insert_header(("Content-Encoding", coding));
        if let Some(key) = key {
            req = req.insert_header(("Idempotency-Key", key));
        }
        let res = app.call(req.set_payload(encoded.clone())).await;
        assert_eq!(res.status, 201, "{coding} {key:?}: {:?}", res.body);
        assert_eq!(res.json()["name"], name.as_str());
        if let Some(key) = key {
            let again = create_association(&app)
                .insert_header(("Content-Encoding", coding))
                .insert_header(("Idempotency-Key", key))
                .set_payload(encoded);
            let res = app.call(again).await;
            assert_eq!(res.status, 201, "{:?}", res.body);
            assert_eq!(res.header("idempotency-replayed"), Some("true"));
        }
    }
    assert_eq!(association_count(&app).await, 3);
}

#[actix_web::test]
async fn unknown_codings_are_415_and_broken_ones_400_without_internals() {
    let app = TestApp::spawn().await;
    let req = create_association(&app).insert_header(("Content-Encoding", "br")).set_payload("{}");
    let res = app.call(req).await;
    res.assert_problem(415, "unsupported_media_type");
    assert_eq!(res.header("accept-encoding"), Some("gzip, deflate, identity"));
    let req = create_association(&app).insert_header(("Content-Encoding", "gzip, gzip")).set_payload("{}");
    app.call(req).await.assert_problem(415, "unsupported_media_type");

    let whole = gzip(r#"{"name": "Hội cắt", "kind": "member_association"}"#.as_bytes());
    for broken in [b"definitely not gzip".to_vec(), whole[..whole.len() - 5].to_vec()] {
        let req = create_association(&app).insert_header(("Content-Encoding", "gzip")).set_payload(broken);
        let res = app.call(req).await;
        let problem = res.assert_problem(400, "bad_request");
        let detail = problem["detail"].as_str().expect("detail");
        for internal in ["Custom", "kind:", "Some(", "InvalidInput", "Error"] {
            assert!(!detail.contains(internal), "{detail}");
        }
    }
    assert_eq!(association_count(&app).await, 0);
}

#[actix_web::test]
async fn file_routes_have_the_upload_limit() {
    let app = TestApp::spawn_with(|c| {
        c.upload_limit = 4 << 20;
        c.sync_job_rows = 1_000_000;
    })
    .await;
    let a = create_ok(&app, "Hội Tải lên").await;
    let sync = |body: Vec<u8>| {
        TestRequest::post()
            .uri(&format!("/api/v1/associations/{a}/roster/sync?dry_run=true"))
            .insert_header(("Content-Type", "text/csv"))
            .insert_header(("Authorization", app.bearer(&[Role::Staff], &[])))
            .set_payload(body)
    };
    // 2 MiB of roster: over the JSON limit, under the upload limit.
    let mut csv = String::from("external_id,full_name,workplace\n");
    let mut i = 0;
    while csv.len() < 2 << 20 {
        csv.push_str(&format!("M{i},Nguyễn Văn {i},Trường Đại học Tây Bắc\n"));
        i += 1;
    }
    let res = app.call(sync(csv.clone().into_bytes())).await;
    assert_eq!(res.status, 200, "{:?}", res.body_text().chars().take(500).collect::<String>());
    assert_eq!(res.json()["rows"], i);
    let res = app.call(sync(vec![b'x'; 5 << 20])).await;
    assert_too_large(&res, "4194304");
    // Gzipped, the roster counts what it expands to.
    let res = app.call(sync(gzip(csv.repeat(3).as_bytes())).insert_header(("Content-Encoding", "gzip"))).await;
    assert_too_large(&res, "4194304");
}

#[actix_web::test]
async fn uploads_take_turns_and_one_that_waits_too_long_is_a_503() {
    let app = TestApp::spawn_with(|c| {
        c.limits.concurrent_uploads = 1;
        c.limits.upload_wait = Duration::from_millis(300);
        c.limits.body_idle_timeout = Duration::from_secs(2);
    })
    .await;
    let a = create_ok(&app, "Hội Xếp hàng").await;
    let sync = || {
        TestRequest::post()
            .uri(&format!("/api/v1/associations/{a}/roster/sync"))
            .insert_header(("Content-Type", "text/csv"))
            .insert_header(("Authorization", app.bearer(&[Role::Staff], &[])))
    };
    // The first upload stalls mid-body, holding the only turn until its body times out.
    let stalled = streamed(sync(), vec![b"external_id,full_name\n".to_vec()], true);
    let second = sync().set_payload("external_id,full_name\nA1,Lò Văn Bê\n");
    let json_write = create_association(&app).set_payload(
        serde_json::to_vec(&json!({"name": "Hội Chen ngang", "kind": "member_association"})).expect("json"),
    );
    let (first, second, third) = futures_util::future::join3(
        app.call_request(stalled),
        async {
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
            app.call(second).await
        },
        async {
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
            app.call(json_write).await
        },
    )
    .await;
    first.assert_problem(408, "request_timeout");
    second.assert_problem(503, "service_unavailable");
    assert_eq!(second.header("retry-after"), Some("1"));
    assert_eq!(third.status, 201, "JSON writes do not wait for upload turns: {:?}", third.body);
    // Once the turn is free, the next upload runs.
    let res = app.call(sync().set_payload("external_id,full_name\nA1,Lò Văn Bê\n")).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
}

#[actix_web::test]
async fn a_large_upload_with_an_idempotency_key_is_kept_on_disk_and_replayed() {
    let app = TestApp::spawn_with(|c| c.sync_job_rows = 1_000_000).await;
    let a = create_ok(&app, "Hội Giữ tệp").await;
    // About 2 MiB: more than the idempotency middleware keeps in memory.
    let mut csv = String::from("external_id,full_name,workplace\n");
    let mut rows = 0;
    while csv.len() < 2 << 20 {
        csv.push_str(&format!("K{rows},Cầm Văn {rows},Trường Cao đẳng Sơn La\n"));
        rows += 1;
    }
    let sync = || {
        TestRequest::post()
            .uri(&format!("/api/v1/associations/{a}/roster/sync?dry_run=true"))
            .insert_header(("Content-Type", "text/csv"))
            .insert_header(("Idempotency-Key", "big-roster-1"))
            .insert_header(("Authorization", app.bearer(&[Role::Staff], &[])))
            .set_payload(csv.clone())
    };
    let first = app.call(sync()).await;
    assert_eq!(first.status, 200, "{:?}", first.body_text().chars().take(300).collect::<String>());
    assert_eq!(first.json()["rows"], rows);
    let again = app.call(sync()).await;
    assert_eq!(again.status, 200);
    assert_eq!(again.header("idempotency-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    // The same key with another file is refused without running it.
    let other = sync().set_payload(csv.replacen("K0,", "K0x,", 1));
    app.call(other).await.assert_problem(422, "validation_failed");
}
