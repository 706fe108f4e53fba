//! Contests: the seeded contests, editions and their lifecycle, entries by role, eligibility.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::domain::statistics::Metric;
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
    let other = create_ok(&app, "Hội Nông dân").await;
    let stranger = app
        .call_as(
            STAFF,
            &[],
            json(
                TestRequest::post().uri(&format!("/api/v1/associations/{other}/members")),
                json!({"full_name": "Người Ngoài Hội"}),
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
    // A manager names only members of its own associations: the registry is not theirs.
    let problem = app
        .call_as(
            MANAGER,
            &[own],
            submit(json!({"title": "Robot tưới cây", "association_id": own, "authors": [
                {"role": "pupil", "full_name": "Cầm Thị Hoa", "school": "THPT Chuyên Sơn La", "grade": 11},
                {"role": "supervisor", "person_id": stranger}
            ]})),
        )
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "authors[1].person_id");
    assert!(!problem.to_string().contains("Người Ngoài Hội"));
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

    // Published results name pupils under 18 by initials when the contest says so.
    staff(&app, "PATCH", &format!("/api/v1/contests/{youth}"), json!({"minor_names": "initials"})).await;
    let past = edition(&app, youth, 1).await["id"].as_i64().expect("id");
    let records =
        json!([{"title": "Đèn học tự động", "authors": ["Cầm Thị Hoa"], "school": "THCS Chiềng Lề", "prize": "first"}]);
    let res = app
        .call_as(STAFF, &[], json(TestRequest::post().uri(&format!("/api/v1/editions/{past}/import")), records))
        .await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["created"], 1);
    let public = app.get(&format!("/api/v1/editions/{past}/results")).await.json();
    assert_eq!(public["items"][0]["authors"][0]["full_name"], "C. T. H.");
    assert_eq!(public["items"][0]["authors"][0]["school"], "THCS Chiềng Lề");
    let full =
        app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/editions/{past}/results"))).await.json();
    assert_eq!(full["items"][0]["authors"][0]["full_name"], "Cầm Thị Hoa", "staff see the name");
}

/// What a judging test needs: an edition open with entries, judges linked to people.
struct Judging {
    edition: i64,
    own: i64,
    other: i64,
    entries: Vec<i64>,
    judges: Vec<(i64, String)>,
}

async fn judging_setup(app: &TestApp) -> Judging {
    let own = create_ok(app, "Hội Cơ khí").await;
    let other = create_ok(app, "Hội Tin học").await;
    let technical = contest_id(app, "technical_innovation").await;
    let edition = edition(app, technical, 7).await["id"].as_i64().expect("id");
    staff(app, "POST", &format!("/api/v1/editions/{edition}/open"), json!({})).await;
    let mut people = Vec::new();
    for (association, name) in [(other, "Hà Văn Thẩm"), (other, "Lường Thị Định"), (own, "Cầm Văn Hội")]
    {
        let res =
            staff(app, "POST", &format!("/api/v1/associations/{association}/members"), json!({"full_name": name}))
                .await;
        people.push(res.json()["person"]["id"].as_i64().expect("person"));
    }
    let judges: Vec<(i64, String)> = people
        .iter()
        .enumerate()
        .map(|(i, p)| app.linked_user(&format!("judge.{i}"), &[Role::Judge], Some(*p)))
        .collect();
    let mut entries = Vec::new();
    for (title, author) in [
        ("Giải pháp A", None),
        ("Giải pháp B", None),
        ("Giải pháp C", None),
        ("Giải pháp D", None),
        ("Giải pháp E", Some(people[1])),
    ] {
        let mut authors = json!([{"role": "author", "full_name": "Lò Văn Pha"}]);
        if let Some(p) = author {
            authors = json!([{"role": "author", "person_id": p}]);
        }
        let body = json!({"title": title, "association_id": own, "authors": authors});
        // A member of another association is named by staff (a manager names its own members only).
        let roles = if author.is_some() { STAFF } else { MANAGER };
        let res = app
            .call_as(roles, &[own], json(TestRequest::post().uri(&format!("/api/v1/editions/{edition}/entries")), body))
            .await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        entries.push(res.json()["id"].as_i64().expect("id"));
    }
    Judging { edition, own, other, entries, judges }
}

