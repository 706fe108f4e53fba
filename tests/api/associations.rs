//! `/api/v1/associations`.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::helpers::{json, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];

fn association(name: &str) -> Value {
    json!({
        "name": name,
        "short_name": "KH",
        "kind": "member_association",
        "founded_on": "2005-06-01",
        "joined_on": "2010-04-21",
        "email": "office@hoi.example.vn",
        "phone": "0212 3852 123",
        "website": "https://hoi.example.vn"
    })
}

pub async fn create(app: &TestApp, body: Value) -> TestResponse {
    app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/associations"), body)).await
}

pub async fn create_ok(app: &TestApp, name: &str) -> i64 {
    let res = create(app, association(name)).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    res.json()["id"].as_i64().expect("id")
}

fn patch(id: i64, body: Value) -> TestRequest {
    TestRequest::patch()
        .uri(&format!("/api/v1/associations/{id}"))
        .insert_header(("Content-Type", "application/merge-patch+json"))
        .set_payload(body.to_string())
}

#[actix_web::test]
async fn staff_creates_an_association_with_location_etag_and_one_audit_record() {
    let app = TestApp::spawn().await;
    let res = create(&app, association("Hội Khuyến học tỉnh Sơn La")).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let body = res.json();
    let id = body["id"].as_i64().expect("id");
    assert_eq!(res.header("location"), Some(format!("/api/v1/associations/{id}").as_str()));
    assert_eq!(res.header("etag"), Some("\"v1\""));
    assert_eq!(body["status"], "active");
    assert_eq!(body["version"], 1);
    assert_eq!(body["special_status"], false);
    assert_eq!(app.audit_count("association", id), 1);

    let got = app.get(&format!("/api/v1/associations/{id}")).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.json(), body, "anyone reads what was created");
    let history = app.get(&format!("/api/v1/associations/{id}/status-history")).await.json();
    assert_eq!(history["items"][0]["to_status"], "active");
    assert_eq!(history["items"][0]["effective_on"], "2010-04-21");
}

#[actix_web::test]
async fn only_staff_and_admin_create_associations() {
    let app = TestApp::spawn().await;
    let req = || json(TestRequest::post().uri("/api/v1/associations"), association("Hội Tin học"));
    app.call(req()).await.assert_problem(401, "unauthorized");
    for roles in [&[Role::AssociationManager][..], &[Role::Judge], &[Role::Expert], &[Role::StatisticsReader]] {
        app.call_as(roles, &[1], req()).await.assert_problem(403, "forbidden");
    }
    assert_eq!(app.call_as(&[Role::Admin], &[], req()).await.status, 201);
    let list = app.get("/api/v1/associations").await.json();
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1), "refused requests created nothing");
}

#[actix_web::test]
async fn invalid_associations_get_422_listing_every_field_and_change_nothing() {
    let app = TestApp::spawn().await;
    let res = create(
        &app,
        json!({
            "name": "X",
            "kind": "member_association",
            "founded_on": "2999-01-01",
            "joined_on": "2001-01-01",
            "email": "not-an-email",
            "phone": "12",
            "website": "ftp://files.example"
        }),
    )
    .await;
    let problem = res.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().filter_map(|e| e["field"].as_str()).collect();
    for field in ["name", "founded_on", "joined_on", "email", "phone", "website"] {
        assert!(fields.contains(&field), "{field} is reported: {problem}");
    }
    let wrong_kind = create(&app, json!({"name": "Hội A", "kind": "club"})).await;
    wrong_kind.assert_problem(400, "bad_request");
    let missing = create(&app, json!({"name": "Hội A"})).await;
    assert_eq!(missing.assert_problem(422, "validation_failed")["errors"][0]["field"], "kind");
    let unknown = create(&app, json!({"name": "Hội A", "kind": "member_association", "status": "dissolved"})).await;
    unknown.assert_problem(422, "validation_failed");
    assert_eq!(app.get("/api/v1/associations?include_total=true").await.json()["total"], 0);
}

