//! `/api/v1/associations/{id}/roster`: sync and export.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];

fn sync_req(association: i64, query: &str, content_type: &str, body: impl Into<Vec<u8>>) -> TestRequest {
    TestRequest::post()
        .uri(&format!("/api/v1/associations/{association}/roster/sync{query}"))
        .insert_header(("Content-Type", content_type))
        .set_payload(body.into())
}

async fn sync_csv(app: &TestApp, association: i64, query: &str, csv: &str) -> TestResponse {
    app.call_as(STAFF, &[], sync_req(association, query, "text/csv", csv)).await
}

async fn members_of(app: &TestApp, association: i64) -> Vec<Value> {
    let uri = format!("/api/v1/associations/{association}/members?limit=500&sort=created_at");
    let res = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    res.json()["items"].as_array().expect("items").clone()
}

async fn add_branch(app: &TestApp, association: i64, name: &str) -> Value {
    let req =
        json(TestRequest::post().uri(&format!("/api/v1/associations/{association}/branches")), json!({"name": name}));
    let res = app.call_as(STAFF, &[], req).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    res.json()
}

fn counts(report: &Value) -> (u64, u64, u64, u64) {
    let n = |k: &str| report[k].as_u64().unwrap_or_else(|| panic!("{k} in {report}"));
    (n("created"), n("updated"), n("unchanged"), n("left"))
}

const ROSTER: &str = "\u{feff}Mã hội viên;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Trình độ;Điện thoại;Ngày vào hội\n\
KH-1;Nguyễn Văn An;Nam;02/04/1975;Kinh;Thạc sĩ;0912 345 678;01/03/2015\n\
KH-2;Lò Thị Hoa;Nữ;1980-12-01;Thái;Đại học;;\n\
KH-3;Cầm Văn Sơn;male;;03;bachelor;;\n";

#[actix_web::test]
async fn a_csv_roster_creates_members_and_the_same_file_again_changes_nothing() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let res = sync_csv(&app, a, "", ROSTER).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let report = res.json();
    assert_eq!(counts(&report), (3, 0, 0, 0));
    assert_eq!(report["applied"], true);
    assert_eq!(report["rows"], 3);
    let members = members_of(&app, a).await;
    assert_eq!(members.len(), 3);
    let an = &members[0];
    assert_eq!(an["external_id"], "KH-1");
    assert_eq!(an["person"]["full_name"], "Nguyễn Văn An");
    assert_eq!(an["person"]["gender"], "male");
    assert_eq!(an["person"]["birth_date"], "1975-04-02");
    assert_eq!(an["person"]["ethnicity"], "01");
    assert_eq!(an["person"]["education_level"], "master");
    assert_eq!(an["joined_on"], "2015-03-01");
    assert_eq!(members[1]["person"]["ethnicity"], "03", "Thái is code 03");
    assert_eq!(app.audit_count("association", a), 2, "the association's creation and one sync record");

    let again = sync_csv(&app, a, "", ROSTER).await;
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(counts(&again.json()), (0, 0, 3, 0));
    let versions: Vec<i64> = members_of(&app, a).await.iter().map(|m| m["version"].as_i64().expect("v")).collect();
    assert_eq!(versions, [1, 1, 1], "nothing was written");

    // One changed cell: one update; the columns a file leaves out stay as they are.
    let res = sync_csv(&app, a, "", "external_id,workplace\nKH-2,Trường Đại học Tây Bắc\n").await;
    assert_eq!(counts(&res.json()), (0, 1, 0, 0));
    let hoa = &members_of(&app, a).await[1];
    assert_eq!(hoa["person"]["workplace"], "Trường Đại học Tây Bắc");
    assert_eq!(hoa["person"]["birth_date"], "1980-12-01");
    assert_eq!(hoa["version"], 2);

    // A new name: the search index follows it and keeps nothing of the old one.
    let res = sync_csv(&app, a, "", "external_id,full_name\nKH-2,Lò Thị Hoà Bình\nKH-3,Cầm Sơn\n").await;
    assert_eq!(counts(&res.json()), (0, 2, 0, 0));
    app.assert_search_index_exact();
}

#[actix_web::test]
async fn a_dry_run_reports_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let res = sync_csv(&app, a, "?dry_run=true", ROSTER).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let report = res.json();
    assert_eq!(counts(&report), (3, 0, 0, 0));
    assert_eq!(report["applied"], false);
    assert!(members_of(&app, a).await.is_empty());
    assert_eq!(app.audit_count("association", a), 1, "no sync record");
}

#[actix_web::test]
async fn one_bad_row_changes_nothing_and_is_named_in_the_asked_language() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let file = "external_id,full_name,birth_date,gender,email\n\
                KH-1,Nguyễn Văn An,1975-04-02,male,an@example.vn\n\
                KH-2,Lò Thị Hoa,31/02/1980,female,\n\
                KH-3,Cầm Văn Sơn,,robot,not-an-email\n\
                KH-1,Nguyễn Văn Anh,,,\n\
                ,Không Mã,,,\n";
    let req = sync_req(a, "", "text/csv", file).insert_header(("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5"));
    let res = app.call_as(STAFF, &[], req).await;
    let problem = res.assert_problem(422, "validation_failed");
    let report = &problem["report"];
    assert_eq!(report["applied"], false);
    let errors = report["errors"].as_array().expect("errors");
    let found = |row: u64, column: &str, code: &str| {
        errors.iter().any(|e| e["row"] == row && e["column"] == column && e["code"] == code)
    };
    assert!(found(3, "birth_date", "date"), "{errors:?}");
    assert!(found(4, "gender", "code"), "{errors:?}");
    assert!(found(5, "external_id", "duplicate"), "{errors:?}");
    assert!(found(6, "external_id", "required"), "{errors:?}");
    assert!(errors.iter().all(|e| e["row"] != 2), "the good row has no error");
    let date = errors.iter().find(|e| e["code"] == "date").expect("date error");
    assert!(date["message"].as_str().expect("message").starts_with("Ngày không hợp lệ"), "{date}");
    assert!(members_of(&app, a).await.is_empty(), "nothing changed");

    // The email rule is the member API's own, and the message is English by default.
    let res = sync_csv(&app, a, "", "external_id,full_name,email\nKH-9,Lê Văn Tám,not-an-email\n").await;
    let problem = res.assert_problem(422, "validation_failed");
    let error = &problem["report"]["errors"][0];
    assert_eq!((error["row"].as_u64(), error["column"].as_str()), (Some(2), Some("email")), "{error}");
    assert!(!error["message"].as_str().expect("message").is_empty());

    // on_error=skip applies the valid rows.
    let res = app.call_as(STAFF, &[], sync_req(a, "?on_error=skip", "text/csv", file)).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let report = res.json();
    assert_eq!(report["applied"], true);
    assert_eq!(report["created"], 1);
    assert_eq!(report["skipped"], 4);
    assert_eq!(members_of(&app, a).await.len(), 1);
}

