//! Advisory opinions: the workflow by role, deadlines, visibility, import, observations.

use actix_web::test::TestRequest;
use chrono::Duration;
use lienhiep::auth::Role;
use lienhiep::domain::statistics::Metric;
use serde_json::{json, Value};

use crate::helpers::{json, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];

fn today(app: &TestApp) -> chrono::NaiveDate {
    lienhiep::domain::time::today(app.state.config.timezone)
}

async fn create(app: &TestApp, body: Value) -> Value {
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/advisory-opinions"), body)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    res.json()
}

async fn step(app: &TestApp, id: &Value, name: &str, body: Value) -> TestResponse {
    app.call_as(STAFF, &[], json(TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{id}/{name}")), body))
        .await
}

#[actix_web::test]
async fn a_case_goes_from_request_to_outcome_by_staff_and_anonymous_readers_see_it_once_closed() {
    let app = TestApp::spawn().await;
    let today = today(&app);
    let received = today - Duration::days(30);
    let body = json!({
        "title": "Phản biện Đề án phát triển cây ăn quả", "kind": "critique", "requester": "peoples_committee",
        "request_reference": "Công văn 1234/UBND-KT", "received_on": received.to_string(),
        "due_on": (received + Duration::days(20)).to_string(), "field": "Nông nghiệp", "confidentiality": "public",
        "under_contract": true, "fee": 15_000_000
    });
    for roles in [&[Role::AssociationManager][..], &[Role::Expert][..], &[Role::Judge][..]] {
        app.call_as(roles, &[1], json(TestRequest::post().uri("/api/v1/advisory-opinions"), body.clone()))
            .await
            .assert_problem(403, "forbidden");
    }
    app.call(json(TestRequest::post().uri("/api/v1/advisory-opinions"), body.clone()))
        .await
        .assert_problem(401, "unauthorized");
    let case = create(&app, body).await;
    let id = case["id"].clone();
    assert_eq!(case["status"], "received");
    assert_eq!(case["days_to_respond"], 30, "to today while open");
    assert_eq!(case["overdue"], true);

    let problem = step(&app, &id, "start", json!({})).await.assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!(["accept", "decline"]));
    step(&app, &id, "decline", json!({"reason": " "})).await.assert_problem(422, "validation_failed");
    let manager = app
        .call_as(
            &[Role::AssociationManager],
            &[1],
            TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{id}/accept")),
        )
        .await;
    manager.assert_problem(403, "forbidden");
    // Each step happened on a day of its own, recorded with it: not before the step before.
    let day = |n: i64| (received + Duration::days(n)).to_string();
    let problem = step(&app, &id, "accept", json!({"on": day(-1)})).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "on", "{problem}");
    let accepted = step(&app, &id, "accept", json!({"on": day(2)})).await.json();
    assert_eq!((accepted["status"].clone(), accepted["accepted_on"].clone()), (json!("accepted"), json!(day(2))));
    step(&app, &id, "start", json!({"on": day(1)})).await.assert_problem(422, "validation_failed");
    let started = step(&app, &id, "start", json!({"on": day(3)})).await.json();
    assert_eq!((started["status"].clone(), started["started_on"].clone()), (json!("in_progress"), json!(day(3))));
    let early = (received - Duration::days(1)).to_string();
    step(&app, &id, "submit-opinion", json!({"on": early})).await.assert_problem(422, "validation_failed");
    let future = (today + Duration::days(1)).to_string();
    step(&app, &id, "submit-opinion", json!({"on": future})).await.assert_problem(422, "validation_failed");
    step(&app, &id, "submit-opinion", json!({})).await.assert_problem(409, "conflict");
    let draft = step(&app, &id, "drafts", json!({"text": "Nhất trí với Đề án, đề nghị bổ sung nguồn vốn."})).await;
    assert_eq!(draft.status, 201, "{:?}", draft.body);
    let submitted = received + Duration::days(25);
    let res = step(&app, &id, "submit-opinion", json!({"on": submitted.to_string()})).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let case = res.json();
    assert_eq!(case["days_to_respond"], 25, "to the submission once submitted");
    assert_eq!(case["overdue"], false);
    step(&app, &id, "record-outcome", json!({"outcome": "maybe"})).await.assert_problem(400, "bad_request");
    step(&app, &id, "record-outcome", json!({"outcome": "adopted", "on": day(24)}))
        .await
        .assert_problem(422, "validation_failed");
    let res = step(&app, &id, "record-outcome", json!({"outcome": "partially_adopted", "note": "Tiếp thu 5/7 kiến nghị", "reference": "Quyết định 888/QĐ-UBND", "on": day(28)})).await;
    let recorded = res.json();
    assert_eq!(recorded["outcome"], "partially_adopted");
    assert_eq!(
        [&recorded["accepted_on"], &recorded["started_on"], &recorded["submitted_on"], &recorded["outcome_on"]],
        [&json!(day(2)), &json!(day(3)), &json!(day(25)), &json!(day(28))]
    );
    // The date of receipt cannot move past a step taken.
    let moved =
        json(TestRequest::patch().uri(&format!("/api/v1/advisory-opinions/{id}")), json!({"received_on": day(3)}));
    let problem = app.call_as(STAFF, &[], moved).await.assert_problem(422, "validation_failed");
    assert!(problem.to_string().contains("accepted_on"), "{problem}");
    // Not public until closed.
    assert_eq!(app.get(&format!("/api/v1/advisory-opinions/{id}")).await.status, 404);
    assert_eq!(app.get("/api/v1/advisory-opinions").await.json()["items"], json!([]));
    let closed = step(&app, &id, "close", Value::Null).await.json();
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["closed_on"], today.to_string());
    let problem = step(&app, &id, "accept", json!({})).await.assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!([]));
    let patch =
        json(TestRequest::patch().uri(&format!("/api/v1/advisory-opinions/{id}")), json!({"field": "Lâm nghiệp"}));
    app.call_as(STAFF, &[], patch).await.assert_problem(409, "conflict");

    let public = app.get(&format!("/api/v1/advisory-opinions/{id}")).await;
    assert_eq!(public.status, 200);
    let public = public.json();
    assert_eq!(public["outcome"], "partially_adopted");
    assert_eq!(public["days_to_respond"], 25);
    for hidden in ["fee", "under_contract", "request_reference", "outcome_note", "field", "confidentiality"] {
        assert!(public.get(hidden).is_none(), "{hidden} is for staff: {public}");
    }
    assert_eq!(app.get("/api/v1/advisory-opinions").await.json()["items"].as_array().expect("items").len(), 1);
    // An internal case stays internal, even closed.
    let internal = create(&app, json!({"title": "Tư vấn nội bộ", "kind": "consultation", "requester": "department", "requester_name": "Sở Tài chính", "received_on": received.to_string()})).await;
    step(&app, &internal["id"], "decline", json!({"reason": "Ngoài lĩnh vực"})).await;
    let closed = step(&app, &internal["id"], "close", json!({})).await.json();
    assert_eq!(closed["days_to_respond"], Value::Null, "declined without an opinion");
    assert_eq!(app.get(&format!("/api/v1/advisory-opinions/{}", internal["id"])).await.status, 404);
    assert_eq!(app.audit_count("advisory_case", id.as_i64().expect("id")), 6);
}

