//! Contests: the seeded contests, editions and their lifecycle, entries by role, eligibility.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];
const MANAGER: &[Role] = &[Role::AssociationManager];

async fn staff(app: &TestApp, method: &str, uri: &str, body: Value) -> TestResponse {
    let req = match method {
        "PATCH" => TestRequest::patch(),
        _ => TestRequest::post(),
    };
    app.call_as(STAFF, &[], json(req.uri(uri), body)).await
}

async fn contest_id(app: &TestApp, code: &str) -> i64 {
    let list = app.get("/api/v1/contests").await.json();
    list["items"].as_array().expect("items").iter().find(|c| c["code"] == code).expect("seeded")["id"]
        .as_i64()
        .expect("id")
}

fn criteria() -> Value {
    json!([
        {"code": "novelty", "name": "Tính mới, tính sáng tạo", "weight": 30, "max_score": 30},
        {"code": "applicability", "name": "Khả năng áp dụng", "weight": 40, "max_score": 20},
        {"code": "effectiveness", "name": "Hiệu quả kinh tế - xã hội", "weight": 30, "max_score": 10}
    ])
}

async fn edition(app: &TestApp, contest: i64, number: i64) -> Value {
    let body = json!({"number": number, "year": 2026, "criteria": criteria(), "quotas": {"first": 1, "second": 1, "third": 2, "consolation": 3}});
    let res = staff(app, "POST", &format!("/api/v1/contests/{contest}/editions"), body).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    res.json()
}

#[actix_web::test]
async fn both_contests_are_seeded_and_staff_add_others() {
    let app = TestApp::spawn().await;
    let list = app.get("/api/v1/contests").await.json();
    let codes: Vec<&str> =
        list["items"].as_array().expect("items").iter().map(|c| c["code"].as_str().expect("c")).collect();
    assert_eq!(codes, ["technical_innovation", "youth_creativity"]);
    assert_eq!(list["items"][1]["kind"], "youth_creativity");
    assert_eq!(list["items"][1]["minor_names"], "full_name", "full names by default");
    let body = json!({"code": "digital_ideas", "name_vi": "Cuộc thi Ý tưởng chuyển đổi số", "name_en": "Digital Ideas Contest", "kind": "other"});
    app.call_as(MANAGER, &[1], json(TestRequest::post().uri("/api/v1/contests"), body.clone()))
        .await
        .assert_problem(403, "forbidden");
    let res = staff(&app, "POST", "/api/v1/contests", body.clone()).await;
    assert_eq!(res.status, 201);
    let id = res.json()["id"].as_i64().expect("id");
    staff(&app, "POST", "/api/v1/contests", body).await.assert_problem(409, "conflict");
    let bad = json!({"code": "Bad Code", "name_vi": "Cuộc thi", "name_en": "Contest", "kind": "other"});
    let problem = staff(&app, "POST", "/api/v1/contests", bad).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "code");
    let res = staff(&app, "PATCH", &format!("/api/v1/contests/{id}"), json!({"minor_names": "initials"})).await;
    assert_eq!(res.json()["minor_names"], "initials");
    assert_eq!(app.audit_count("contest", id), 2);
}