#[actix_web::test]
async fn unknown_columns_are_refused_even_when_skipping() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    for query in ["", "?on_error=skip"] {
        let res = sync_csv(&app, a, query, "external_id,full_name,shoe_size\nKH-1,Nguyễn Văn An,42\n").await;
        let problem = res.assert_problem(422, "validation_failed");
        let error = &problem["report"]["errors"][0];
        assert_eq!((error["row"].as_u64(), error["column"].as_str()), (Some(1), Some("shoe_size")));
        assert_eq!(error["code"], "unknown_column");
    }
    assert!(members_of(&app, a).await.is_empty());
}

#[actix_web::test]
async fn a_snapshot_marks_members_missing_from_it_left_but_not_those_with_a_bad_row() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    assert_eq!(sync_csv(&app, a, "", ROSTER).await.status, 200);
    // Upsert of one row leaves the others alone.
    let res = sync_csv(&app, a, "", "external_id,full_name\nKH-1,Nguyễn Văn An\n").await;
    assert_eq!(counts(&res.json()), (0, 0, 1, 0));
    // A snapshot with KH-1 and a bad KH-3 row, skipping errors: KH-2 leaves, KH-3 stays.
    let res = sync_csv(
        &app,
        a,
        "?mode=snapshot&on_error=skip",
        "external_id,full_name,birth_date\nKH-1,Nguyễn Văn An,1975-04-02\nKH-3,Cầm Văn Sơn,soon\n",
    )
    .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(counts(&res.json()), (0, 0, 1, 1));
    let members = members_of(&app, a).await;
    let status: Vec<&str> = members.iter().map(|m| m["status"].as_str().expect("status")).collect();
    assert_eq!(status, ["active", "left", "active"]);
    assert!(members[1]["left_on"].is_string());
    // Back in the next full snapshot: active again.
    let res = sync_csv(&app, a, "?mode=snapshot", ROSTER).await;
    assert_eq!(counts(&res.json()), (0, 1, 2, 0));
    let hoa = &members_of(&app, a).await[1];
    assert_eq!(hoa["status"], "active");
    assert!(hoa["left_on"].is_null());
}

#[actix_web::test]
async fn export_then_sync_back_changes_nothing_in_csv_and_json() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    add_branch(&app, a, "Chi hội Mường La").await;
    let records = json!([
        {"external_id": "KH-1", "full_name": "Nguyễn Văn An", "gender": "Nam", "birth_year": 1975, "ethnicity": "Kinh",
         "honour_titles": [], "phone": "+84 912 345 678", "workplace": "=HYPERLINK(\"http://x\")", "branch": "Chi hội Mường La",
         "status": "active"},
        {"external_id": "KH-2", "full_name": "Lò Thị Hoa", "status": "deceased", "left_on": "2020-05-01", "email": "Hoa@Example.VN"},
        {"Mã hội viên": "KH-3", "Họ và tên": "Cầm Văn Sơn", "Trình độ": "Tiến sĩ", "Học hàm": "Phó Giáo sư"}
    ]);
    let res = app
        .call_as(STAFF, &[], json(TestRequest::post().uri(&format!("/api/v1/associations/{a}/roster/sync")), records))
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(counts(&res.json()), (3, 0, 0, 0));

    let csv = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster.csv"))).await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").is_some_and(|c| c.starts_with("text/csv")));
    let text = String::from_utf8(csv.body.to_vec()).expect("utf-8");
    assert!(text.starts_with("\u{feff}external_id,full_name,"), "{text}");
    assert!(text.contains("'+84 912 345 678"), "a leading + is neutralised: {text}");
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "a formula is neutralised: {text}");
    assert!(text.contains("Chi hội Mường La"));
    assert!(!text.contains("national_id"));
    let back = sync_csv(&app, a, "?mode=snapshot", &text).await;
    assert_eq!(back.status, 200, "{:?}", back.body);
    assert_eq!(counts(&back.json()), (0, 0, 3, 0), "CSV export → sync is zero changes");

    let vi = app
        .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster.csv?headers=vi")))
        .await;
    let text = String::from_utf8(vi.body.to_vec()).expect("utf-8");
    assert!(text.starts_with("\u{feff}Mã hội viên,Họ và tên,"), "{text}");
    assert_eq!(counts(&sync_csv(&app, a, "", &text).await.json()), (0, 0, 3, 0));

    let exported = app
        .call_as(
            STAFF,
            &[],
            TestRequest::get()
                .uri(&format!("/api/v1/associations/{a}/roster"))
                .insert_header(("Accept", "application/json")),
        )
        .await;
    assert_eq!(exported.status, 200);
    let records = exported.json();
    assert_eq!(records.as_array().map(Vec::len), Some(3));
    assert_eq!(records[0]["gender"], "male");
    assert_eq!(records[0]["phone"], "+84 912 345 678", "JSON is not neutralised");
    assert_eq!(records[2]["academic_title"], "associate_professor");
    let res = app
        .call_as(
            STAFF,
            &[],
            json(TestRequest::post().uri(&format!("/api/v1/associations/{a}/roster/sync?mode=snapshot")), records),
        )
        .await;
    assert_eq!(counts(&res.json()), (0, 0, 3, 0), "JSON export → sync is zero changes");

    // An empty roster exports as an empty array, and as a header row.
    let b = create_ok(&app, "Hội Y học").await;
    let empty = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{b}/roster"))).await;
    assert_eq!(empty.json(), json!([]));
}