#[actix_web::test]
async fn overdue_means_open_and_past_the_due_date_in_the_union_time_zone() {
    let app = TestApp::spawn().await;
    let today = today(&app);
    let case = |title: &str, due: chrono::NaiveDate| json!({"title": title, "kind": "consultation", "requester": "peoples_council", "received_on": (today - Duration::days(40)).to_string(), "due_on": due.to_string()});
    let due_today = create(&app, case("Hạn hôm nay", today)).await;
    let due_yesterday = create(&app, case("Quá hạn một ngày", today - Duration::days(1))).await;
    let answered = create(&app, case("Đã trả lời", today - Duration::days(5))).await;
    for s in ["accept", "start", "drafts", "submit-opinion"] {
        step(&app, &answered["id"], s, if s == "drafts" { json!({"text": "Ý kiến"}) } else { json!({}) }).await;
    }
    let accepted = create(&app, case("Đã nhận, quá hạn", today - Duration::days(2))).await;
    step(&app, &accepted["id"], "accept", json!({})).await;
    create(&app, json!({"title": "Không hạn", "kind": "consultation", "requester": "peoples_council", "received_on": today.to_string()})).await;
    let res = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/advisory-opinions?overdue=true")).await;
    let mut ids: Vec<i64> =
        res.json()["items"].as_array().expect("items").iter().map(|c| c["id"].as_i64().expect("id")).collect();
    ids.sort_unstable();
    let mut expected = vec![due_yesterday["id"].as_i64().expect("id"), accepted["id"].as_i64().expect("id")];
    expected.sort_unstable();
    assert_eq!(ids, expected, "due today is not overdue; due yesterday is; an answered case never is");
    let one = app
        .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{}", due_today["id"])))
        .await
        .json();
    assert_eq!(one["overdue"], false);
    assert_eq!(one["days_to_respond"], 40);
    let all = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/advisory-opinions?overdue=false")).await.json();
    assert_eq!(all["items"].as_array().expect("items").len(), 5);
}