#[actix_web::test]
async fn a_duplicate_name_ignoring_case_and_spacing_is_a_409() {
    let app = TestApp::spawn().await;
    create_ok(&app, "Hội Y học Sơn La").await;
    let res = create(&app, association("  hội y  học sơn la ")).await;
    let problem = res.assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("already exists")));
}

#[actix_web::test]
async fn the_list_searches_without_diacritics_filters_sorts_in_vietnamese_and_pages() {
    let app = TestApp::spawn().await;
    for name in ["Hội Đông y", "Hội Dược học", "Hội Ăn chay", "Hội An toàn giao thông", "Hội Khuyến học"]
    {
        create_ok(&app, name).await;
    }
    let collective = create(&app, json!({"name": "Viện Nghiên cứu Cà phê", "kind": "collective_member"})).await;
    assert_eq!(collective.status, 201);

    let names = |body: &Value| -> Vec<String> {
        body["items"].as_array().expect("items").iter().filter_map(|i| i["name"].as_str().map(str::to_owned)).collect()
    };
    let found = app.get("/api/v1/associations?q=khuyen%20hoc").await.json();
    assert_eq!(names(&found), ["Hội Khuyến học"]);
    let found = app.get("/api/v1/associations?q=dong%20Y").await.json();
    assert_eq!(names(&found), ["Hội Đông y"], "đ folds to d");
    let found = app.get("/api/v1/associations?kind=collective_member").await.json();
    assert_eq!(names(&found), ["Viện Nghiên cứu Cà phê"]);

    let all = app.get("/api/v1/associations?kind=member_association").await.json();
    assert_eq!(
        names(&all),
        ["Hội An toàn giao thông", "Hội Ăn chay", "Hội Dược học", "Hội Đông y", "Hội Khuyến học"],
        "Vietnamese alphabetical order"
    );
    let reversed = app.get("/api/v1/associations?kind=member_association&sort=-name").await.json();
    let mut expected = names(&all);
    expected.reverse();
    assert_eq!(names(&reversed), expected);

    // Pages of two walk the whole list exactly once.
    let mut seen = Vec::new();
    let mut uri = "/api/v1/associations?limit=2&include_total=true".to_owned();
    loop {
        let page = app.get(&uri).await.json();
        assert_eq!(page["total"], 6);
        seen.extend(names(&page));
        match page["next_cursor"].as_str() {
            Some(cursor) => uri = format!("/api/v1/associations?limit=2&include_total=true&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 6);
    let mut unique = seen.clone();
    unique.dedup();
    assert_eq!(unique, seen);

    app.get("/api/v1/associations?limit=0").await.assert_problem(422, "validation_failed");
    app.get("/api/v1/associations?limit=abc").await.assert_problem(400, "bad_request");
    app.get("/api/v1/associations?cursor=garbage").await.assert_problem(400, "bad_request");
    // A cursor is sealed: one with any byte changed, cut short, or made by hand is refused.
    let first = app.get("/api/v1/associations?limit=2").await.json();
    let cursor = first["next_cursor"].as_str().expect("a next page");
    use base64::Engine;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let sealed = engine.decode(cursor).expect("base64");
    for at in [0, 16, sealed.len() - 1] {
        let mut changed = sealed.clone();
        changed[at] ^= 1;
        let res = app.get(&format!("/api/v1/associations?limit=2&cursor={}", engine.encode(&changed))).await;
        res.assert_problem(400, "bad_request");
    }
    let short = engine.encode(&sealed[..sealed.len() - 1]);
    app.get(&format!("/api/v1/associations?limit=2&cursor={short}")).await.assert_problem(400, "bad_request");
    let by_hand = engine.encode(r#"{"s":"name","k":"a","i":1}"#);
    app.get(&format!("/api/v1/associations?limit=2&cursor={by_hand}")).await.assert_problem(400, "bad_request");
    assert!(app.get(&format!("/api/v1/associations?limit=2&cursor={cursor}")).await.status == 200);
    // A cursor is bound to the filters it was made under: other filters, or none, are a 400.
    let active = app.get("/api/v1/associations?limit=2&status=active").await.json();
    let cursor = active["next_cursor"].as_str().expect("a next page");
    assert_eq!(app.get(&format!("/api/v1/associations?limit=2&status=active&cursor={cursor}")).await.status, 200);
    for other in ["", "&status=dissolved", "&status=active&q=hoi"] {
        let res = app.get(&format!("/api/v1/associations?limit=2{other}&cursor={cursor}")).await;
        let problem = res.assert_problem(400, "bad_request");
        assert!(problem["detail"].as_str().expect("detail").contains("cursor"), "{other}: {problem}");
    }
    app.get("/api/v1/associations?sort=colour").await.assert_problem(400, "bad_request");
}

#[actix_web::test]
async fn get_answers_etag_304_and_404() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Tin học").await;
    let res = app.get(&format!("/api/v1/associations/{id}")).await;
    assert_eq!(res.header("etag"), Some("\"v1\""));
    let again = app
        .call(TestRequest::get().uri(&format!("/api/v1/associations/{id}")).insert_header(("If-None-Match", "\"v1\"")))
        .await;
    assert_eq!(again.status, 304);
    app.get("/api/v1/associations/999999").await.assert_problem(404, "not_found");
    app.get("/api/v1/associations/abc").await.assert_problem(404, "not_found");
}

#[actix_web::test]
async fn patch_is_a_merge_patch_absent_stays_null_clears() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Tin học").await;
    let res = app.call_as(STAFF, &[], patch(id, json!({"website": null, "chairperson": "  Nguyễn   Văn An "}))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let body = res.json();
    assert_eq!(body["website"], Value::Null);
    assert_eq!(body["chairperson"], "Nguyễn Văn An");
    assert_eq!(body["email"], "office@hoi.example.vn", "absent fields stay");
    assert_eq!(body["version"], 2);
    assert_eq!(res.header("etag"), Some("\"v2\""));
    assert_eq!(app.audit_count("association", id), 2);

    for not_an_object in [json!([]), json!(["Hội X"]), json!("x"), json!(null)] {
        let res = app.call_as(STAFF, &[], patch(id, not_an_object)).await;
        res.assert_problem(400, "bad_request");
    }
    let res = app.call_as(STAFF, &[], patch(id, json!({"name": null}))).await;
    assert_eq!(res.assert_problem(422, "validation_failed")["errors"][0]["field"], "name");
    let res = app.call_as(STAFF, &[], patch(id, json!({"joined_on": "2001-01-01"}))).await;
    assert_eq!(res.assert_problem(422, "validation_failed")["errors"][0]["field"], "joined_on");
    let plain_json = TestRequest::patch().uri(&format!("/api/v1/associations/{id}"));
    let res = app.call_as(STAFF, &[], json(plain_json, json!({"short_name": "THSL"}))).await;
    assert_eq!(res.status, 200, "application/json is accepted too");
    let text = TestRequest::patch()
        .uri(&format!("/api/v1/associations/{id}"))
        .insert_header(("Content-Type", "text/plain"))
        .set_payload("{}");
    app.call_as(STAFF, &[], text).await.assert_problem(415, "unsupported_media_type");
    assert_eq!(app.audit_count("association", id), 3, "refused patches left no audit record");

    // A patch that changes nothing writes nothing.
    let res = app.call_as(STAFF, &[], patch(id, json!({"short_name": "THSL"}))).await;
    assert_eq!(res.json()["version"], 3);
    assert_eq!(app.audit_count("association", id), 3);
}

#[actix_web::test]
async fn two_patches_with_the_same_if_match_give_one_200_and_one_412() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Tin học").await;
    let first =
        app.call_as(STAFF, &[], patch(id, json!({"short_name": "A"})).insert_header(("If-Match", "\"v1\""))).await;
    let second =
        app.call_as(STAFF, &[], patch(id, json!({"short_name": "B"})).insert_header(("If-Match", "\"v1\""))).await;
    assert_eq!(first.status, 200);
    second.assert_problem(412, "precondition_failed");
    let now = app.get(&format!("/api/v1/associations/{id}")).await.json();
    assert_eq!(now["short_name"], "A", "the second writer did not overwrite the first");
    let junk = app
        .call_as(STAFF, &[], patch(id, json!({"short_name": "C"})).insert_header(("If-Match", "\"something\"")))
        .await;
    junk.assert_problem(412, "precondition_failed");
    let star = app.call_as(STAFF, &[], patch(id, json!({"short_name": "D"})).insert_header(("If-Match", "*"))).await;
    assert_eq!(star.status, 200);
}

#[actix_web::test]
async fn managers_patch_only_their_own_association_and_not_union_fields() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Tin học").await;
    let other = create_ok(&app, "Hội Y học").await;
    let manager = &[Role::AssociationManager][..];
    let res = app.call_as(manager, &[own], patch(own, json!({"description": "Giới thiệu"}))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    app.call_as(manager, &[own], patch(other, json!({"description": "x"}))).await.assert_problem(403, "forbidden");
    let res = app.call_as(manager, &[own], patch(own, json!({"special_status": true}))).await;
    let problem = res.assert_problem(403, "forbidden");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("special_status")));
    for roles in [&[Role::Judge][..], &[Role::Expert], &[Role::StatisticsReader]] {
        app.call_as(roles, &[own], patch(own, json!({"description": "x"}))).await.assert_problem(403, "forbidden");
    }
    app.call(patch(own, json!({"description": "x"}))).await.assert_problem(401, "unauthorized");
    assert_eq!(app.audit_count("association", other), 1);
}

