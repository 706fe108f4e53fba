//! Activities: kind-specific fields, role rules, visibility, bulk import and observations.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::domain::statistics::Metric;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp};

const STAFF: &[Role] = &[Role::Staff];
const MANAGER: &[Role] = &[Role::AssociationManager];

fn post(body: Value) -> TestRequest {
    json(TestRequest::post().uri("/api/v1/activities"), body)
}

fn base(kind: &str) -> Value {
    json!({"kind": kind, "title": "Hoạt động thử", "organiser_kind": "union", "starts_on": "2019-10-18", "union_role": "led"})
}

fn with(mut body: Value, extra: Value) -> Value {
    for (k, v) in extra.as_object().expect("object") {
        body[k] = v.clone();
    }
    body
}

fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field").to_owned())
        .collect()
}

#[actix_web::test]
async fn each_kind_takes_its_own_fields_and_only_those() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let council = with(
        base("council_participation"),
        json!({"union_role": "took_part", "organiser_kind": "partner", "partner_name": "Sở Khoa học và Công nghệ", "council_name": "Hội đồng KHCN tỉnh", "projects_evaluated": 4, "council_role": "reviewer"}),
    );
    let research = with(
        base("research_project"),
        json!({"research_level": "provincial", "research_status": "completed", "ends_on": "2021-06-30"}),
    );
    let social = with(
        base("social_activity"),
        json!({"organiser_kind": "association", "association_id": own, "beneficiaries": 120, "amount": 60_000_000}),
    );
    let publication = with(
        base("publication"),
        json!({"articles": 48, "links": [{"url": "https://lienhiephoi.sonla.gov.vn/ban-tin", "title": "Bản tin"}]}),
    );
    for body in [
        council,
        research,
        social,
        publication,
        base("workshop"),
        base("transfer_model"),
        base("training"),
        base("other"),
    ] {
        let res = app.call_as(STAFF, &[], post(body.clone())).await;
        assert_eq!(res.status, 201, "{body}: {}", String::from_utf8_lossy(&res.body));
        assert_eq!(res.json()["year"], 2019);
    }
    let cases = [
        (base("council_participation"), vec!["council_name", "council_role", "projects_evaluated"]),
        (base("research_project"), vec!["research_level", "research_status"]),
        (base("social_activity"), vec!["beneficiaries"]),
        (
            with(
                base("workshop"),
                json!({"projects_evaluated": 3, "amount": 5, "articles": 2, "research_level": "provincial", "visits": 9, "publication_kind": "journal"}),
            ),
            vec!["amount", "articles", "projects_evaluated", "publication_kind", "research_level", "visits"],
        ),
        (with(base("workshop"), json!({"organiser_kind": "association"})), vec!["association_id"]),
        (
            with(base("workshop"), json!({"organiser_kind": "partner", "association_id": own})),
            vec!["association_id", "partner_name"],
        ),
        (with(base("workshop"), json!({"partner_name": "Đối tác"})), vec!["partner_name"]),
        (with(base("workshop"), json!({"ends_on": "2019-10-01"})), vec!["ends_on"]),
        (
            with(base("workshop"), json!({"links": [{"url": "ftp://x"}], "participants": -1})),
            vec!["links[0].url", "participants"],
        ),
        (with(base("social_activity"), json!({"amount": -5})), vec!["amount"]),
        (with(base("publication"), json!({"visits": -1})), vec!["visits"]),
    ];
    for (body, expected) in cases {
        let problem = app.call_as(STAFF, &[], post(body.clone())).await.assert_problem(422, "validation_failed");
        let mut got = fields(&problem);
        got.dedup();
        assert_eq!(got, expected, "{body}");
    }
    let missing = with(base("workshop"), json!({"organiser_kind": "association", "association_id": 999_999}));
    let problem = app.call_as(STAFF, &[], post(missing)).await.assert_problem(422, "validation_failed");
    assert_eq!(fields(&problem), ["association_id"]);

    // A patch is checked as a whole: changing the kind needs the new kind's fields.
    let id = app.call_as(STAFF, &[], post(base("workshop"))).await.json()["id"].as_i64().expect("id");
    let patch = |body: Value| json(TestRequest::patch().uri(&format!("/api/v1/activities/{id}")), body);
    let problem = app
        .call_as(STAFF, &[], patch(json!({"kind": "research_project"})))
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(fields(&problem), ["research_level", "research_status"]);
    let res = app
        .call_as(
            STAFF,
            &[],
            patch(
                json!({"kind": "research_project", "research_level": "grassroots", "research_status": "in_progress"}),
            ),
        )
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["research_level"], "grassroots");
    app.call_as(STAFF, &[], patch(json!({"title": null}))).await.assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn managers_record_their_own_associations_activities_and_readers_see_public_ones() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let other = create_ok(&app, "Hội Y học").await;
    let of = |association: i64, visibility: &str| {
        with(
            base("training"),
            json!({"organiser_kind": "association", "association_id": association, "visibility": visibility, "union_role": "took_part"}),
        )
    };
    let res = app.call_as(MANAGER, &[own], post(of(own, "internal"))).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let internal = res.json()["id"].as_i64().expect("id");
    let public = app.call_as(MANAGER, &[own], post(of(own, "public"))).await.json()["id"].as_i64().expect("id");
    app.call_as(MANAGER, &[own], post(of(other, "public"))).await.assert_problem(403, "forbidden");
    app.call_as(MANAGER, &[own], post(base("workshop"))).await.assert_problem(403, "forbidden");
    app.call_as(&[Role::Judge], &[], post(base("workshop"))).await.assert_problem(403, "forbidden");
    let theirs = app.call_as(STAFF, &[], post(of(other, "internal"))).await.json()["id"].as_i64().expect("id");

    // Moving an activity to an association the manager does not manage is refused.
    let move_it =
        json(TestRequest::patch().uri(&format!("/api/v1/activities/{public}")), json!({"association_id": other}));
    app.call_as(MANAGER, &[own], move_it).await.assert_problem(403, "forbidden");
    let theirs_patch =
        json(TestRequest::patch().uri(&format!("/api/v1/activities/{theirs}")), json!({"participants": 3}));
    app.call_as(MANAGER, &[own], theirs_patch).await.assert_problem(403, "forbidden");
    app.call_as(MANAGER, &[own], TestRequest::delete().uri(&format!("/api/v1/activities/{theirs}")))
        .await
        .assert_problem(403, "forbidden");

    let ids = |page: Value| -> Vec<i64> {
        page["items"].as_array().expect("items").iter().map(|a| a["id"].as_i64().expect("id")).collect()
    };
    let anonymous = ids(app.get("/api/v1/activities").await.json());
    assert_eq!(anonymous, [public]);
    assert_eq!(app.get(&format!("/api/v1/activities/{internal}")).await.status, 404);
    let mut manager = ids(app.call_as(MANAGER, &[own], TestRequest::get().uri("/api/v1/activities")).await.json());
    manager.sort_unstable();
    assert_eq!(manager, [internal, public], "its own internal activity, not the other association's");
    let staff = ids(app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/activities")).await.json());
    assert_eq!(staff.len(), 3);
    assert_eq!(
        app.call_as(MANAGER, &[own], TestRequest::delete().uri(&format!("/api/v1/activities/{internal}"))).await.status,
        204
    );
    assert_eq!(app.audit_count("activity", internal), 2);
}