#[actix_web::test]
async fn historical_cases_are_imported_with_a_complete_history_or_not_at_all() {
    let app = TestApp::spawn().await;
    let uri = "/api/v1/advisory-opinions/import";
    let bad = json!([
        {"title": "Góp ý dự thảo Luật KH&CN", "kind": "draft_law_comment", "requester": "national_assembly_delegation", "received_on": "2013-03-01", "status": "closed", "submitted_on": "2013-03-20", "outcome": "adopted", "closed_on": "2013-06-18", "confidentiality": "public"},
        {"title": "Thiếu ngày gửi", "kind": "critique", "requester": "peoples_committee", "received_on": "2015-01-01", "status": "outcome_recorded", "outcome": "adopted"},
        {"title": "Từ chối không lý do", "kind": "consultation", "requester": "enterprise", "requester_name": "Công ty A", "received_on": "2016-01-01", "status": "declined"},
    ]);
    let problem =
        app.call_as(STAFF, &[], json(TestRequest::post().uri(uri), bad)).await.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["[2].submitted_on", "[3].decline_reason"]);
    let listed = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/advisory-opinions")).await.json();
    assert_eq!(listed["items"], json!([]), "nothing was written");
    let csv = "title,kind,requester,received_on,status,submitted_on,outcome,closed_on,confidentiality\n\
               Góp ý dự thảo Luật KH&CN,draft_law_comment,national_assembly_delegation,2013-03-01,closed,2013-03-20,adopted,2013-06-18,public\n\
               Phản biện quy hoạch,critique,peoples_committee,2015-01-01,in_progress,,,,internal\n";
    let res = app
        .call_as(STAFF, &[], TestRequest::post().uri(uri).insert_header(("Content-Type", "text/csv")).set_payload(csv))
        .await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["created"], 2);
    let public = app.get("/api/v1/advisory-opinions").await.json();
    assert_eq!(public["items"][0]["days_to_respond"], 19);
    app.call_as(
        &[Role::AssociationManager],
        &[1],
        TestRequest::post().uri(uri).insert_header(("Content-Type", "text/csv")).set_payload(csv),
    )
    .await
    .assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn the_advisory_observations_match_what_was_entered() {
    let app = TestApp::spawn().await;
    let records = json!([
        {"title": "Vụ A", "kind": "critique", "requester": "peoples_committee", "received_on": "2019-02-01", "status": "closed", "submitted_on": "2019-02-11", "outcome": "adopted", "closed_on": "2019-05-01"},
        {"title": "Vụ B", "kind": "critique", "requester": "fatherland_front", "received_on": "2019-03-01", "status": "outcome_recorded", "submitted_on": "2019-03-22", "outcome": "not_adopted"},
        {"title": "Vụ C", "kind": "draft_law_comment", "requester": "national_assembly_delegation", "received_on": "2019-04-01", "status": "opinion_submitted", "submitted_on": "2019-04-05"},
        {"title": "Vụ D", "kind": "consultation", "requester": "peoples_committee", "received_on": "2019-06-01", "status": "declined", "decline_reason": "Ngoài lĩnh vực"},
        {"title": "Vụ E", "kind": "critique", "requester": "peoples_committee", "received_on": "2020-01-10"},
    ]);
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/advisory-opinions/import"), records)).await;
    assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    let observations = lienhiep::models::advisory::observations(&mut app.conn(), 2019).expect("observations");
    let value = |metric: Metric, dimension: Option<(&str, &str)>| {
        observations
            .iter()
            .filter(|o| o.metric == metric && o.dimension.as_ref().map(|(a, b)| (a.as_str(), b.as_str())) == dimension)
            .map(|o| o.value)
            .sum::<i64>()
    };
    assert_eq!(value(Metric::AdvisoryCasesByKind, Some(("kind", "critique"))), 2);
    assert_eq!(value(Metric::AdvisoryCasesByKind, Some(("kind", "draft_law_comment"))), 1);
    assert_eq!(value(Metric::AdvisoryCasesByKind, Some(("kind", "consultation"))), 1);
    assert_eq!(value(Metric::AdvisoryCasesByRequester, Some(("requester", "peoples_committee"))), 2);
    assert_eq!(value(Metric::AdvisoryCasesByOutcome, Some(("outcome", "adopted"))), 1);
    assert_eq!(value(Metric::AdvisoryCasesByOutcome, Some(("outcome", "not_adopted"))), 1);
    assert_eq!(value(Metric::AdvisoryCasesByOutcome, Some(("outcome", "pending"))), 2);
    assert_eq!(value(Metric::AdvisoryCasesAnswered, None), 3);
    // (10 + 21 + 4) / 3 = 11.67 days, rounded to 12.
    assert_eq!(value(Metric::AdvisoryMeanDaysToRespond, None), 12);
    assert!(observations.iter().all(|o| o.year == 2019));
}

