//! `/api/v1/associations/{id}/branches`.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::json;

use crate::associations::create_ok;
use crate::helpers::{json, TestApp};

#[actix_web::test]
async fn a_manager_adds_and_updates_branches_of_its_own_association_only() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let other = create_ok(&app, "Hội Y học").await;
    let manager = &[Role::AssociationManager][..];
    let new = |id: i64, name: &str| {
        json(
            TestRequest::post().uri(&format!("/api/v1/associations/{id}/branches")),
            json!({"name": name, "district": "Mộc Châu", "member_count_reported": 1250}),
        )
    };

    let res = app.call_as(manager, &[own], new(own, "Chi hội Mộc Châu")).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let branch = res.json();
    let branch_id = branch["id"].as_i64().expect("id");
    assert_eq!(res.header("location"), Some(format!("/api/v1/associations/{own}/branches/{branch_id}").as_str()));
    assert_eq!(branch["status"], "active");
    assert_eq!(app.audit_count("branch", branch_id), 1);

    app.call_as(manager, &[own], new(other, "Chi hội Yên Châu")).await.assert_problem(403, "forbidden");
    app.call(new(own, "Chi hội Yên Châu")).await.assert_problem(401, "unauthorized");
    app.call_as(manager, &[own], new(own, "chi hội  mộc châu")).await.assert_problem(409, "conflict");
    assert_eq!(
        app.call_as(&[Role::Staff], &[], new(other, "Chi hội Mộc Châu")).await.status,
        201,
        "names are unique per association"
    );

    let patch = TestRequest::patch()
        .uri(&format!("/api/v1/associations/{own}/branches/{branch_id}"))
        .insert_header(("Content-Type", "application/merge-patch+json"))
        .insert_header(("If-Match", "\"v1\""))
        .set_payload(json!({"member_count_reported": 1310, "district": null, "status": "inactive"}).to_string());
    let res = app.call_as(manager, &[own], patch).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let body = res.json();
    assert_eq!(body["member_count_reported"], 1310);
    assert_eq!(body["district"], serde_json::Value::Null);
    assert_eq!(body["status"], "inactive");
    assert_eq!(app.audit_count("branch", branch_id), 2);

    let list = app.get(&format!("/api/v1/associations/{own}/branches")).await.json();
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
    let active = app.get(&format!("/api/v1/associations/{own}/branches?status=active")).await.json();
    assert_eq!(active["items"].as_array().map(Vec::len), Some(0));
    let got = app.get(&format!("/api/v1/associations/{own}/branches/{branch_id}")).await;
    assert_eq!(got.header("etag"), Some("\"v2\""));
    app.get(&format!("/api/v1/associations/{other}/branches/{branch_id}")).await.assert_problem(404, "not_found");
    app.get("/api/v1/associations/999999/branches").await.assert_problem(404, "not_found");
}

#[actix_web::test]
async fn invalid_branches_get_422() {
    let app = TestApp::spawn().await;
    let id = create_ok(&app, "Hội Khuyến học").await;
    let req = json(
        TestRequest::post().uri(&format!("/api/v1/associations/{id}/branches")),
        json!({"name": "", "member_count_reported": -3, "founded_on": "2999-01-01"}),
    );
    let problem = app.call_as(&[Role::Staff], &[], req).await.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().filter_map(|e| e["field"].as_str()).collect();
    for field in ["name", "member_count_reported", "founded_on"] {
        assert!(fields.contains(&field), "{field}: {problem}");
    }
}