#[actix_web::test]
async fn activities_are_imported_in_bulk_all_or_nothing_and_filtered() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let csv = format!(
        "Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Mã hội;Ngày;Địa điểm;Số người tham gia;Vai trò;Hội đồng;Số đề tài;Vai trò trong hội đồng;Liên kết\n\
         Hội thảo khoa học;Hội thảo cây ăn quả vùng cao;Liên hiệp hội;;2019-10-18;Mộc Châu;120;Chủ trì;;;;https://lienhiephoi.sonla.gov.vn/a\n\
         council_participation;Hội đồng nghiệm thu đề tài;Đối tác;;2019-11-02;Sơn La;;Tham gia;Hội đồng KHCN tỉnh;5;phan bien;\n\
         training;Tập huấn khuyến học;Hội thành viên;{own};2020-03-01;Yên Châu;60;Phối hợp tổ chức;;;;\n"
    );
    let send = |body: String| {
        TestRequest::post()
            .uri("/api/v1/activities/import")
            .insert_header(("Content-Type", "text/csv"))
            .set_payload(body)
    };
    app.call_as(MANAGER, &[own], send(csv.clone())).await.assert_problem(403, "forbidden");
    // The partner's name is missing on row 3: nothing is written.
    let problem = app.call_as(STAFF, &[], send(csv.clone())).await.assert_problem(422, "validation_failed");
    assert_eq!(fields(&problem), ["[3].partner_name"]);
    assert_eq!(app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/activities")).await.json()["items"], json!([]));
    // Give the partner through a JSON import instead, with the same rows.
    let json_rows = json!([
        {"kind": "Hội thảo khoa học", "title": "Hội thảo cây ăn quả vùng cao", "organiser_kind": "union", "starts_on": "2019-10-18", "place": "Mộc Châu", "participants": 120, "union_role": "led", "links": ["https://lienhiephoi.sonla.gov.vn/a"]},
        {"kind": "council_participation", "title": "Hội đồng nghiệm thu đề tài", "organiser_kind": "partner", "partner_name": "Sở KH&CN", "starts_on": "2019-11-02", "union_role": "took_part", "council_name": "Hội đồng KHCN tỉnh", "projects_evaluated": 5, "council_role": "phan bien"},
        {"kind": "training", "title": "Tập huấn khuyến học", "organiser_kind": "association", "association_id": own, "starts_on": "2020-03-01", "participants": 60, "union_role": "co_organised"},
    ]);
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/activities/import"), json_rows)).await;
    assert_eq!(res.status, 201, "{:?}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["created"], 3);
    let council = app.get("/api/v1/activities?kind=council_participation").await.json();
    assert_eq!(council["items"][0]["council_role"], "reviewer", "a label becomes its code");
    let workshop = app.get("/api/v1/activities?q=cay%20an%20qua").await.json();
    assert_eq!(workshop["items"][0]["links"][0]["url"], "https://lienhiephoi.sonla.gov.vn/a");
    assert_eq!(app.get("/api/v1/activities?year=2019").await.json()["items"].as_array().expect("items").len(), 2);
    let range = app.get("/api/v1/activities?from=2019-11-01&to=2020-12-31").await.json();
    assert_eq!(range["items"].as_array().expect("items").len(), 2);
    app.get("/api/v1/activities?from=2020-01-01&to=2019-01-01").await.assert_problem(422, "validation_failed");
    let page = app.get("/api/v1/activities?limit=2").await.json();
    assert_eq!(page["items"][0]["starts_on"], "2020-03-01", "newest first");
    let cursor = page["next_cursor"].as_str().expect("cursor");
    let rest = app.get(&format!("/api/v1/activities?limit=2&cursor={cursor}")).await.json();
    assert_eq!(rest["items"].as_array().expect("items").len(), 1);
    // The CSV again with the partner given: Vietnamese headers and labels throughout.
    let csv = csv.replace("Liên kết\n", "Liên kết;Đối tác\n").replace(";phan bien;\n", ";phan bien;;Sở KH&CN\n");
    let res = app.call_as(STAFF, &[], send(csv)).await;
    assert_eq!(res.status, 201, "{:?}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["created"], 3);
}

#[actix_web::test]
async fn the_activities_observations_match_what_was_entered() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let rows = json!([
        {"kind": "workshop", "title": "Hội thảo 1", "organiser_kind": "union", "starts_on": "2019-03-01", "union_role": "led"},
        {"kind": "workshop", "title": "Hội thảo 2", "organiser_kind": "association", "association_id": own, "starts_on": "2019-05-01", "union_role": "co_organised"},
        {"kind": "council_participation", "title": "Hội đồng 1", "organiser_kind": "partner", "partner_name": "Sở KH&CN", "starts_on": "2019-06-01", "union_role": "took_part", "council_name": "HĐ KHCN", "projects_evaluated": 4, "council_role": "reviewer"},
        {"kind": "council_participation", "title": "Hội đồng 2", "organiser_kind": "partner", "partner_name": "Sở KH&CN", "starts_on": "2019-09-01", "union_role": "took_part", "council_name": "HĐ sáng kiến", "projects_evaluated": 7, "council_role": "chair"},
        {"kind": "social_activity", "title": "Học bổng", "organiser_kind": "union", "starts_on": "2019-09-05", "union_role": "led", "beneficiaries": 50, "amount": 25_000_000},
        {"kind": "social_activity", "title": "Quà", "organiser_kind": "association", "association_id": own, "starts_on": "2019-12-20", "union_role": "took_part", "beneficiaries": 30},
        {"kind": "workshop", "title": "Năm sau", "organiser_kind": "union", "starts_on": "2020-01-02", "union_role": "led"},
    ]);
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/activities/import"), rows)).await;
    assert_eq!(res.status, 201, "{:?}", String::from_utf8_lossy(&res.body));
    let observations = lienhiep::models::activity::observations(&mut app.conn(), 2019).expect("observations");
    let value = |metric: Metric, association: Option<i64>, dimension: Option<(&str, &str)>| {
        observations
            .iter()
            .filter(|o| {
                o.metric == metric
                    && o.association_id == association
                    && o.dimension.as_ref().map(|(a, b)| (a.as_str(), b.as_str())) == dimension
            })
            .map(|o| o.value)
            .sum::<i64>()
    };
    assert_eq!(value(Metric::ActivitiesByKind, None, Some(("kind", "workshop"))), 2);
    assert_eq!(value(Metric::ActivitiesByKind, Some(own), Some(("kind", "workshop"))), 1);
    assert_eq!(value(Metric::ActivitiesByKind, None, Some(("kind", "council_participation"))), 2);
    assert_eq!(value(Metric::ActivitiesByKind, None, Some(("kind", "social_activity"))), 2);
    assert_eq!(value(Metric::ActivitiesByOrganiser, None, Some(("organiser", "union"))), 2);
    assert_eq!(value(Metric::ActivitiesByOrganiser, None, Some(("organiser", "association"))), 2);
    assert_eq!(value(Metric::ActivitiesByOrganiser, None, Some(("organiser", "partner"))), 2);
    assert_eq!(value(Metric::CouncilProjectsEvaluated, None, None), 11);
    assert_eq!(value(Metric::SocialBeneficiaries, None, None), 80);
    assert_eq!(value(Metric::SocialAmount, None, None), 25_000_000);
    assert!(observations.iter().all(|o| o.year == 2019));
}

#[actix_web::test]
async fn only_an_associations_own_activity_may_have_no_part_of_the_union() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let without = |organiser: Value| {
        let mut body = with(base("training"), organiser);
        body.as_object_mut().expect("object").remove("union_role");
        body
    };
    let res =
        app.call_as(STAFF, &[], post(without(json!({"organiser_kind": "association", "association_id": own})))).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    assert_eq!(res.json()["union_role"], Value::Null);
    let id = res.json()["id"].as_i64().expect("id");
    for organiser in
        [json!({"organiser_kind": "union"}), json!({"organiser_kind": "partner", "partner_name": "Sở Y tế"})]
    {
        let res = app.call_as(STAFF, &[], post(without(organiser.clone()))).await;
        res.assert_problem(422, "validation_failed");
        assert_eq!(fields(&res.json()), ["union_role"], "{organiser}");
    }
    let patch = |id: i64, body: Value| json(TestRequest::patch().uri(&format!("/api/v1/activities/{id}")), body);
    // Given a role, then cleared again; the union's own activity cannot lose its role.
    let res = app.call_as(STAFF, &[], patch(id, json!({"union_role": "co_organised"}))).await;
    assert_eq!(res.json()["union_role"], "co_organised", "{}", res.body_text());
    let res = app.call_as(STAFF, &[], patch(id, json!({"union_role": null}))).await;
    assert_eq!((res.status.as_u16(), &res.json()["union_role"]), (200, &Value::Null), "{}", res.body_text());
    let union = app.call_as(STAFF, &[], post(base("workshop"))).await.json()["id"].as_i64().expect("id");
    let res = app.call_as(STAFF, &[], patch(union, json!({"union_role": null}))).await;
    res.assert_problem(422, "validation_failed");
    // Filtering by role leaves out the activity with none.
    let led = app.get("/api/v1/activities?union_role=led").await.json();
    let ids: Vec<i64> = led["items"].as_array().expect("items").iter().filter_map(|a| a["id"].as_i64()).collect();
    assert_eq!(ids, [union]);
}