#[actix_web::test]
async fn status_changes_follow_the_allowed_transitions_and_keep_history() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Tin học").await;
    let action = |name: &str| TestRequest::post().uri(&format!("/api/v1/associations/{id}/{name}"));

    let res = app.call_as(STAFF, &[], json(action("suspend"), json!({"reason": "Chưa tổ chức đại hội"}))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["status"], "suspended");

    let res = app.call_as(STAFF, &[], action("suspend")).await;
    let problem = res.assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!(["reactivate", "dissolve"]));

    assert_eq!(app.call_as(STAFF, &[], action("reactivate")).await.json()["status"], "active");
    let res = app.call_as(STAFF, &[], json(action("dissolve"), json!({"effective_on": "2020-12-31"}))).await;
    let body = res.json();
    assert_eq!(body["status"], "dissolved");
    assert_eq!(body["dissolved_on"], "2020-12-31");

    let res = app.call_as(STAFF, &[], action("reactivate")).await;
    assert_eq!(res.assert_problem(409, "conflict")["allowed"], json!([]));
    app.call_as(&[Role::AssociationManager], &[id], action("suspend")).await.assert_problem(403, "forbidden");

    let history = app.get(&format!("/api/v1/associations/{id}/status-history")).await.json();
    let steps: Vec<(Value, Value)> = history["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|e| (e["from_status"].clone(), e["to_status"].clone()))
        .collect();
    assert_eq!(
        steps,
        [
            (Value::Null, json!("active")),
            (json!("active"), json!("suspended")),
            (json!("suspended"), json!("active")),
            (json!("active"), json!("dissolved")),
        ]
    );
    assert_eq!(app.audit_count("association", id), 4, "create + three status changes");
}