#[actix_web::test]
async fn judging_runs_from_assignment_to_published_results_each_step_by_its_role_and_the_ranking_is_the_hand_computed_one(
) {
    let app = TestApp::spawn().await;
    let Judging { edition, own, other, entries, judges } = judging_setup(&app).await;
    let [a, b, c, d, e] = entries[..] else { panic!("five entries") };
    let (j1, j1_token) = judges[0].clone();
    let (j2, j2_token) = judges[1].clone();
    let (j3, _) = judges[2].clone();
    let by = |token: &str, req: TestRequest| {
        let app = &app;
        let token = token.to_owned();
        async move { app.call(req.insert_header(("Authorization", token))).await }
    };
    let entry = |id: i64, rest: &str| format!("/api/v1/entries/{id}{rest}");

    // Eligibility first: D is ineligible.
    for id in [a, b, c, e] {
        staff(&app, "POST", &entry(id, "/eligibility"), json!({"eligible": true})).await;
    }
    staff(
        &app,
        "POST",
        &entry(d, "/eligibility"),
        json!({"eligible": false, "reason": "Trùng giải pháp đã đoạt giải"}),
    )
    .await;

    // Staff assign judges; the conflict-of-interest rules refuse what they must.
    let assign = |id: i64, user: i64| {
        json(TestRequest::post().uri(&format!("/api/v1/entries/{id}/judges")), json!({"user_id": user}))
    };
    app.call_as(MANAGER, &[own], assign(a, j1)).await.assert_problem(403, "forbidden");
    let problem = app.call_as(STAFF, &[], assign(a, j3)).await.assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("belongs to association")), "{problem}");
    let problem = app.call_as(STAFF, &[], assign(e, j2)).await.assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("author")), "{problem}");
    let (anyone, _) = app.linked_user("not.a.judge", &[Role::Expert], None);
    let problem = app.call_as(STAFF, &[], assign(a, anyone)).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["code"], "not_judge");
    for id in [a, b, c] {
        for user in [j1, j2] {
            let res = app.call_as(STAFF, &[], assign(id, user)).await;
            assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
        }
    }
    app.call_as(STAFF, &[], assign(e, j1)).await;
    // J2 cannot judge E (its author); J3 belongs to the association: E gets J1 and a fresh judge.
    let outsider =
        staff(&app, "POST", &format!("/api/v1/associations/{other}/members"), json!({"full_name": "Điêu Văn Ngoài"}))
            .await;
    let (j4, j4_token) = app.linked_user("judge.outsider", &[Role::Judge], outsider.json()["person"]["id"].as_i64());
    app.call_as(STAFF, &[], assign(e, j4)).await;
    app.call_as(STAFF, &[], assign(e, j4)).await.assert_problem(409, "conflict");
    // A judge declares a conflict on C and is taken off it; staff put them back.
    let conflict = json(TestRequest::post().uri(&entry(c, "/conflict")), json!({"note": "Tác giả là đồng nghiệp"}));
    assert_eq!(by(&j2_token, conflict).await.status, 204);
    let judges_of_c = app.call_as(STAFF, &[], TestRequest::get().uri(&entry(c, "/judges"))).await.json();
    assert_eq!(judges_of_c["items"].as_array().map(Vec::len), Some(1));
    app.call_as(STAFF, &[], assign(c, j2)).await;

    // A judge sees only the entries assigned to them.
    let listed = by(&j1_token, TestRequest::get().uri(&format!("/api/v1/editions/{edition}/entries"))).await.json();
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(4));
    assert_eq!(by(&j4_token, TestRequest::get().uri(&entry(a, ""))).await.status, 404);

    // Scores only while judging, within bounds, by the assigned judge.
    let put = |id: i64, scores: Value| json(TestRequest::put().uri(&entry(id, "/scores")), json!({"scores": scores}));
    by(&j1_token, put(a, json!({"novelty": 24}))).await.assert_problem(409, "conflict");
    assert_eq!(staff(&app, "POST", &format!("/api/v1/editions/{edition}/start-judging"), json!({})).await.status, 200);
    let problem =
        by(&j1_token, put(a, json!({"novelty": 31, "beauty": 3}))).await.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("e").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["scores.beauty", "scores.novelty"]);
    by(&j4_token, put(a, json!({"novelty": 20}))).await.assert_problem(404, "not_found");
    app.call_as(STAFF, &[], put(a, json!({"novelty": 20}))).await.assert_problem(403, "forbidden");
    by(&j1_token, put(d, json!({"novelty": 20}))).await.assert_problem(404, "not_found");
    let sheets = [
        (a, &j1_token, json!({"novelty": 24, "applicability": 16, "effectiveness": 8})),
        (a, &j2_token, json!({"novelty": 27, "applicability": 14, "effectiveness": 9})),
        (b, &j1_token, json!({"novelty": 30, "applicability": 20, "effectiveness": 5})),
        (b, &j2_token, json!({"novelty": 21, "applicability": 18, "effectiveness": 6})),
        (c, &j1_token, json!({"novelty": 20, "applicability": 18, "effectiveness": 8})),
        (e, &j1_token, json!({"novelty": 28, "applicability": 15, "effectiveness": 8})),
        (e, &j4_token, json!({"novelty": 24, "applicability": 16, "effectiveness": 7})),
    ];
    for (id, token, scores) in sheets {
        let res = by(token, put(id, scores)).await;
        assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    }
    // A change is kept: 25, then back to 24.
    by(&j1_token, put(a, json!({"novelty": 25}))).await;
    let sheet = by(&j1_token, put(a, json!({"novelty": 24}))).await.json();
    assert_eq!((sheet["complete"].as_bool(), sheet["weighted"].as_f64()), (Some(true), Some(80.0)));
    let history = app.call_as(STAFF, &[], TestRequest::get().uri(&entry(a, "/score-changes"))).await.json();
    let novelty: Vec<(Value, Value)> = history["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|c| c["criterion"] == "novelty" && c["user_id"] == j1)
        .map(|c| (c["old_score"].clone(), c["new_score"].clone()))
        .collect();
    assert_eq!(novelty, [(Value::Null, json!(24)), (json!(24), json!(25)), (json!(25), json!(24))]);

    // Before publication a judge sees only their own sheet, anonymous readers nothing.
    let own_sheets = by(&j1_token, TestRequest::get().uri(&entry(a, "/scores"))).await.json();
    assert_eq!(own_sheets["sheets"].as_array().map(Vec::len), Some(1));
    assert_eq!(own_sheets["sheets"][0]["user_id"], j1);
    let all_sheets = app.call_as(STAFF, &[], TestRequest::get().uri(&entry(a, "/scores"))).await.json();
    assert_eq!(all_sheets["sheets"].as_array().map(Vec::len), Some(2));
    app.call_as(MANAGER, &[own], TestRequest::get().uri(&entry(a, "/scores"))).await.assert_problem(403, "forbidden");
    let results_uri = format!("/api/v1/editions/{edition}/results");
    assert_eq!(app.get(&results_uri).await.status, 404);
    assert_eq!(app.get(&format!("/api/v1/editions/{edition}")).await.status, 404);
    assert_eq!(app.get(&entry(a, "")).await.status, 404);
    let live = app.call_as(STAFF, &[], TestRequest::get().uri(&results_uri)).await.json();
    assert_eq!(live["complete"], false, "J2 has not scored C");
    let publish = format!("/api/v1/editions/{edition}/publish-results");
    staff(&app, "POST", &publish, json!({})).await.assert_problem(409, "conflict");
    staff(&app, "POST", &format!("/api/v1/editions/{edition}/award-prizes"), json!({}))
        .await
        .assert_problem(409, "conflict");
    by(&j2_token, put(c, json!({"novelty": 26, "applicability": 16, "effectiveness": 7}))).await;

    // The hand-computed ranking: A (80 and 82) = 81; B (85, 75) = 80; E (82, 77) = 79.5 and
    // C (80, 79) = 79.5 tie, and E's first criterion (28 + 24) / 2 = 26 beats C's 23.
    app.call_as(MANAGER, &[own], TestRequest::post().uri(&format!("/api/v1/editions/{edition}/award-prizes")))
        .await
        .assert_problem(403, "forbidden");
    let ranked = staff(&app, "POST", &format!("/api/v1/editions/{edition}/award-prizes"), json!({})).await.json();
    let table: Vec<(i64, i64, f64, String)> = ranked["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| {
            (
                r["rank"].as_i64().expect("rank"),
                r["entry_id"].as_i64().expect("id"),
                r["score"].as_f64().expect("score"),
                r["prize"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        table,
        [
            (1, a, 81.0, "first".to_owned()),
            (2, b, 80.0, "second".to_owned()),
            (3, e, 79.5, "third".to_owned()),
            (4, c, 79.5, "third".to_owned())
        ]
    );
    // Before publication only staff see prizes.
    let managers_view = app.call_as(MANAGER, &[own], TestRequest::get().uri(&entry(a, ""))).await.json();
    assert_eq!((managers_view["prize"].clone(), managers_view["rank"].clone()), (Value::Null, Value::Null));
    assert_eq!(app.call_as(STAFF, &[], TestRequest::get().uri(&entry(a, ""))).await.json()["prize"], "first");
    // Prizes by hand stay within quotas.
    let prize = |id: i64, p: Value| json(TestRequest::post().uri(&entry(id, "/prize")), json!({"prize": p}));
    app.call_as(STAFF, &[], prize(c, json!("first"))).await.assert_problem(409, "conflict");
    assert_eq!(app.call_as(STAFF, &[], prize(c, json!("consolation"))).await.json()["prize"], "consolation");
    app.call_as(STAFF, &[], prize(d, json!("consolation"))).await.assert_problem(409, "conflict");

    // Publication: everyone sees the results, the judges every sheet; scores are frozen.
    app.call_as(MANAGER, &[own], TestRequest::post().uri(&publish)).await.assert_problem(403, "forbidden");
    // Not with more prizes than a quota allows (the quota was lowered after the prizes).
    let quotas = |third: i64| json!({"quotas": {"first": 1, "second": 1, "third": third, "consolation": 3}});
    staff(&app, "PATCH", &format!("/api/v1/editions/{edition}"), quotas(0)).await;
    let problem = staff(&app, "POST", &publish, json!({})).await.assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("third")), "{problem}");
    staff(&app, "PATCH", &format!("/api/v1/editions/{edition}"), quotas(2)).await;
    let published = staff(&app, "POST", &publish, json!({})).await;
    assert_eq!(published.json()["status"], "results_published");
    let public = app.get(&results_uri).await.json();
    let ranks: Vec<(i64, String)> = public["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| (r["entry_id"].as_i64().expect("id"), r["prize"].as_str().unwrap_or("-").to_owned()))
        .collect();
    assert_eq!(ranks, [(a, "first".into()), (b, "second".into()), (e, "third".into()), (c, "consolation".into())]);
    assert!(public["items"][0].get("judges").is_none(), "judging counts are for staff");
    let managers_view = app.call_as(MANAGER, &[own], TestRequest::get().uri(&entry(a, ""))).await.json();
    assert_eq!(managers_view["prize"], "first", "public once published");
    let public_entry = app.get(&entry(a, "")).await.json();
    assert_eq!((public_entry["rank"].as_i64(), public_entry["final_score"].as_f64()), (Some(1), Some(81.0)));
    assert_eq!(app.get(&entry(d, "")).await.status, 404, "an ineligible entry stays private");
    let after = by(&j1_token, TestRequest::get().uri(&entry(a, "/scores"))).await.json();
    assert_eq!(after["sheets"].as_array().map(Vec::len), Some(2));
    by(&j1_token, put(a, json!({"novelty": 30}))).await.assert_problem(409, "conflict");
    staff(&app, "POST", &publish, json!({})).await.assert_problem(409, "conflict");

    // A winner is sent on; its national result is recorded on the same entry.
    let national = |id: i64| {
        json(
            TestRequest::post().uri(&entry(id, "/national-result")),
            json!({"sent_on": lienhiep::domain::time::today(app.state.config.timezone).to_string(), "prize": "third", "labour_creativity_certificate": true, "applied": true}),
        )
    };
    app.call_as(STAFF, &[], national(d)).await.assert_problem(409, "conflict");
    let res = app.call_as(STAFF, &[], national(a)).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["national"]["prize"], "third");
    let closed = staff(&app, "POST", &format!("/api/v1/editions/{edition}/close"), json!({})).await.json();
    assert_eq!(closed["status"], "closed");

    // The statistics observations count what happened above.
    let observations = lienhiep::models::contest::observations(&mut app.conn(), 2026).expect("observations");
    let value = |metric: Metric, dimension: &str| {
        observations
            .iter()
            .filter(|o| o.metric == metric && o.dimension.as_ref().is_some_and(|(_, v)| v == dimension))
            .map(|o| o.value)
            .sum::<i64>()
    };
    assert_eq!(value(Metric::ContestEditions, "technical_innovation"), 1);
    assert_eq!(value(Metric::ContestEntries, "technical_innovation"), 5);
    assert_eq!(value(Metric::ContestEligibleEntries, "technical_innovation"), 4);
    for prize in ["first", "second", "third", "consolation"] {
        assert_eq!(value(Metric::ContestPrizes, &format!("technical_innovation:{prize}")), 1, "{prize}");
    }
    assert_eq!(value(Metric::ContestNationalPrizes, "technical_innovation:third"), 1);
    assert_eq!(value(Metric::ContestLabourCertificates, "technical_innovation"), 1);
}