#[actix_web::test]
async fn export_streams_every_member_once_past_a_batch() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let mut file = String::from("external_id,full_name\n");
    for i in 0..2_345 {
        file.push_str(&format!("M{i:05},Nguyễn Văn Số {i}\n"));
    }
    let res = sync_csv(&app, a, "", &file).await;
    assert_eq!(counts(&res.json()), (2_345, 0, 0, 0));
    let exported = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster"))).await;
    let records = exported.json();
    let ids: Vec<&str> =
        records.as_array().expect("array").iter().map(|r| r["external_id"].as_str().expect("id")).collect();
    assert_eq!(ids.len(), 2_345);
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 2_345);
    let csv = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster.csv"))).await;
    let text = String::from_utf8(csv.body.to_vec()).expect("utf-8");
    assert_eq!(text.lines().count(), 2_346, "one header row, one row per member");
    assert_eq!(counts(&sync_csv(&app, a, "", &text).await.json()), (0, 0, 2_345, 0));
}

#[actix_web::test]
async fn managers_sync_and_export_only_their_own_association() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let b = create_ok(&app, "Hội Y học").await;
    let manager = &[Role::AssociationManager];
    let own = app.call_as(manager, &[a], sync_req(a, "", "text/csv", ROSTER)).await;
    assert_eq!(own.status, 200, "{:?}", own.body);
    let other = app.call_as(manager, &[a], sync_req(b, "", "text/csv", ROSTER)).await;
    other.assert_problem(403, "forbidden");
    let read = app.call_as(manager, &[a], TestRequest::get().uri(&format!("/api/v1/associations/{b}/roster"))).await;
    read.assert_problem(403, "forbidden");
    let read = app.call_as(manager, &[a], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster"))).await;
    assert_eq!(read.status, 200);
    assert!(members_of(&app, b).await.is_empty());
    for role in [Role::Judge, Role::Expert, Role::StatisticsReader] {
        app.call_as(&[role], &[], sync_req(a, "", "text/csv", ROSTER)).await.assert_problem(403, "forbidden");
    }
    app.call(sync_req(a, "", "text/csv", ROSTER)).await.assert_problem(401, "unauthorized");
}

#[actix_web::test]
async fn bad_bodies_get_clear_problems_and_change_nothing() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let res = app.call_as(STAFF, &[], sync_req(a, "", "application/xml", "<roster/>")).await;
    res.assert_problem(415, "unsupported_media_type");
    let res = app.call_as(STAFF, &[], sync_req(a, "", "application/json", "[{")).await;
    res.assert_problem(400, "bad_request");
    let res = app.call_as(STAFF, &[], sync_req(a, "", "application/json", "{\"external_id\": \"x\"}")).await;
    res.assert_problem(400, "bad_request");
    let res = app.call_as(STAFF, &[], sync_req(a, "", "text/csv", b"external_id\n\xff\xfe\n".to_vec())).await;
    let problem = res.assert_problem(422, "validation_failed");
    assert_eq!(problem["report"]["errors"][0]["code"], "unreadable", "{problem}");
    assert_eq!(problem["report"]["errors"][0]["row"], 0);
    let res = app.call_as(STAFF, &[], sync_req(a, "", "application/json", "[1, {\"external_id\": {\"a\": 1}}]")).await;
    let problem = res.assert_problem(422, "validation_failed");
    let codes: Vec<&str> =
        problem["report"]["errors"].as_array().expect("errors").iter().filter_map(|e| e["code"].as_str()).collect();
    assert!(codes.contains(&"type"), "{codes:?}");
    // A record of the wrong shape is refused even when skipping invalid rows: it breaks the
    // documented schema, and skipping it would lose data silently.
    for body in ["[{\"external_id\": \"KH-1\", \"academic_title\": [1]}]", "[{\"full_name\": \"Lò Văn Pọm\"}]", "[7]"]
    {
        let res = app.call_as(STAFF, &[], sync_req(a, "?on_error=skip", "application/json", body)).await;
        let problem = res.assert_problem(422, "validation_failed");
        assert_eq!(problem["report"]["applied"], false, "{body}");
    }
    let res = sync_csv(&app, a, "?on_error=skip", "full_name\nLò Văn Pọm\n").await;
    let problem = res.assert_problem(422, "validation_failed");
    assert_eq!(problem["report"]["errors"][0]["code"], "required", "a file without the external_id column");
    let res = app.call_as(STAFF, &[], sync_req(a, "?mode=sideways", "text/csv", ROSTER)).await;
    res.assert_problem(400, "bad_request");
    let res = app.call_as(STAFF, &[], sync_req(9_999, "", "text/csv", ROSTER)).await;
    res.assert_problem(404, "not_found");
    let res = app.call_as(STAFF, &[], sync_req(a, "", "text/csv", "external_id,full_name\nKH-1,A\u{0}B\n")).await;
    res.assert_problem(422, "validation_failed");
    assert!(members_of(&app, a).await.is_empty());
}

#[actix_web::test]
async fn the_same_idempotency_key_applies_a_sync_once() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let send = || sync_req(a, "", "text/csv", ROSTER).insert_header(("Idempotency-Key", "roster-2026-11-28"));
    let first = app.call_as(STAFF, &[], send()).await;
    assert_eq!(first.status, 200);
    assert_eq!(counts(&first.json()), (3, 0, 0, 0));
    let second = app.call_as(STAFF, &[], send()).await;
    assert_eq!(second.status, 200);
    assert_eq!(second.header("idempotency-replayed"), Some("true"));
    assert_eq!(counts(&second.json()), (3, 0, 0, 0), "the first answer, replayed");
    assert_eq!(app.audit_count("association", a), 2, "one sync");
}