#[actix_web::test]
async fn a_status_change_with_a_future_date_or_bad_body_is_refused() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Tin học").await;
    let action = TestRequest::post().uri(&format!("/api/v1/associations/{id}/suspend"));
    let res = app.call_as(STAFF, &[], json(action, json!({"effective_on": "2999-01-01"}))).await;
    assert_eq!(res.assert_problem(422, "validation_failed")["errors"][0]["field"], "effective_on");
    let action = TestRequest::post().uri(&format!("/api/v1/associations/{id}/suspend"));
    let res =
        app.call_as(STAFF, &[], action.insert_header(("Content-Type", "application/json")).set_payload("{oops")).await;
    res.assert_problem(400, "bad_request");
    assert_eq!(app.get(&format!("/api/v1/associations/{id}")).await.json()["status"], "active");
}

#[actix_web::test]
async fn concurrent_patches_with_the_same_if_match_never_lose_an_update() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Tin học").await;
    let one = app.call_as(STAFF, &[], patch(id, json!({"short_name": "A"})).insert_header(("If-Match", "\"v1\"")));
    let two = app.call_as(STAFF, &[], patch(id, json!({"short_name": "B"})).insert_header(("If-Match", "\"v1\"")));
    let (one, two) = futures_util::future::join(one, two).await;
    let mut statuses = [one.status.as_u16(), two.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412], "exactly one writer wins");
    let winner = if one.status == 200 { one.json() } else { two.json() };
    let now = app.get(&format!("/api/v1/associations/{id}")).await.json();
    assert_eq!(now["short_name"], winner["short_name"]);
    assert_eq!(now["version"], 2);
    assert_eq!(app.audit_count("association", id), 2);
}