#[actix_web::test]
async fn a_past_edition_is_imported_with_its_prizes_all_or_nothing_and_then_closed() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Cơ khí").await;
    let technical = contest_id(&app, "technical_innovation").await;
    let body = json!({"number": 1, "year": 2013, "criteria": criteria(), "quotas": {"first": 1, "second": 2}});
    let id = staff(&app, "POST", &format!("/api/v1/contests/{technical}/editions"), body).await.json()["id"]
        .as_i64()
        .expect("id");
    let uri = format!("/api/v1/editions/{id}/import?published_on=2013-11-20");
    let csv = |rows: &str| {
        TestRequest::post().uri(&uri).insert_header(("Content-Type", "text/csv")).set_payload(format!(
            "Tên giải pháp,Tác giả,Mã hội,Giải,Điểm,Giải toàn quốc,Bằng lao động sáng tạo\n{rows}"
        ))
    };
    let bad = "Máy gieo hạt,Lò Văn Pha,1,Giải Nhất,86.5,,\nMáy tuốt lúa,Cầm Văn Hội,1,Giải Vàng,80,,\nBơm nước,Quàng Văn Đóng,1,,70,Giải Ba,x\n";
    let problem = app.call_as(STAFF, &[], csv(bad)).await.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("e").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["[3].prize", "[4].national_prize"]);
    assert_eq!(
        app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/editions/{id}/entries"))).await.json()
            ["items"],
        json!([])
    );
    let good = format!("Máy gieo hạt,Lò Văn Pha; Điêu Chính Tơi,{own},Giải Nhất,86.5,Giải Ba,x\nMáy tuốt lúa,Cầm Văn Hội,{own},Giải Nhì,\"80,25\",,\nBơm nước,Quàng Văn Đóng,{own},,70,,\n");
    app.call_as(MANAGER, &[own], csv(&good)).await.assert_problem(403, "forbidden");
    let res = app.call_as(STAFF, &[], csv(&good)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["created"], 3);
    app.call_as(STAFF, &[], csv(&good)).await.assert_problem(409, "conflict");
    let edition = app.get(&format!("/api/v1/editions/{id}")).await.json();
    assert_eq!((edition["status"].as_str(), edition["published_on"].as_str()), (Some("closed"), Some("2013-11-20")));
    let results = app.get(&format!("/api/v1/editions/{id}/results")).await.json();
    assert_eq!(results["items"].as_array().map(Vec::len), Some(3));
    let first =
        &results["items"].as_array().expect("items").iter().find(|r| r["prize"] == "first").expect("first")["entry_id"];
    let entry = app.get(&format!("/api/v1/entries/{first}")).await.json();
    assert_eq!(entry["authors"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        (entry["national"]["prize"].as_str(), entry["national"]["labour_creativity_certificate"].as_bool()),
        (Some("third"), Some(true))
    );
    let observations = lienhiep::models::contest::observations(&mut app.conn(), 2013).expect("observations");
    let total = |metric: Metric| observations.iter().filter(|o| o.metric == metric).map(|o| o.value).sum::<i64>();
    assert_eq!(
        (total(Metric::ContestEditions), total(Metric::ContestEntries), total(Metric::ContestPrizes)),
        (1, 3, 2)
    );
    assert_eq!((total(Metric::ContestNationalPrizes), total(Metric::ContestLabourCertificates)), (1, 1));
}