#[actix_web::test]
async fn the_upload_limit_answers_413() {
    let app = TestApp::spawn_with(|c| c.upload_limit = 2048).await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let mut file = String::from("external_id,full_name\n");
    for i in 0..200 {
        file.push_str(&format!("M{i:05},Nguyễn Văn Số {i}\n"));
    }
    app.call_as(STAFF, &[], sync_req(a, "", "text/csv", file)).await.assert_problem(413, "payload_too_large");
    assert!(members_of(&app, a).await.is_empty());
}

async fn feed(app: &TestApp, association: i64, cursor: Option<&str>, limit: u32) -> Value {
    let mut uri = format!("/api/v1/associations/{association}/roster/changes?limit={limit}");
    if let Some(c) = cursor {
        uri.push_str(&format!("&cursor={c}"));
    }
    let res = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    res.json()
}

/// Reads the feed to its end from `cursor`: the (change, external_id) seen and the last cursor.
async fn drain(app: &TestApp, association: i64, mut cursor: Option<String>) -> (Vec<(String, String)>, String) {
    let mut seen = Vec::new();
    loop {
        let page = feed(app, association, cursor.as_deref(), 2).await;
        for item in page["items"].as_array().expect("items") {
            seen.push((
                item["change"].as_str().expect("change").to_owned(),
                item["member"]["external_id"].as_str().expect("external id").to_owned(),
            ));
        }
        cursor = Some(page["next_cursor"].as_str().expect("cursor").to_owned());
        if page["has_more"] != true {
            break;
        }
    }
    (seen, cursor.expect("cursor"))
}

#[actix_web::test]
async fn the_change_feed_gives_every_write_once_in_commit_order_with_tombstones() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let b = create_ok(&app, "Hội Y học").await;
    assert_eq!(sync_csv(&app, a, "", ROSTER).await.status, 200);
    assert_eq!(sync_csv(&app, b, "", "external_id,full_name\nB-1,Hà Văn Bình\n").await.status, 200);
    let (seen, cursor) = drain(&app, a, None).await;
    let created = |id: &str| ("created".to_owned(), id.to_owned());
    assert_eq!(seen, [created("KH-1"), created("KH-2"), created("KH-3")], "from the start: every member, once");

    // Nothing new: an empty page, the same position.
    let page = feed(&app, a, Some(&cursor), 50).await;
    assert_eq!(page["items"], json!([]));
    assert_eq!(page["has_more"], false);
    assert_eq!(page["next_cursor"], cursor.as_str());

    // A change by hand, then a snapshot that drops KH-2 and brings KH-4, then another association's write.
    let kh1 = members_of(&app, a).await[0]["id"].as_i64().expect("id");
    let patch = app
        .call_as(
            STAFF,
            &[],
            json(TestRequest::patch().uri(&format!("/api/v1/members/{kh1}")), json!({"position": "Chủ tịch"})),
        )
        .await;
    assert_eq!(patch.status, 200, "{:?}", patch.body);
    let snapshot = "external_id,full_name\nKH-1,Nguyễn Văn An\nKH-3,Cầm Văn Sơn\nKH-4,Quàng Thị Mai\n";
    assert_eq!(counts(&sync_csv(&app, a, "?mode=snapshot", snapshot).await.json()), (1, 0, 2, 1));
    assert_eq!(sync_csv(&app, b, "", "external_id,full_name\nB-2,Hà Văn Cường\n").await.status, 200);
    let (seen, last) = drain(&app, a, Some(cursor.clone())).await;
    let kind = |k: &str, id: &str| (k.to_owned(), id.to_owned());
    assert_eq!(seen, [kind("updated", "KH-1"), kind("created", "KH-4"), kind("left", "KH-2")], "in commit order");
    assert_eq!(feed(&app, a, Some(&last), 50).await["items"], json!([]));

    // The same cursor read again gives the same answer (a retry is safe).
    let (again, _) = drain(&app, a, Some(cursor)).await;
    assert_eq!(again, seen);

    // A sync's updates, written before they take their change number, reach the feed once,
    // after everything before them, and no row is left unnumbered.
    let changed = "external_id,full_name\nKH-1,Nguyễn Văn An\nKH-3,Cầm Văn Sơn Hà\nKH-4,Quàng Thị Mai\n";
    assert_eq!(counts(&sync_csv(&app, a, "", changed).await.json()), (0, 1, 2, 0));
    let (updated, end) = drain(&app, a, Some(last)).await;
    assert_eq!(updated, [kind("updated", "KH-3")]);
    assert_eq!(feed(&app, a, Some(&end), 50).await["items"], json!([]));
    let unnumbered: i64 = {
        use diesel::prelude::*;
        use lienhiep::db::schema::memberships as m;
        m::table.filter(m::change_seq.lt(0)).count().get_result(&mut app.conn()).expect("count")
    };
    assert_eq!(unnumbered, 0);

    // A cursor from another database has expired; a made-up one is a 400.
    use lienhiep::api::pagination::{Cursor, Scope};
    let foreign = Cursor::new("changes", "123:1", 0).bound(&Scope::of(&a)).encode();
    let uri = format!("/api/v1/associations/{a}/roster/changes?cursor={foreign}");
    app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await.assert_problem(410, "gone");
    // A cursor of one association's feed is not one of another's.
    let uri = format!("/api/v1/associations/{b}/roster/changes?cursor={foreign}");
    app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await.assert_problem(400, "bad_request");
    let uri = format!("/api/v1/associations/{a}/roster/changes?cursor=not-a-cursor");
    app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await.assert_problem(400, "bad_request");
    let manager = &[Role::AssociationManager];
    let uri = format!("/api/v1/associations/{b}/roster/changes");
    app.call_as(manager, &[a], TestRequest::get().uri(&uri)).await.assert_problem(403, "forbidden");
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The first sheet of a workbook as rows of cell texts (dates as numbers).
fn sheet_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    use calamine::{Data, Reader};
    let mut workbook: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("xlsx");
    let names = workbook.sheet_names();
    let range = workbook.worksheet_range(&names[0]).expect("sheet");
    let rows = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    (names, rows)
}

