//! The pieces every write uses: idempotency keys and the audit log.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::models::idempotency::{self, Begin, StoredResponse};
use serde_json::json;

use crate::helpers::{json, TestApp};

fn create_request(name: &str, key: &str) -> TestRequest {
    json(TestRequest::post().uri("/api/v1/associations"), json!({"name": name, "kind": "member_association"}))
        .insert_header(("Idempotency-Key", key))
}

#[actix_web::test]
async fn a_replayed_idempotency_key_creates_nothing_new() {
    let app = TestApp::spawn().await;
    let first = app.call_as(&[Role::Staff], &[], create_request("Hội Tin học", "create-1")).await;
    assert_eq!(first.status, 201);
    assert_eq!(first.header("idempotency-replayed"), None);
    let again = app.call_as(&[Role::Staff], &[], create_request("Hội Tin học", "create-1")).await;
    assert_eq!(again.status, 201);
    assert_eq!(again.header("idempotency-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    assert_eq!(again.header("location"), first.header("location"));
    assert_eq!(again.header("etag"), first.header("etag"));
    let total = app.get("/api/v1/associations?include_total=true").await.json()["total"].clone();
    assert_eq!(total, 1, "the retry created nothing");
    let id = first.json()["id"].as_i64().expect("id");
    assert_eq!(app.audit_count("association", id), 1);
}

#[actix_web::test]
async fn the_same_key_with_another_body_is_a_422() {
    let app = TestApp::spawn().await;
    assert_eq!(app.call_as(&[Role::Staff], &[], create_request("Hội Tin học", "k")).await.status, 201);
    let res = app.call_as(&[Role::Staff], &[], create_request("Hội Y học", "k")).await;
    let problem = res.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["code"], "idempotency_key_reused");
    assert_eq!(app.get("/api/v1/associations?include_total=true").await.json()["total"], 1);
}

#[actix_web::test]
async fn a_refused_write_is_replayed_too_but_a_malformed_key_is_a_400() {
    let app = TestApp::spawn().await;
    let bad = json(TestRequest::post().uri("/api/v1/associations"), json!({"name": "X", "kind": "member_association"}))
        .insert_header(("Idempotency-Key", "bad-1"));
    let first = app.call_as(&[Role::Staff], &[], bad).await;
    first.assert_problem(422, "validation_failed");
    let bad = json(TestRequest::post().uri("/api/v1/associations"), json!({"name": "X", "kind": "member_association"}))
        .insert_header(("Idempotency-Key", "bad-1"));
    let again = app.call_as(&[Role::Staff], &[], bad).await;
    assert_eq!(again.status, 422);
    assert_eq!(again.header("idempotency-replayed"), Some("true"));

    let res = app.call_as(&[Role::Staff], &[], create_request("Hội Tin học", "has space")).await;
    res.assert_problem(400, "bad_request");
    assert_eq!(app.get("/api/v1/associations?include_total=true").await.json()["total"], 0);
}

#[actix_web::test]
async fn idempotency_store_reports_in_flight_mismatch_and_replay() {
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    let now = lienhiep::domain::time::now();
    assert_eq!(idempotency::begin(&mut conn, "user:1", "k", "h1", now).expect("begin"), Begin::Started);
    assert_eq!(idempotency::begin(&mut conn, "user:1", "k", "h1", now).expect("begin"), Begin::InFlight);
    assert_eq!(idempotency::begin(&mut conn, "user:1", "k", "h2", now).expect("begin"), Begin::Mismatch);
    assert_eq!(
        idempotency::begin(&mut conn, "user:2", "k", "h1", now).expect("begin"),
        Begin::Started,
        "keys are per actor"
    );
    let stored = StoredResponse { status: 201, headers: "{}".into(), body: b"{}".to_vec() };
    idempotency::complete(&mut conn, "user:1", "k", &stored).expect("complete");
    assert_eq!(idempotency::begin(&mut conn, "user:1", "k", "h1", now).expect("begin"), Begin::Replay(stored));

    // After 24 hours the key is forgotten.
    let later = now + chrono::Duration::hours(25);
    assert_eq!(idempotency::begin(&mut conn, "user:1", "k", "h2", later).expect("begin"), Begin::Started);
    assert!(idempotency::purge_expired(&mut conn, later + chrono::Duration::hours(25)).expect("purge") >= 2);

    // An abandoned request frees its key for the retry.
    assert_eq!(idempotency::begin(&mut conn, "user:3", "k", "h", now).expect("begin"), Begin::Started);
    idempotency::abandon(&mut conn, "user:3", "k").expect("abandon");
    assert_eq!(idempotency::begin(&mut conn, "user:3", "k", "h", now).expect("begin"), Begin::Started);
}

#[actix_web::test]
async fn audit_records_name_the_actor_and_request_and_mask_personal_data() {
    let app = TestApp::spawn().await;
    let req = json(
        TestRequest::post().uri("/api/v1/associations"),
        json!({"name": "Hội Tin học", "kind": "member_association", "phone": "0912 345 678", "email": "an@example.vn"}),
    )
    .insert_header(("X-Request-Id", "audit-test-1"));
    let res = app.call_as(&[Role::Staff], &[], req).await;
    let id = res.json()["id"].as_i64().expect("id");
    let records = lienhiep::models::audit::for_entity(&mut app.conn(), "association", &id.to_string()).expect("audit");
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(record.action, "association.create");
    assert_eq!(record.request_id.as_deref(), Some("audit-test-1"));
    assert!(record.actor.starts_with("user:"), "{}", record.actor);
    let changes: serde_json::Value = serde_json::from_str(&record.changes).expect("json");
    assert_eq!(changes["name"]["to"], "Hội Tin học");
    assert_eq!(changes["phone"]["to"], "***");
    assert_eq!(changes["email"]["to"], "***");
    assert!(!record.changes.contains("0912"), "no phone number in the audit log");
}