/// An edition's steps keep the days they happened, generated: each not before the one before
/// it (publication included) nor in the future (seeded, seed printed).
#[actix_web::test]
async fn edition_steps_keep_the_days_they_happened() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let today = lienhiep::domain::time::today(app.state.config.timezone);
    let technical = contest_id(&app, "technical_innovation").await;
    for n in 0..6 {
        let id = edition(&app, technical, 20 + n).await["id"].as_i64().expect("id");
        let start = today - chrono::Duration::days(100 + rng.below(3000) as i64);
        let steps =
            [("open", json!({})), ("start-judging", json!({})), ("publish-results", json!({})), ("close", json!({}))];
        let taken = crate::helpers::take_dated_steps(
            &app,
            &mut rng,
            seed,
            &steps,
            |step| format!("/api/v1/editions/{id}/{step}"),
            start,
        )
        .await;
        let shown = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/editions/{id}"))).await.json();
        let fields = ["opened_on", "judging_started_on", "published_on", "closed_on"];
        for (field, day) in fields.iter().zip(&taken) {
            assert_eq!(shown[*field], json!(day.to_string()), "seed {seed}: {field}: {shown}");
        }
    }
}

/// Awards abroad: recorded by staff once the results are out, several per entry, read by
/// anyone then, counted in the edition's year, removed with `If-Match`.
#[actix_web::test]
async fn awards_won_abroad_are_recorded_after_publication_and_counted() {
    let app = TestApp::spawn().await;
    let youth = contest_id(&app, "youth_creativity").await;
    let body = json!({"number": 1, "year": 2017, "criteria": criteria()});
    let edition = staff(&app, "POST", &format!("/api/v1/contests/{youth}/editions"), body).await.json()["id"].clone();
    let draft = staff(
        &app,
        "POST",
        &format!("/api/v1/contests/{youth}/editions"),
        json!({"number": 2, "year": 2019, "criteria": criteria()}),
    )
    .await
    .json()["id"]
        .clone();
    assert_eq!(staff(&app, "POST", &format!("/api/v1/editions/{draft}/open"), json!({})).await.status, 200);
    let entry_of_draft = staff(
        &app,
        "POST",
        &format!("/api/v1/editions/{draft}/entries"),
        json!({"title": "Mô hình chưa thi", "authors": [{"role": "pupil", "full_name": "Lò Văn Em", "school": "Trường THCS Chiềng Sinh", "grade": 8}]}),
    )
    .await;
    let records = json!([{"title": "Máy phân loại cà phê", "authors": ["Quàng Văn Nam"], "prize": "first", "national_prize": "first"},
                         {"title": "Đèn học thông minh", "authors": ["Lò Thị Hoa"], "prize": "second"}]);
    staff(&app, "POST", &format!("/api/v1/editions/{edition}/import?published_on=2017-12-20"), records).await;
    let entries = app.get(&format!("/api/v1/editions/{edition}/entries")).await.json();
    let first =
        entries["items"].as_array().expect("items").iter().find(|e| e["title"] == "Máy phân loại cà phê").expect("e")
            ["id"]
            .clone();
    let uri = format!("/api/v1/entries/{first}/international-awards");
    let silver = json!({"event": "Triển lãm quốc tế sáng chế (IYIA)", "country": "In-đô-nê-xi-a", "year": 2018, "award": "silver_medal"});

    assert_eq!(entry_of_draft.status, 201, "{}", entry_of_draft.body_text());
    let early = format!("/api/v1/entries/{}/international-awards", entry_of_draft.json()["id"]);
    staff(&app, "POST", &early, silver.clone()).await.assert_problem(409, "conflict");
    assert_eq!(app.get(&early).await.status, 404, "an unpublished edition's entry is not shown to the public");
    assert_eq!(app.call_as(STAFF, &[], TestRequest::get().uri(&early)).await.status, 200, "staff see it");
    for (field, bad) in [("year", json!(2016)), ("year", json!(2999)), ("event", json!(" ")), ("award", json!("gold"))]
    {
        let mut body = silver.clone();
        body[field] = bad.clone();
        let res = staff(&app, "POST", &uri, body).await;
        let problem = res.assert_problem(
            if field == "award" { 400 } else { 422 },
            if field == "award" { "bad_request" } else { "validation_failed" },
        );
        assert!(problem.to_string().contains(field), "{field} = {bad}: {problem}");
    }
    app.call_as(MANAGER, &[1], json(TestRequest::post().uri(&uri), silver.clone()))
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(app.get(&uri).await.json()["items"], json!([]), "nothing refused was written");

    let created = staff(&app, "POST", &uri, silver.clone()).await;
    assert_eq!(created.status, 201, "{}", created.body_text());
    // A whole number written as 2018.0 (as some JSON writers do) is still a year.
    let special = json!({"event": "Triển lãm quốc tế sáng chế (IYIA)", "year": 2018.0, "award": "special_prize", "awarded_by": "Ma Cao"});
    assert_eq!(staff(&app, "POST", &uri, special).await.status, 201);
    let list = app.get(&uri).await.json();
    let awards: Vec<&str> =
        list["items"].as_array().expect("items").iter().map(|a| a["award"].as_str().expect("a")).collect();
    assert_eq!(awards, ["silver_medal", "special_prize"], "anyone reads them once the results are out");

    let observations = lienhiep::models::contest::observations(&mut app.conn(), 2017).expect("observations");
    let abroad: Vec<(String, i64)> = observations
        .iter()
        .filter(|o| o.metric == Metric::ContestInternationalAwards)
        .map(|o| (o.dimension.clone().expect("dimension").1, o.value))
        .collect();
    assert_eq!(
        abroad,
        [("youth_creativity:silver_medal".to_owned(), 1), ("youth_creativity:special_prize".to_owned(), 1)]
    );
    let later = lienhiep::models::contest::observations(&mut app.conn(), 2018).expect("observations");
    assert!(later.iter().all(|o| o.metric != Metric::ContestInternationalAwards), "counted in the edition's year");

    let one = format!("{uri}/{}", created.json()["id"]);
    let stale = app.call_as(STAFF, &[], TestRequest::delete().uri(&one).insert_header(("If-Match", "\"v9\""))).await;
    stale.assert_problem(412, "precondition_failed");
    let removed = app.call_as(STAFF, &[], TestRequest::delete().uri(&one).insert_header(("If-Match", "\"v1\""))).await;
    assert_eq!(removed.status, 204);
    assert_eq!(app.get(&one).await.status, 404);
    assert_eq!(app.get(&uri).await.json()["items"].as_array().map(Vec::len), Some(1));
}