#[actix_web::test]
async fn the_template_has_vietnamese_headers_and_lists_and_a_filled_workbook_syncs() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let branch = add_branch(&app, a, "Chi hội Mộc Châu").await;
    let res = app
        .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster/template.xlsx")))
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.header("content-type"), Some("application/octet-stream"));
    assert!(res.header("content-disposition").is_some_and(|d| d.ends_with(".xlsx\"")));
    let (names, rows) = sheet_rows(&res.body);
    assert_eq!(names, ["Hội viên", "Hướng dẫn", "Danh mục"]);
    assert_eq!(rows[0][0], "Mã hội viên");
    assert_eq!(rows[0][1], "Họ và tên");
    assert!(rows[0].contains(&"Số CCCD".to_owned()), "the template takes the national ID");
    assert_eq!(rows[1][1], "Nguyễn Văn An", "one example row");
    {
        use calamine::Reader;
        let mut workbook: calamine::Xlsx<_> =
            calamine::Xlsx::new(std::io::Cursor::new(res.body.to_vec())).expect("xlsx");
        let lists = workbook.worksheet_range("Danh mục").expect("lists");
        let ethnic: Vec<String> =
            lists.rows().filter_map(|r| r.get(1).map(|c| c.to_string())).filter(|s| !s.is_empty()).collect();
        assert_eq!(ethnic.len(), 54, "every ethnic group in the drop-down");
        let branches: Vec<String> =
            lists.rows().filter_map(|r| r.get(4).map(|c| c.to_string())).filter(|s| !s.is_empty()).collect();
        assert_eq!(branches, ["Chi hội Mộc Châu"], "after gender, ethnic group, education and title");
    }

    // A workbook as a spreadsheet program writes it: a real date cell, a number for the year.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, header) in
        ["Mã hội viên", "Họ và tên", "Giới tính", "Ngày sinh", "Năm sinh", "Dân tộc", "Điện thoại", "Chi hội"]
            .iter()
            .enumerate()
    {
        sheet.write_string(0, col as u16, *header).expect("write");
    }
    let date_format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let born = rust_xlsxwriter::ExcelDateTime::from_ymd(1975, 4, 2).expect("date");
    sheet.write_string(1, 0, "KH-1").expect("write");
    sheet.write_string(1, 1, "Nguyễn Văn An").expect("write");
    sheet.write_string(1, 2, "Nam").expect("write");
    sheet.write_datetime_with_format(1, 3, &born, &date_format).expect("write");
    sheet.write_string(1, 5, "Kinh").expect("write");
    sheet.write_string(1, 6, "0912345678").expect("write");
    sheet.write_string(1, 7, "Chi hội Mộc Châu").expect("write");
    sheet.write_string(2, 0, "KH-2").expect("write");
    sheet.write_string(2, 1, "Lò Thị Hoa").expect("write");
    sheet.write_number(2, 4, 1980).expect("write");
    let bytes = workbook.save_to_buffer().expect("xlsx");
    let res = app.call_as(STAFF, &[], sync_req(a, "", XLSX, bytes)).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(counts(&res.json()), (2, 0, 0, 0));
    let members = members_of(&app, a).await;
    assert_eq!(members[0]["person"]["birth_date"], "1975-04-02");
    assert_eq!(members[0]["person"]["phone"], "0912345678");
    assert_eq!(members[0]["branch_id"], branch["id"]);
    assert_eq!(members[1]["person"]["birth_year"], 1980);
}

#[actix_web::test]
async fn export_as_xlsx_then_sync_back_changes_nothing() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let records = json!([
        {"external_id": "KH-1", "full_name": "Nguyễn Văn An", "gender": "male", "birth_date": "1975-04-02",
         "phone": "+84 912 345 678", "workplace": "=HYPERLINK(\"http://x\")", "honour_titles": [], "status": "active"},
        {"external_id": "KH-2", "full_name": "Lò Thị Hoa", "birth_year": 1980, "status": "deceased", "left_on": "2020-05-01"}
    ]);
    let res = app
        .call_as(STAFF, &[], json(TestRequest::post().uri(&format!("/api/v1/associations/{a}/roster/sync")), records))
        .await;
    assert_eq!(counts(&res.json()), (2, 0, 0, 0));
    // At its own path, or (deprecated) chosen by a parameter of the JSON's path.
    for query in ["roster.xlsx?", "roster.xlsx?headers=vi", "roster?format=xlsx&headers=vi"] {
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/{query}"))).await;
        assert_eq!(res.status, 200, "{:?}", res.body);
        // Its own path answers bytes (every generator types them); the deprecated way, the
        // workbook's media type as before.
        let media = if query.starts_with("roster?") { XLSX } else { "application/octet-stream" };
        assert_eq!(res.header("content-type"), Some(media));
        if query.starts_with("roster?") {
            let successor = format!("</api/v1/associations/{a}/roster.xlsx?headers=vi>; rel=\"successor-version\"");
            assert_eq!(
                (res.header("Deprecation"), res.header("Link")),
                (Some("@1796688000"), Some(successor.as_str()))
            );
        }
        let (_, rows) = sheet_rows(&res.body);
        assert_eq!(rows.len(), 3);
        let workplace = rows[0].iter().position(|h| h == "workplace" || h == "Nơi công tác").expect("column");
        assert_eq!(rows[1][workplace], "=HYPERLINK(\"http://x\")", "a text cell, never a formula");
        let back = app.call_as(STAFF, &[], sync_req(a, "?mode=snapshot", XLSX, res.body.to_vec())).await;
        assert_eq!(back.status, 200, "{:?}", back.body);
        assert_eq!(counts(&back.json()), (0, 0, 2, 0), "XLSX export → sync is zero changes ({query})");
    }
    let by_accept = app
        .call_as(
            STAFF,
            &[],
            TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster")).insert_header(("Accept", XLSX)),
        )
        .await;
    assert_eq!(by_accept.header("content-type"), Some(XLSX));
}