fn user(app: &TestApp, name: &str, roles: &[Role], person: Option<i64>) -> (i64, String) {
    app.linked_user(name, roles, person)
}

async fn as_token(app: &TestApp, token: &str, req: TestRequest) -> TestResponse {
    app.call(req.insert_header(("Authorization", token.to_owned()))).await
}

#[actix_web::test]
async fn experts_work_only_on_their_cases_declare_conflicts_and_write_drafts_frozen_at_submission() {
    let app = TestApp::spawn().await;
    let own = crate::associations::create_ok(&app, "Hội Thủy lợi").await;
    let mut people = Vec::new();
    for name in ["Lò Văn Pha", "Cầm Thị Xuân", "Quàng Văn Đóng", "Lường Thị Hiên"] {
        let res = app
            .call_as(
                STAFF,
                &[],
                json(
                    TestRequest::post().uri(&format!("/api/v1/associations/{own}/members")),
                    json!({"full_name": name}),
                ),
            )
            .await;
        people.push(res.json()["person"]["id"].as_i64().expect("person"));
    }
    let (pha, pha_token) = user(&app, "pha.lo", &[Role::Expert], Some(people[0]));
    let (xuan, xuan_token) = user(&app, "xuan.cam", &[Role::Expert], Some(people[1]));
    let (unlinked, _) = user(&app, "no.person", &[Role::Expert], None);
    let (judge, _) = user(&app, "a.judge", &[Role::Judge], Some(people[2]));
    let body = |title: &str| json!({"title": title, "kind": "critique", "requester": "peoples_committee", "received_on": "2020-03-05", "request_reference": "CV 12/UBND"});
    let a = create(&app, body("Phản biện quy hoạch thủy lợi")).await["id"].as_i64().expect("id");
    let b = create(&app, body("Phản biện đề án cấp nước")).await["id"].as_i64().expect("id");
    for case in [a, b] {
        for s in ["accept", "start"] {
            assert_eq!(step(&app, &json!(case), s, json!({})).await.status, 200);
        }
    }
    let experts = |case: i64| format!("/api/v1/advisory-opinions/{case}/experts");
    let add = |case: i64, body: Value| json(TestRequest::post().uri(&experts(case)), body);

    // Only staff put people on a case, and only people who can be.
    as_token(&app, &pha_token, add(a, json!({"user_id": pha}))).await.assert_problem(403, "forbidden");
    let res = app.call_as(STAFF, &[], add(a, json!({"user_id": pha, "role": "chair"}))).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let chair = res.json();
    assert_eq!(res.header("Location"), Some(format!("{}/{}", experts(a), chair["id"]).as_str()));
    assert_eq!((chair["full_name"].as_str(), chair["declaration"].clone()), (Some("Lò Văn Pha"), Value::Null));
    for (body, field, code) in [
        (json!({"user_id": unlinked}), "user_id", "no_person"),
        (json!({"user_id": judge}), "user_id", "not_expert"),
        (json!({"user_id": 999_999}), "user_id", "unknown"),
        (json!({"user_id": xuan, "person_id": people[3]}), "person_id", "not_allowed"),
        (json!({"person_id": people[3], "role": "reviewer"}), "role", "not_allowed"),
        (json!({"user_id": xuan, "role": "contributor"}), "role", "not_allowed"),
        (json!({}), "user_id", "required"),
    ] {
        let problem = app.call_as(STAFF, &[], add(a, body.clone())).await.assert_problem(422, "validation_failed");
        assert_eq!(
            (problem["errors"][0]["field"].as_str(), problem["errors"][0]["code"].as_str()),
            (Some(field), Some(code)),
            "{body}"
        );
    }
    let problem = app
        .call_as(STAFF, &[], add(a, json!({"user_id": xuan, "role": "chair"})))
        .await
        .assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("Lò Văn Pha")), "{problem}");
    app.call_as(STAFF, &[], add(a, json!({"user_id": pha}))).await.assert_problem(409, "conflict");
    let contributor = app.call_as(STAFF, &[], add(a, json!({"person_id": people[3]}))).await.json();
    assert_eq!((contributor["role"].as_str(), contributor["user_id"].clone()), (Some("contributor"), Value::Null));
    let res = app.call_as(STAFF, &[], add(b, json!({"user_id": xuan}))).await;
    assert_eq!(res.json()["role"], "reviewer", "the default role of an expert");
    let xuan_on_b = res.json()["id"].as_i64().expect("id");

    // An expert sees the cases they are on, in full, and nothing of the others.
    let case_a = as_token(&app, &pha_token, TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{a}"))).await;
    assert_eq!(case_a.status, 200);
    assert_eq!(case_a.json()["request_reference"], "CV 12/UBND", "the full view");
    for uri in [format!("/api/v1/advisory-opinions/{b}"), experts(b), format!("/api/v1/advisory-opinions/{b}/drafts")] {
        as_token(&app, &pha_token, TestRequest::get().uri(&uri)).await.assert_problem(404, "not_found");
    }
    let listed = as_token(&app, &pha_token, TestRequest::get().uri("/api/v1/advisory-opinions")).await.json();
    let ids: Vec<i64> =
        listed["items"].as_array().expect("items").iter().map(|c| c["id"].as_i64().expect("id")).collect();
    assert_eq!(ids, [a]);
    let team = as_token(&app, &pha_token, TestRequest::get().uri(&experts(a))).await.json();
    let names: Vec<&str> =
        team["items"].as_array().expect("items").iter().map(|e| e["full_name"].as_str().expect("n")).collect();
    assert_eq!(names, ["Lò Văn Pha", "Lường Thị Hiên"], "chair first");
    app.call_as(&[Role::AssociationManager], &[own], TestRequest::get().uri(&experts(a)))
        .await
        .assert_problem(403, "forbidden");

    // Drafts only after declaring no conflict; declarations are one's own (or staff's).
    let drafts = format!("/api/v1/advisory-opinions/{a}/drafts");
    let write = |text: &str| json(TestRequest::post().uri(&drafts), json!({"text": text}));
    as_token(&app, &pha_token, write("Bản thảo")).await.assert_problem(409, "conflict");
    let declare = |case: i64, entry: &Value, body: Value| {
        json(TestRequest::post().uri(&format!("{}/{entry}/declaration", experts(case))), body)
    };
    as_token(&app, &pha_token, declare(a, &contributor["id"], json!({"has_conflict": false})))
        .await
        .assert_problem(403, "forbidden");
    as_token(&app, &xuan_token, declare(a, &chair["id"], json!({"has_conflict": false})))
        .await
        .assert_problem(404, "not_found");
    as_token(&app, &pha_token, declare(a, &chair["id"], json!({"has_conflict": true})))
        .await
        .assert_problem(422, "validation_failed");
    let declared = as_token(&app, &pha_token, declare(a, &chair["id"], json!({"has_conflict": false}))).await.json();
    assert_eq!(declared["declaration"]["has_conflict"], false);
    let res = app.call_as(STAFF, &[], declare(a, &contributor["id"], json!({"has_conflict": false}))).await;
    assert_eq!(res.status, 200, "staff record a contributor's declaration");
    let res = as_token(&app, &pha_token, write("Bản thảo thứ nhất")).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    assert_eq!(res.header("Location"), Some(format!("{drafts}/1").as_str()));
    assert_eq!((res.json()["number"].as_i64(), res.json()["author_name"].as_str()), (Some(1), Some("Lò Văn Pha")));
    let second = app.call_as(STAFF, &[], write("Bản thảo thứ hai, đã sửa")).await.json();
    assert_eq!(second["number"], 2);
    app.call_as(STAFF, &[], write(" ")).await.assert_problem(422, "validation_failed");
    // An expert who declares a conflict cannot write.
    as_token(
        &app,
        &xuan_token,
        declare(b, &json!(xuan_on_b), json!({"has_conflict": true, "note": "Vợ là cán bộ chủ đầu tư"})),
    )
    .await;
    as_token(
        &app,
        &xuan_token,
        json(TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{b}/drafts")), json!({"text": "Ý kiến"})),
    )
    .await
    .assert_problem(409, "conflict");

    // Submitting freezes a draft: no more drafts, and the case says which one.
    step(&app, &json!(a), "submit-opinion", json!({"draft": 3})).await.assert_problem(422, "validation_failed");
    as_token(&app, &pha_token, TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{a}/submit-opinion")))
        .await
        .assert_problem(403, "forbidden");
    let submitted = step(&app, &json!(a), "submit-opinion", json!({"draft": 1})).await.json();
    assert_eq!(submitted["submitted_draft"], 1);
    as_token(&app, &pha_token, write("Muộn")).await.assert_problem(409, "conflict");
    let list = as_token(&app, &pha_token, TestRequest::get().uri(&drafts)).await.json();
    let flags: Vec<(i64, bool)> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|d| (d["number"].as_i64().expect("n"), d["submitted"].as_bool().expect("s")))
        .collect();
    assert_eq!(flags, [(1, true), (2, false)]);
    let one = as_token(&app, &pha_token, TestRequest::get().uri(&format!("{drafts}/1"))).await;
    assert_eq!(
        (one.json()["text"].as_str(), one.json()["submitted"].as_bool()),
        (Some("Bản thảo thứ nhất"), Some(true))
    );
    let etag = one.header("ETag").expect("etag").to_owned();
    let again = as_token(
        &app,
        &pha_token,
        TestRequest::get().uri(&format!("{drafts}/1")).insert_header(("If-None-Match", etag)),
    )
    .await;
    assert_eq!(again.status, 304);

    // Taken off a case, an expert no longer sees it; a closed case keeps its people.
    let remove = TestRequest::delete().uri(&format!("{}/{xuan_on_b}", experts(b)));
    assert_eq!(app.call_as(STAFF, &[], remove).await.status, 204);
    as_token(&app, &xuan_token, TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{b}")))
        .await
        .assert_problem(404, "not_found");
    step(&app, &json!(a), "record-outcome", json!({"outcome": "adopted"})).await;
    step(&app, &json!(a), "close", json!({})).await;
    app.call_as(STAFF, &[], add(a, json!({"user_id": xuan}))).await.assert_problem(409, "conflict");
    let patch = json(TestRequest::patch().uri(&format!("{}/{}", experts(a), chair["id"])), json!({"role": "reviewer"}));
    app.call_as(STAFF, &[], patch).await.assert_problem(409, "conflict");
    assert_eq!(app.audit_count("advisory_expert", chair["id"].as_i64().expect("id")), 2);
}

/// The order of the steps' fields in a case: a date must not be before any earlier one.
const STEP_FIELDS: [&str; 7] =
    ["received_on", "accepted_on", "declined_on", "started_on", "submitted_on", "outcome_on", "closed_on"];

/// Steps taken live with generated dates (some before an earlier step, some in the future):
/// each is taken exactly when its date is neither, and the case keeps every date as given.
#[actix_web::test]
async fn each_step_keeps_the_date_it_happened_and_never_goes_back_in_time() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let today = today(&app);
    for n in 0..12 {
        let received = today - Duration::days(200 + rng.below(400) as i64);
        let case = create(
            &app,
            json!({"title": format!("Vụ {n}"), "kind": "critique", "requester": "peoples_committee",
            "received_on": received.to_string()}),
        )
        .await;
        let id = case["id"].clone();
        let path: &[(&str, &str)] = if rng.below(4) == 0 {
            &[("decline", "declined_on"), ("close", "closed_on")]
        } else {
            &[
                ("accept", "accepted_on"),
                ("start", "started_on"),
                ("submit-opinion", "submitted_on"),
                ("record-outcome", "outcome_on"),
                ("close", "closed_on"),
            ]
        };
        let mut latest = received;
        let mut kept = vec![("received_on", received)];
        for (name, field) in path {
            if *name == "submit-opinion" {
                assert_eq!(step(&app, &id, "drafts", json!({"text": "Ý kiến"})).await.status, 201);
            }
            loop {
                // Mostly forward, sometimes back before the latest step or past today.
                let offset = rng.below(40) as i64 - 8;
                let on = if rng.below(10) == 0 {
                    today + Duration::days(1 + rng.below(3) as i64)
                } else {
                    latest + Duration::days(offset)
                };
                let mut body = match *name {
                    "decline" => json!({"reason": "Ngoài lĩnh vực"}),
                    "record-outcome" => json!({"outcome": "adopted"}),
                    _ => json!({}),
                };
                body["on"] = json!(on.to_string());
                let res = step(&app, &id, name, body).await;
                let allowed = on >= latest && on <= today;
                if !allowed {
                    let problem = res.assert_problem(422, "validation_failed");
                    assert_eq!(problem["errors"][0]["field"], "on", "seed {seed}: {name} on {on} after {latest}");
                    continue;
                }
                assert_eq!(res.status, 200, "seed {seed}: {name} on {on} after {latest}: {}", res.body_text());
                latest = on;
                kept.push((field, on));
                break;
            }
        }
        let shown =
            app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{id}"))).await.json();
        for field in STEP_FIELDS {
            let want = kept.iter().find(|(f, _)| *f == field).map(|(_, d)| d.to_string());
            assert_eq!(shown[field], json!(want), "seed {seed}: {field} of case {n}: {shown}");
        }
    }
}

/// Historical cases imported with generated statuses and step dates: each record's errors
/// about its dates are exactly those of an independent reading of the rules (a date not
/// before any earlier step's, none in the future, no date for a step the status has not
/// reached).
#[actix_web::test]
async fn imported_step_dates_follow_the_steps_or_name_the_field_that_does_not() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let today = today(&app);
    let statuses =
        ["received", "accepted", "declined", "in_progress", "opinion_submitted", "outcome_recorded", "closed"];
    let (mut accepted, mut refused) = (0, 0);
    for n in 0..60 {
        let status = statuses[rng.below(7) as usize];
        let declined = status == "declined" || (status == "closed" && rng.below(3) == 0);
        // The steps each status has reached, as STEP_FIELDS names them.
        let rank = match status {
            "received" => 0,
            "accepted" => 1,
            "in_progress" => 3,
            "opinion_submitted" => 4,
            "outcome_recorded" | "closed" if declined => 2,
            "outcome_recorded" => 5,
            _ => 6,
        };
        let reached = |field: &str| match field {
            "declined_on" => declined,
            "closed_on" => status == "closed",
            f if declined => f == "received_on",
            f => STEP_FIELDS.iter().position(|x| *x == f).is_some_and(|i| i <= rank.min(5)),
        };
        let received = today - Duration::days(100 + rng.below(300) as i64);
        let mut record = json!({"title": format!("Vụ {n}"), "kind": "critique", "requester": "peoples_committee",
            "received_on": received.to_string(), "status": status});
        if declined {
            record["decline_reason"] = json!("Ngoài lĩnh vực");
        }
        if status == "outcome_recorded" {
            record["outcome"] = json!("adopted");
        }
        let mut dates: Vec<(&str, chrono::NaiveDate)> = vec![("received_on", received)];
        let mut day = received;
        for field in &STEP_FIELDS[1..] {
            let required = (*field == "submitted_on" && reached(field)) || *field == "closed_on" && reached(field);
            // Usually a date for a step reached, now and then one for a step not reached.
            let give = required || (reached(field) && rng.below(3) > 0) || rng.below(12) == 0;
            if !give {
                continue;
            }
            day = if rng.below(12) == 0 {
                today + Duration::days(1 + rng.below(5) as i64)
            } else {
                day + Duration::days(rng.below(30) as i64 - 5)
            };
            record[field] = json!(day.to_string());
            dates.push((field, day));
        }
        let mut want: Vec<(String, &str)> = Vec::new();
        for (i, (field, date)) in dates.iter().enumerate() {
            if i > 0 && !reached(field) {
                want.push((field.to_string(), "not_allowed"));
            }
            if *date > today {
                want.push((field.to_string(), "future"));
            }
            if dates[..i].iter().any(|(_, earlier)| earlier > date) {
                want.push((field.to_string(), "range"));
            }
        }
        want.sort();
        let res = app
            .call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/advisory-opinions/import"), json!([record])))
            .await;
        if want.is_empty() {
            assert_eq!(res.status, 201, "seed {seed}: {record}: {}", res.body_text());
            accepted += 1;
            continue;
        }
        let problem = res.assert_problem(422, "validation_failed");
        let mut got: Vec<(String, &str)> = problem["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().expect("field").trim_start_matches("[1].").to_owned(),
                    e["code"].as_str().expect("code"),
                )
            })
            .collect();
        got.sort();
        assert_eq!(got, want, "seed {seed}: {record}");
        refused += 1;
    }
    assert!(
        accepted > 5 && refused > 5,
        "seed {seed}: both kinds were generated ({accepted} taken, {refused} refused)"
    );
}