#[actix_web::test]
async fn nul_characters_are_refused_on_every_backend() {
    let app = TestApp::spawn().await;
    let mut body = association("Hội Tin học");
    body["field_of_activity"] = json!("tin\u{0}học");
    let problem = create(&app, body).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "field_of_activity");
    app.get("/api/v1/reference/a%00b").await.assert_problem(404, "not_found");
}

#[actix_web::test]
async fn names_with_invisible_or_control_characters_are_refused_and_compared_normalised() {
    let app = TestApp::spawn().await;
    let id = create(&app, association("Hội Sao Chép")).await.json()["id"].as_i64().expect("id");
    for name in
        ["Hội Sao\u{200b}Chép", "Hội \u{202e}péhC oaS", "Hội Sao\u{2066}Chép\u{2069}", "Hội\u{1b}[31m", "Hội\u{7}"]
    {
        let problem = create(&app, association(name)).await.assert_problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], "name", "{name:?}: {problem}");
        assert_eq!(problem["errors"][0]["code"], "character");
    }
    // The same name in decomposed form (NFD) is the same name.
    let decomposed = "Ho\u{0302}\u{0323}i Sao Che\u{0301}p";
    create(&app, association(decomposed)).await.assert_problem(409, "conflict");
    // Members and branches, and member fields beside the name, are held to the same rule.
    let member = json(
        TestRequest::post().uri(&format!("/api/v1/associations/{id}/members")),
        json!({"full_name": "Lò Văn\u{200d}Bê"}),
    );
    app.call_as(&[Role::Admin], &[], member).await.assert_problem(422, "validation_failed");
    let member = json(
        TestRequest::post().uri(&format!("/api/v1/associations/{id}/members")),
        json!({"full_name": "Lò Văn Bê", "workplace": "Sở\u{202e}"}),
    );
    app.call_as(&[Role::Admin], &[], member).await.assert_problem(422, "validation_failed");
    let branch = json(
        TestRequest::post().uri(&format!("/api/v1/associations/{id}/branches")),
        json!({"name": "Chi hội\u{feff}"}),
    );
    app.call_as(&[Role::Admin], &[], branch).await.assert_problem(422, "validation_failed");
    let list = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/associations")).await.json();
    assert_eq!(list["items"].as_array().expect("items").len(), 1, "nothing else was created");
}

#[actix_web::test]
async fn query_strings_with_nul_controls_or_invalid_utf8_are_400_on_every_route() {
    let app = TestApp::spawn().await;
    create(&app, association("Hội Tin học")).await;
    create(&app, association("Hội Văn nghệ")).await;
    for query in ["q=%00", "q=a%00b", "q=%FF%FE", "q=%E1%BB", "q=x%1B", "cursor=%00", "q=ok&limit=%00"] {
        for path in ["/api/v1/associations", "/api/v1/members", "/api/v1/reference"] {
            let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri(&format!("{path}?{query}"))).await;
            let problem = res.assert_problem(400, "bad_request");
            assert!(problem["detail"].as_str().expect("detail").contains("query string"), "{path}?{query}: {problem}");
        }
    }
    // Percent-encoded Vietnamese is text.
    let res =
        app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/associations?q=Tin%20h%E1%BB%8Dc")).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["items"].as_array().expect("items").len(), 1);
}