#[actix_web::test]
async fn broken_workbooks_get_a_422_and_change_nothing() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    for body in [b"not a zip at all".to_vec(), b"PK\x03\x04 broken".to_vec()] {
        let res = app.call_as(STAFF, &[], sync_req(a, "", XLSX, body)).await;
        let problem = res.assert_problem(422, "validation_failed");
        assert_eq!(problem["report"]["errors"][0]["code"], "unreadable");
    }
    assert!(members_of(&app, a).await.is_empty());
}

/// The settings a SQLite connection of the pool has: (foreign_keys, wal_autocheckpoint,
/// cache_size).
fn sqlite_settings(conn: &mut lienhiep::db::DbConnection) -> Option<(i64, i64, i64)> {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        value: i64,
    }
    #[derive(QueryableByName)]
    struct Autocheckpoint {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        wal_autocheckpoint: i64,
    }
    let lienhiep::db::DbConnection::Sqlite(c) = conn else { return None };
    let mut read = |name: &str| {
        diesel::sql_query(format!("SELECT {name} AS value FROM pragma_{name}"))
            .get_result::<Setting>(c)
            .expect(name)
            .value
    };
    let (foreign_keys, cache_size) = (read("foreign_keys"), read("cache_size"));
    // No table-valued function for this one.
    let auto = diesel::sql_query("PRAGMA wal_autocheckpoint").get_result::<Autocheckpoint>(c).expect("autocheckpoint");
    Some((foreign_keys, auto.wal_autocheckpoint, cache_size))
}

/// A sync of thousands of rows is written as a bulk load on SQLite (a larger page cache,
/// foreign keys not checked row by row, the checkpoint after the answer): an invalid last row
/// still changes nothing; then every member is created with its search rows and feed entry;
/// and every pooled connection is as it was.
#[actix_web::test]
async fn a_bulk_sync_is_all_or_nothing_searchable_and_leaves_the_connections_as_they_were() {
    let app = TestApp::spawn().await;
    let before: Vec<_> = {
        let mut conns: Vec<_> = (0..app.state.pool.max_size()).map(|_| app.conn()).collect();
        conns.iter_mut().map(|c| sqlite_settings(c)).collect()
    };
    let a = create_ok(&app, "Hội Khuyến học").await;
    let rows = lienhiep::models::roster::SQLITE_BULK_ROWS + 100;
    let good = lienhiep::demo::members::roster_csv(rows as u64, 3);
    let bad = format!("{good}HV-3-9999999,Nguyễn Văn Cuối,robot,,,,\n");
    let res = sync_csv(&app, a, "", &bad).await;
    let problem = res.assert_problem(422, "validation_failed");
    assert_eq!(problem["report"]["invalid_rows"], 1, "{}", problem["report"]);
    assert_eq!(problem["report"]["errors"][0]["row"], rows + 2, "the header is row 1");
    assert!(members_of(&app, a).await.is_empty(), "nothing changed");

    let res = sync_csv(&app, a, "", &good).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(counts(&res.json()), (rows as u64, 0, 0, 0));
    let uri = format!("/api/v1/associations/{a}/members?limit=1&include_total=true");
    let page = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await.json();
    assert_eq!(page["total"], rows);

    // The last row's member is found by each word of its name, and only in this association.
    let last = good.lines().last().expect("a row");
    let (external_id, name) = {
        let mut cells = last.split(',');
        (cells.next().expect("id").to_owned(), cells.next().expect("name").to_owned())
    };
    for word in name.split(' ') {
        let query = serde_urlencoded::to_string([("q", word), ("limit", "100")]).expect("query");
        let uri = format!("/api/v1/associations/{a}/members?{query}&include_total=true");
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await;
        assert_eq!(res.status, 200, "{:?}", res.body);
        let found = res.json();
        let total = found["total"].as_u64().expect("total");
        assert!(total >= 1, "{word}: {found}");
        let mut cursor = found["next_cursor"].as_str().map(str::to_owned);
        let mut ids: Vec<String> =
            found["items"].as_array().expect("items").iter().map(|m| m["external_id"].to_string()).collect();
        while let Some(c) = cursor.take() {
            let res = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("{uri}&cursor={c}"))).await;
            let page = res.json();
            ids.extend(page["items"].as_array().expect("items").iter().map(|m| m["external_id"].to_string()));
            cursor = page["next_cursor"].as_str().map(str::to_owned);
        }
        assert_eq!(ids.len() as u64, total, "{word}");
        assert!(ids.contains(&format!("\"{external_id}\"")), "{word} finds {external_id}");
    }

    // Every member is in the change feed as created.
    let page = feed(&app, a, None, 500).await;
    assert_eq!(page["items"].as_array().expect("items").len(), 500);
    assert!(page["items"].as_array().expect("items").iter().all(|i| i["change"] == "created"));
    app.assert_search_index_exact();

    // The connections check foreign keys again, checkpoint and keep their usual cache.
    let after: Vec<_> = {
        let mut conns: Vec<_> = (0..app.state.pool.max_size()).map(|_| app.conn()).collect();
        conns.iter_mut().map(|c| sqlite_settings(c)).collect()
    };
    assert_eq!(after, before);
    if !app.db.is_postgres() {
        assert!(after.iter().all(|s| s.is_some_and(|(fk, auto, _)| fk == 1 && auto > 0)), "{after:?}");
    }
}