/// A draft-law comment may propose what deputies say in the Assembly; no other kind may. The
/// flag is kept through create, merge patch and CSV import (with the contract's columns) and
/// counted per year.
#[actix_web::test]
async fn speech_proposals_are_draft_law_comments_and_are_counted() {
    let app = TestApp::spawn().await;
    let base = json!({"title": "Góp ý dự án Luật Trồng trọt", "kind": "draft_law_comment",
                      "requester": "national_assembly_delegation", "received_on": "2018-04-02", "speech_proposal": true});
    let created = create(&app, base.clone()).await;
    assert_eq!(created["speech_proposal"], true);
    let mut consultation = base.clone();
    consultation["kind"] = json!("consultation");
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/advisory-opinions"), consultation)).await;
    assert_eq!(res.assert_problem(422, "validation_failed")["errors"][0]["field"], "speech_proposal");
    let uri = format!("/api/v1/advisory-opinions/{}", created["id"]);
    let patch = |body: Value| {
        TestRequest::patch()
            .uri(&uri)
            .insert_header(("Content-Type", "application/merge-patch+json"))
            .set_payload(body.to_string())
    };
    let res = app.call_as(STAFF, &[], patch(json!({"kind": "critique"}))).await;
    assert_eq!(res.assert_problem(422, "validation_failed")["errors"][0]["field"], "speech_proposal");
    app.call_as(STAFF, &[], patch(json!({"speech_proposal": null}))).await.assert_problem(422, "validation_failed");
    let res = app.call_as(STAFF, &[], patch(json!({"title": "Góp ý dự án Luật Trồng trọt (lần 2)"}))).await;
    assert_eq!(res.status, 200, "{}", res.body_text());
    assert_eq!(res.json()["speech_proposal"], true, "a patch that leaves it out keeps it");

    let csv = "\u{feff}Tên vụ việc;Loại;Cơ quan đề nghị;Ngày tiếp nhận;Theo hợp đồng;Kinh phí;Đề xuất phát biểu\n\
               Góp ý dự án Luật Chăn nuôi;draft_law_comment;national_assembly_delegation;2018-05-07;x;15000000;có\n\
               Góp ý dự án Luật Thủy lợi;draft_law_comment;national_assembly_delegation;2018-06-04;;;\n";
    let res = app
        .call_as(
            STAFF,
            &[],
            TestRequest::post()
                .uri("/api/v1/advisory-opinions/import")
                .insert_header(("Content-Type", "text/csv"))
                .set_payload(csv),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let list = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/advisory-opinions?limit=10")).await.json();
    let imported = list["items"].as_array().expect("items").iter().find(|c| c["title"] == "Góp ý dự án Luật Chăn nuôi");
    let imported = imported.expect("imported");
    assert_eq!(
        (&imported["speech_proposal"], &imported["under_contract"], &imported["fee"]),
        (&json!(true), &json!(true), &json!(15000000))
    );

    let observations = lienhiep::models::advisory::observations(&mut app.conn(), 2018).expect("observations");
    let value = |metric: Metric| observations.iter().find(|o| o.metric == metric).map(|o| o.value);
    assert_eq!(value(Metric::AdvisorySpeechProposals), Some(2));
    assert_eq!(value(Metric::AdvisoryCasesUnderContract), Some(1));
    assert_eq!(value(Metric::AdvisoryFees), Some(15000000));
}

/// Dates in an import written as secretaries write them (`dd/mm/yyyy`, `d/m/yyyy`,
/// `dd.mm.yyyy`, ISO) read as those days, in the advisory and the activities imports alike;
/// a date that is none is refused naming its column.
#[actix_web::test]
async fn imported_dates_are_read_as_secretaries_write_them() {
    let app = TestApp::spawn().await;
    let send = |uri: &'static str, csv: String| {
        TestRequest::post().uri(uri).insert_header(("Content-Type", "text/csv")).set_payload(csv)
    };
    let cases = "Tên vụ việc;Loại;Cơ quan đề nghị;Ngày tiếp nhận;Hạn trả lời;Trạng thái;Ngày gửi ý kiến\n\
                 Phản biện đề án A;critique;peoples_committee;05/03/2020;5/4/2020;opinion_submitted;30.03.2020\n\
                 Phản biện đề án B;critique;peoples_committee;2021-06-01;;received;\n";
    let res = app.call_as(STAFF, &[], send("/api/v1/advisory-opinions/import", cases.to_owned())).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let list = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/advisory-opinions?limit=10")).await.json();
    let a =
        list["items"].as_array().expect("items").iter().find(|c| c["title"] == "Phản biện đề án A").expect("A").clone();
    assert_eq!(
        (&a["received_on"], &a["due_on"], &a["submitted_on"]),
        (&json!("2020-03-05"), &json!("2020-04-05"), &json!("2020-03-30"))
    );
    let bad = cases.replace("05/03/2020", "31/02/2020").replace("Phản biện đề án", "Đề án khác");
    let res = app.call_as(STAFF, &[], send("/api/v1/advisory-opinions/import", bad)).await;
    let problem = res.assert_problem(422, "validation_failed");
    assert!(problem["errors"].to_string().contains("[2].received_on"), "{problem}");

    let activities = "Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Ngày;Đến ngày;Vai trò\n\
                      Hội thảo khoa học;Hội thảo cây ăn quả;Liên hiệp hội;18/10/2019;19/10/2019;Chủ trì\n";
    let res = app.call_as(STAFF, &[], send("/api/v1/activities/import", activities.to_owned())).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let list = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/activities?limit=10")).await.json();
    let workshop = &list["items"][0];
    assert_eq!((&workshop["starts_on"], &workshop["ends_on"]), (&json!("2019-10-18"), &json!("2019-10-19")));
}