#[actix_web::test]
async fn an_edition_moves_by_its_operations_and_only_an_open_edition_takes_entries_from_its_managers() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Cơ khí").await;
    let other = create_ok(&app, "Hội Tin học").await;
    let technical = contest_id(&app, "technical_innovation").await;

    // Criteria are checked as a whole; numbers are unique per contest.
    let bad = json!({"number": 1, "year": 2026, "criteria": [
        {"code": "novelty", "name": "Tính mới", "weight": 30, "max_score": 30},
        {"code": "novelty", "name": "Tính mới (lặp)", "weight": 0, "max_score": 10}
    ]});
    let problem = staff(&app, "POST", &format!("/api/v1/contests/{technical}/editions"), bad)
        .await
        .assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["criteria[1].code", "criteria[1].weight"]);
    let ed = edition(&app, technical, 5).await;
    let id = ed["id"].as_i64().expect("id");
    assert_eq!((ed["status"].as_str(), ed["criteria"].as_array().map(Vec::len)), (Some("draft"), Some(3)));
    staff(&app, "POST", &format!("/api/v1/contests/{technical}/editions"), json!({"number": 5, "year": 2027}))
        .await
        .assert_problem(409, "conflict");

    // A draft is the union's: nobody else sees it, and it takes no entries.
    let uri = format!("/api/v1/editions/{id}");
    assert_eq!(app.get(&uri).await.status, 404);
    assert_eq!(app.call_as(MANAGER, &[own], TestRequest::get().uri(&uri)).await.status, 404);
    let entry = |title: &str, association: i64| json!({"title": title, "field": "Cơ khí", "association_id": association, "authors": [{"role": "author", "full_name": "Lò Văn Pha", "workplace": "HTX Chiềng Ban"}], "attachments": [{"url": "https://drive.example.vn/may-say.pdf", "title": "Thuyết minh"}]});
    let submit = |body: Value| json(TestRequest::post().uri(&format!("/api/v1/editions/{id}/entries")), body);
    app.call_as(MANAGER, &[own], submit(entry("Máy sấy", own))).await.assert_problem(404, "not_found");
    let empty =
        staff(&app, "POST", &format!("/api/v1/contests/{technical}/editions"), json!({"number": 6, "year": 2027}))
            .await
            .json();
    let problem = staff(&app, "POST", &format!("/api/v1/editions/{}/open", empty["id"]), json!({}))
        .await
        .assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("criteria")));
    app.call_as(MANAGER, &[own], TestRequest::post().uri(&format!("{uri}/open")))
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(staff(&app, "POST", &format!("{uri}/open"), json!({})).await.json()["status"], "open");
    let problem = staff(&app, "POST", &format!("{uri}/open"), json!({})).await.assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!(["start-judging"]));
    let patch = staff(
        &app,
        "PATCH",
        &uri,
        json!({"criteria": [{"code": "novelty", "name": "Tính mới", "weight": 1, "max_score": 10}]}),
    )
    .await;
    patch.assert_problem(409, "conflict");
    let patch =
        staff(&app, "PATCH", &uri, json!({"quotas": {"first": 2, "second": 2, "third": 2, "consolation": 4}})).await;
    assert_eq!(patch.json()["quotas"]["first"], 2, "quotas change until results are published");
    assert_eq!(app.call_as(MANAGER, &[own], TestRequest::get().uri(&uri)).await.status, 200);
    let listed = app.get(&format!("/api/v1/contests/{technical}/editions")).await.json();
    assert_eq!(listed["items"], json!([]), "anonymous readers see published editions only");

    // Managers submit for their own associations only.
    app.call_as(MANAGER, &[own], submit(entry("Máy sấy", other))).await.assert_problem(403, "forbidden");
    let mut no_association = entry("Máy sấy", own);
    no_association.as_object_mut().expect("object").remove("association_id");
    app.call_as(MANAGER, &[own], submit(no_association)).await.assert_problem(422, "validation_failed");
    let mut pupil = entry("Máy sấy", own);
    pupil["authors"] = json!([{"role": "pupil", "full_name": "Cầm Thị Hoa", "school": "THPT Chuyên", "grade": 11}]);
    let problem = app.call_as(MANAGER, &[own], submit(pupil)).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "authors[0].role");
    let res = app.call_as(MANAGER, &[own], submit(entry("Máy sấy cà phê", own))).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    let first = res.json();
    assert_eq!(first["status"], "submitted");
    assert_eq!(res.header("Location"), Some(format!("/api/v1/entries/{}", first["id"]).as_str()));
    let second = app.call_as(MANAGER, &[own], submit(entry("Máy gặt lúa", own))).await.json();
    let theirs = app.call_as(MANAGER, &[other], submit(entry("Phần mềm quản lý", other))).await.json();

    // Each manager sees their own entries; staff see all; nobody else sees any yet.
    let list = |roles: &'static [Role], scope: Vec<i64>| {
        let app = &app;
        async move {
            let res =
                app.call_as(roles, &scope, TestRequest::get().uri(&format!("/api/v1/editions/{id}/entries"))).await;
            res.json()["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|e| e["title"].as_str().expect("t").to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(list(MANAGER, vec![own]).await, ["Máy sấy cà phê", "Máy gặt lúa"]);
    assert_eq!(list(STAFF, vec![]).await.len(), 3);
    assert_eq!(list(&[Role::Judge], vec![]).await.len(), 0, "a judge sees assigned entries only");
    let theirs_uri = format!("/api/v1/entries/{}", theirs["id"]);
    assert_eq!(app.call_as(MANAGER, &[own], TestRequest::get().uri(&theirs_uri)).await.status, 404);
    assert_eq!(app.get(&format!("/api/v1/entries/{}", first["id"])).await.status, 404);
    let q =
        app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/editions/{id}/entries?q=may%20say"))).await;
    assert_eq!(q.json()["items"].as_array().map(Vec::len), Some(1), "search ignores diacritics");

    // Managers change a submitted entry; staff decide eligibility; then it is the union's.
    let first_uri = format!("/api/v1/entries/{}", first["id"]);
    let res = app
        .call_as(
            MANAGER,
            &[own],
            json(TestRequest::patch().uri(&first_uri), json!({"summary": "Sấy bằng năng lượng mặt trời"})),
        )
        .await;
    assert_eq!(res.json()["summary"], "Sấy bằng năng lượng mặt trời");
    app.call_as(MANAGER, &[own], json(TestRequest::patch().uri(&first_uri), json!({"association_id": other})))
        .await
        .assert_problem(403, "forbidden");
    let eligibility = |uri: &str, body: Value| json(TestRequest::post().uri(&format!("{uri}/eligibility")), body);
    app.call_as(MANAGER, &[own], eligibility(&first_uri, json!({"eligible": true})))
        .await
        .assert_problem(403, "forbidden");
    app.call_as(STAFF, &[], eligibility(&first_uri, json!({"eligible": false})))
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(
        app.call_as(STAFF, &[], eligibility(&first_uri, json!({"eligible": true}))).await.json()["status"],
        "eligible"
    );
    let res = app
        .call_as(STAFF, &[], eligibility(&theirs_uri, json!({"eligible": false, "reason": "Đã đoạt giải kỳ trước"})))
        .await;
    assert_eq!(
        (res.json()["status"].as_str(), res.json()["ineligible_reason"].as_str()),
        (Some("ineligible"), Some("Đã đoạt giải kỳ trước"))
    );
    app.call_as(MANAGER, &[own], json(TestRequest::patch().uri(&first_uri), json!({"field": "Nông nghiệp"})))
        .await
        .assert_problem(409, "conflict");
    let second_uri = format!("/api/v1/entries/{}", second["id"]);
    app.call_as(MANAGER, &[other], TestRequest::post().uri(&format!("{second_uri}/withdraw")))
        .await
        .assert_problem(404, "not_found");
    let res = app.call_as(MANAGER, &[own], TestRequest::post().uri(&format!("{second_uri}/withdraw"))).await;
    assert_eq!(res.json()["status"], "withdrawn");
    app.call_as(MANAGER, &[own], TestRequest::post().uri(&format!("{second_uri}/withdraw")))
        .await
        .assert_problem(409, "conflict");

    // Judging ends submissions.
    assert_eq!(staff(&app, "POST", &format!("{uri}/start-judging"), json!({})).await.json()["status"], "judging");
    app.call_as(MANAGER, &[own], submit(entry("Muộn", own))).await.assert_problem(409, "conflict");
    assert_eq!(app.audit_count("contest_entry", first["id"].as_i64().expect("id")), 3);
}

#[actix_web::test]
async fn a_youth_entry_names_pupils_with_school_and_grade_and_a_known_person_is_filled_in() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let teacher = app
        .call_as(
            STAFF,
            &[],
            json(
                TestRequest::post().uri(&format!("/api/v1/associations/{own}/members")),
                json!({"full_name": "Điêu Chính Tơi", "workplace": "THPT Chuyên Sơn La"}),
            ),
        )
        .await
        .json()["person"]["id"]
        .as_i64()
        .expect("person");
    let youth = contest_id(&app, "youth_creativity").await;
    let id = edition(&app, youth, 9).await["id"].as_i64().expect("id");
    staff(&app, "POST", &format!("/api/v1/editions/{id}/open"), json!({})).await;
    let submit = |body: Value| json(TestRequest::post().uri(&format!("/api/v1/editions/{id}/entries")), body);
    let problem = app
        .call_as(MANAGER, &[own], submit(json!({"title": "Robot tưới cây", "association_id": own, "authors": [{"role": "supervisor", "person_id": teacher}]})))
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "authors");
    let problem = app
        .call_as(MANAGER, &[own], submit(json!({"title": "Robot tưới cây", "association_id": own, "authors": [{"role": "pupil", "full_name": "Cầm Thị Hoa", "grade": 13}]})))
        .await
        .assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("e").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["authors[0].grade", "authors[0].school"]);
    let body = json!({"title": "Robot tưới cây", "association_id": own, "authors": [
        {"role": "pupil", "full_name": "Cầm Thị Hoa", "school": "THPT Chuyên Sơn La", "grade": 11, "birth_date": "2010-05-04"},
        {"role": "supervisor", "person_id": teacher}
    ]});
    let res = app.call_as(MANAGER, &[own], submit(body)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    let entry = res.json();
    assert_eq!(entry["authors"][1]["full_name"], "Điêu Chính Tơi", "taken from the registry");
    assert_eq!(entry["authors"][1]["workplace"], "THPT Chuyên Sơn La");
    assert_eq!(entry["authors"][0]["birth_date"], "2010-05-04", "the full view shows the birth date");
}