/// New members are written in runs, each sorted by index key (`member::insert_many`): this
/// drives the writer with runs of 3 over 8 rows, one of them invalid, on the test's backend.
#[actix_web::test]
async fn new_members_written_in_sorted_runs_keep_the_file_order_and_a_complete_search_index() {
    use diesel::prelude::*;
    use lienhiep::db::schema::{memberships as m, persons as p};
    use lienhiep::domain::codes::MembershipStatus;
    use lienhiep::models::audit::WriteContext;
    use lienhiep::models::member::{insert_many_in_runs, MembershipData, PersonData};

    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Tin học").await;
    // Given names deliberately out of alphabetical order, and two people of one name.
    let names = [
        "Trần Văn Yên",
        "Nguyễn Thị An",
        "",
        "Lê Minh Bảo",
        "Phạm Thu Cúc",
        "Nguyễn Thị An",
        "Hoàng Thị Xuân",
        "Vũ Đức Em",
    ];
    let rows: Vec<(usize, &str)> = names.iter().copied().enumerate().collect();
    let build = |(i, name): &(usize, &str)| {
        (!name.is_empty()).then(|| {
            let person = PersonData {
                full_name: (*name).to_owned(),
                gender: None,
                birth_date: None,
                birth_year: None,
                ethnicity: None,
                education_level: None,
                academic_title: None,
                honour_titles: Vec::new(),
                field_of_expertise: None,
                workplace: None,
                position: None,
                phone: None,
                email: None,
                national_id_hash: None,
            };
            let membership = MembershipData {
                external_id: Some(format!("R-{i}")),
                member_number: None,
                branch_id: None,
                joined_on: None,
                left_on: None,
                status: MembershipStatus::Active,
            };
            (person, membership)
        })
    };
    let progress = std::sync::Mutex::new(Vec::new());
    let written = |n: usize| progress.lock().expect("progress").push(n);
    let ctx = WriteContext::system("test");
    let mut conn = app.conn();
    // A person with no membership, so that people's and memberships' ids differ (a search row
    // keyed by the wrong one would then show).
    diesel::insert_into(p::table)
        .values((
            p::full_name.eq("Mai Văn Khác"),
            p::family_name.eq("Mai"),
            p::given_name.eq("Khác"),
            p::name_lower.eq("mai văn khác"),
            p::name_folded.eq("mai van khac"),
            p::created_at.eq(ctx.now),
            p::updated_at.eq(ctx.now),
        ))
        .execute(&mut *conn)
        .expect("a person");
    let created =
        lienhiep::db::write_transaction(&mut conn, |c| insert_many_in_runs(c, &ctx, a, &rows, &build, &written, 3))
            .expect("insert");
    assert_eq!(created, 7);
    let progress = progress.into_inner().expect("progress");
    assert!(!progress.is_empty() && progress.windows(2).all(|w| w[0] <= w[1]), "{progress:?}");
    assert!(progress.iter().all(|&n| n < rows.len()), "{progress:?}");

    // Ids follow the rows' order, the people's and the memberships' alike, though the
    // memberships were written in name order.
    let written: Vec<(i64, i64, Option<String>, String)> = m::table
        .inner_join(p::table)
        .filter(m::association_id.eq(a))
        .order(m::id.asc())
        .select((m::id, p::id, m::external_id, p::full_name))
        .load(&mut *conn)
        .expect("members");
    let expected: Vec<(Option<String>, String)> = rows
        .iter()
        .filter(|(_, name)| !name.is_empty())
        .map(|(i, name)| (Some(format!("R-{i}")), (*name).to_owned()))
        .collect();
    let got: Vec<(Option<String>, String)> = written.iter().map(|(_, _, e, n)| (e.clone(), n.clone())).collect();
    assert_eq!(got, expected);
    // (On PostgreSQL the invalid row's ids go unused, as a rolled-back insert's would.)
    for pair in written.windows(2) {
        assert!(pair[1].0 > pair[0].0 && pair[1].1 > pair[0].1, "ids in the rows' order: {written:?}");
    }
    drop(conn);
    app.assert_search_index_exact();
    // And a search finds them by a word of their name: both people named An.
    let uri = format!("/api/v1/associations/{a}/members?q=an");
    let res = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let mut found: Vec<String> = res.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|m| m["external_id"].as_str().expect("external_id").to_owned())
        .collect();
    found.sort();
    assert_eq!(found, ["R-1", "R-5"]);
}

/// A sync is planned before its write transaction, so other writers need not wait for the
/// rows to be checked. A write that lands while the plan is made must not be lost or undone
/// by it: the sync sees that the roster moved, plans again inside its transaction, and
/// writes what the file says over the roster as it is at the commit. Here the other writer,
/// on a connection of its own in the middle of the first plan, gives a member that the file
/// leaves as it was a new number: planned on the old roster, the sync would call that member
/// unchanged and keep the other writer's number.
#[actix_web::test]
async fn a_write_while_a_sync_is_planned_is_seen_not_overwritten_blindly() {
    use diesel::prelude::*;
    use lienhiep::domain::import::Lang;
    use lienhiep::domain::roster::read_csv;
    use lienhiep::models::roster::{Mode, Options};
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let res =
        sync_csv(&app, a, "", "external_id,full_name,member_number\nKH-1,Nguyễn Văn An,1\nKH-2,Lò Thị Hoa,2\n").await;
    assert_eq!(counts(&res.json()), (2, 0, 0, 0), "{:?}", res.body);

    let file = "external_id,full_name,member_number\nKH-1,Nguyễn Văn An,10\nKH-2,Lò Thị Hoa,2\nKH-3,Cầm Văn Sơn,3\n";
    let table = read_csv(file.as_bytes(), Lang::En, 100).expect("the file reads");
    let options = Options {
        mode: Mode::Upsert,
        dry_run: false,
        skip_invalid: false,
        lang: Lang::En,
        today: chrono::Utc::now().date_naive(),
    };
    let other = std::cell::RefCell::new(Some(app.conn()));
    let written = std::cell::Cell::new(0);
    let interfere = |phase: &'static str, _done: usize| {
        // The first time rows are checked: the plan has read the roster.
        let Some(mut conn) = other.borrow_mut().take().filter(|_| phase == "checking") else { return };
        written.set(written.get() + 1);
        diesel::sql_query(format!(
            "UPDATE memberships SET member_number = 'MỚI-2', version = version + 1 \
             WHERE association_id = {a} AND external_id = 'KH-2'"
        ))
        .execute(&mut *conn)
        .expect("the other write does not wait for the sync");
    };
    let ctx = lienhiep::models::audit::WriteContext::system("test");
    let mut conn = app.conn();
    let report = lienhiep::usecases::roster_sync::sync_table(
        &mut conn,
        &ctx,
        a,
        table,
        options,
        &app.state.id_hash_key,
        &interfere,
    )
    .expect("the sync applies");
    drop(conn);
    assert_eq!(written.get(), 1, "the other write happened while the sync was planned");
    assert!(report.applied, "{report:?}");
    // KH-2 was changed under the plan: the file's number 2 is written back, and counted.
    assert_eq!((report.created, report.updated, report.unchanged), (1, 2, 0), "{report:?}");
    let numbers: Vec<(String, String)> = members_of(&app, a)
        .await
        .iter()
        .map(|m| {
            (m["external_id"].as_str().expect("id").to_owned(), m["member_number"].as_str().expect("n").to_owned())
        })
        .collect();
    assert_eq!(numbers, [("KH-1".into(), "10".into()), ("KH-2".into(), "2".into()), ("KH-3".into(), "3".into())]);
    app.assert_search_index_exact();
}

/// On PostgreSQL a write of memberships waits only for writes numbered in the same
/// association's feed: a transaction that holds a change number of one association (as a
/// roster sync does from its numbering to its commit, seconds under load) holds up a new member
/// there, not one in another association. SQLite writes one transaction at a time: nothing to
/// show there.
#[actix_web::test]
async fn a_change_number_holds_up_writers_of_its_own_association_only() {
    use diesel::connection::SimpleConnection;
    use std::time::Duration;
    let app = TestApp::spawn().await;
    if !app.db.is_postgres() {
        return;
    }
    let a = create_ok(&app, "Hội Khuyến học").await;
    let b = create_ok(&app, "Hội Y học").await;
    let add = |association: i64, name: &str| {
        let req = json(
            TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")),
            json!({"full_name": name}),
        );
        app.call_as(STAFF, &[], req)
    };
    let first = add(b, "Lò Văn Trước").await;
    assert_eq!(first.status, 201, "{:?}", first.body);

    let mut conn = app.conn();
    conn.batch_execute("BEGIN").expect("begin");
    let held = lienhiep::models::member::change_number(&mut conn, &[b]).expect("a change number of b");
    let elsewhere = tokio::time::timeout(Duration::from_secs(20), add(a, "Nguyễn Văn Khác"))
        .await
        .expect("a write of another association does not wait");
    assert_eq!(elsewhere.status, 201, "{:?}", elsewhere.body);
    let same = tokio::time::timeout(Duration::from_millis(700), add(b, "Cầm Thị Chờ")).await;
    assert!(same.is_err(), "a write of the same association waits for the transaction that holds its number");
    conn.batch_execute("ROLLBACK").expect("rollback");
    drop(conn);

    // Each feed still gives its changes in order, every one once.
    let after = add(b, "Lò Thị Sau").await;
    assert_eq!(after.status, 201, "{:?}", after.body);
    let numbers = |page: &Value| -> Vec<i64> {
        page["items"].as_array().expect("items").iter().map(|i| i["change_seq"].as_i64().expect("seq")).collect()
    };
    let feed_b = numbers(&feed(&app, b, None, 100).await);
    assert!(feed_b.windows(2).all(|w| w[0] < w[1]), "{feed_b:?}");
    assert!(*feed_b.last().expect("b's changes") > held, "{feed_b:?} after {held}");
    let names_b: Vec<String> =
        members_of(&app, b).await.iter().map(|m| m["person"]["full_name"].as_str().expect("name").to_owned()).collect();
    assert_eq!(names_b.len(), 3, "the write that waited was made after the rollback: {names_b:?}");
    assert_eq!(numbers(&feed(&app, a, None, 100).await).len(), 1);
}

/// The spellings secretaries write (issue 31): "Trung cấp", "Khơ Mú", "Đã rời hội", "ThS",
/// "PGS" read as their values, and the reference lists serve them as other names, so a
/// frontend validates the same way.
#[actix_web::test]
async fn code_list_cells_take_the_spellings_people_write() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khoa học Đất").await;
    let csv = "Mã hội viên;Họ và tên;Giới tính;Dân tộc;Trình độ;Học hàm;Trạng thái;Ngày rời hội\n\
               D-1;Lò Văn Một;NAM;Khơ Mú;Trung cấp;;Đang sinh hoạt;\n\
               D-2;Cầm Thị Hai;nữ;Khmú;ThS;;đã rời hội;01/06/2020\n\
               D-3;Quàng Văn Ba;Nam;thai;PGS.TS;PGS;Đang hoạt động;\n";
    let res = sync_csv(&app, a, "", csv).await;
    assert_eq!(res.status, 200, "{}", res.body_text());
    let members = members_of(&app, a).await;
    let got: Vec<(Value, Value, Value, Value, Value)> = members
        .iter()
        .map(|m| {
            let p = &m["person"];
            (
                p["gender"].clone(),
                p["ethnicity"].clone(),
                p["education_level"].clone(),
                p["academic_title"].clone(),
                m["status"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (json!("male"), json!("23"), json!("secondary"), Value::Null, json!("active")),
            (json!("female"), json!("23"), json!("master"), Value::Null, json!("left")),
            (json!("male"), json!("03"), json!("doctor"), json!("associate_professor"), json!("active")),
        ]
    );
    let list = app.get("/api/v1/reference/education_levels").await.json();
    let secondary =
        list["items"].as_array().expect("items").iter().find(|v| v["code"] == "secondary").expect("secondary");
    assert!(secondary["other_names"].as_array().expect("names").contains(&json!("Trung cấp")), "{secondary}");
}
