//! Awards and honours: categories, honour rounds and honourees, national nominations,
//! commendations, and their statistics observations.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::domain::codes::{CodeList, HonourTitle};
use lienhiep::domain::statistics::Metric;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp};

const STAFF: &[Role] = &[Role::Staff];
const MANAGER: &[Role] = &[Role::AssociationManager];

async fn staff_post(app: &TestApp, uri: &str, body: Value) -> Value {
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri(uri), body)).await;
    assert!(res.status.is_success(), "{uri}: {} {:?}", res.status, String::from_utf8_lossy(&res.body));
    res.json()
}

async fn new_round(app: &TestApp, year: i32, name: &str) -> i64 {
    staff_post(app, "/api/v1/honour-rounds", json!({"year": year, "name": name})).await["id"].as_i64().expect("id")
}

async fn step(app: &TestApp, round: i64, action: &str) -> Value {
    staff_post(app, &format!("/api/v1/honour-rounds/{round}/{action}"), json!({})).await
}

fn codes(list: &Value) -> Vec<String> {
    list["items"].as_array().expect("items").iter().map(|c| c["code"].as_str().expect("code").to_owned()).collect()
}

#[actix_web::test]
async fn the_catalogue_is_seeded_with_the_categories_of_the_report() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/award-categories").await;
    assert_eq!(res.status, 200);
    let list = res.json();
    let expected: Vec<String> = HonourTitle::all().iter().map(|t| t.code().to_owned()).collect();
    assert_eq!(codes(&list), expected, "the seeded catalogue uses the honour_titles codes, in that order");
    let hero = list["items"].as_array().expect("items").iter().find(|c| c["code"] == "labour_hero").expect("hero");
    assert_eq!(hero["name_vi"], "Anh hùng Lao động");
    assert_eq!(hero["level"], "national");
    assert_eq!(hero["kind"], "title");
    let order = list["items"].as_array().expect("items").iter().find(|c| c["code"] == "labour_order_third_class");
    assert_eq!(order.expect("order")["kind"], "order");
}

#[actix_web::test]
async fn staff_extend_the_catalogue_and_a_category_in_use_cannot_be_deleted() {
    let app = TestApp::spawn().await;
    let new = |code: &str| {
        json(
            TestRequest::post().uri("/api/v1/award-categories"),
            json!({"code": code, "name_vi": "Giải thưởng KHCN tỉnh", "name_en": "Provincial S&T Prize", "level": "provincial", "kind": "prize"}),
        )
    };
    app.call_as(MANAGER, &[1], new("provincial_prize")).await.assert_problem(403, "forbidden");
    let res = app.call_as(STAFF, &[], new("provincial_prize")).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let used = res.json();
    assert!(used["position"].as_i64().expect("position") > 240, "new categories go last");
    app.call_as(STAFF, &[], new("provincial_prize")).await.assert_problem(409, "conflict");
    let problem = app.call_as(STAFF, &[], new("Bad Code")).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "code");
    let unused = app.call_as(STAFF, &[], new("spare_prize")).await.json();

    let round = new_round(&app, 2024, "Đợt V").await;
    staff_post(
        &app,
        &format!("/api/v1/honour-rounds/{round}/honourees"),
        json!({"full_name": "Lò Văn Puốn", "categories": ["provincial_prize"]}),
    )
    .await;
    let delete = |id: &Value| TestRequest::delete().uri(&format!("/api/v1/award-categories/{id}"));
    let problem = app.call_as(STAFF, &[], delete(&used["id"])).await.assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().expect("detail").contains("1 honouree"));
    assert_eq!(app.call_as(STAFF, &[], delete(&unused["id"])).await.status, 204);
    assert_eq!(app.get(&format!("/api/v1/award-categories/{}", unused["id"])).await.status, 404);

    let patch = json(
        TestRequest::patch().uri(&format!("/api/v1/award-categories/{}", used["id"])),
        json!({"name_en": "Provincial Science Prize", "code": "renamed"}),
    );
    let problem = app.call_as(STAFF, &[], patch).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["code"], "unknown_field", "the code cannot be patched");
    let patch = json(
        TestRequest::patch().uri(&format!("/api/v1/award-categories/{}", used["id"])),
        json!({"name_en": "Provincial Science Prize"}),
    );
    let res = app.call_as(STAFF, &[], patch).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["code"], "provincial_prize", "the code never changes");
}

#[actix_web::test]
async fn a_round_goes_from_proposals_to_decisions_to_publication_each_step_by_its_role() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let other = create_ok(&app, "Hội Y học").await;
    let round = new_round(&app, 2024, "Tôn vinh trí thức tiêu biểu lần thứ V").await;
    let propose = |name: &str, association: i64| {
        json(
            TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/honourees")),
            json!({"full_name": name, "workplace": "Trường THPT Chiềng Sinh", "association_id": association, "categories": ["meritorious_teacher", "doctorate"], "citation": "Nhà giáo Ưu tú"}),
        )
    };

    // Lengths apply to the text as sent, before trimming.
    let padded = json!({"year": 2024, "name": "Đợt thử", "description": format!("a{}", " ".repeat(4000))});
    let problem = app
        .call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/honour-rounds"), padded))
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "description");
    app.get("/api/v1/honour-rounds?year=0").await.assert_problem(422, "validation_failed");

    // Planned: nobody proposes yet; anonymous readers do not see the round.
    app.call_as(MANAGER, &[own], propose("Lò Văn Puốn", own)).await.assert_problem(409, "conflict");
    assert_eq!(app.get(&format!("/api/v1/honour-rounds/{round}")).await.status, 404);
    assert_eq!(app.get("/api/v1/honour-rounds").await.json()["items"], json!([]));
    let problem = app
        .call_as(STAFF, &[], TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/publish")))
        .await
        .assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!(["open-nominations"]));
    app.call_as(MANAGER, &[own], TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/open-nominations")))
        .await
        .assert_problem(403, "forbidden");

    let opened = step(&app, round, "open-nominations").await;
    assert_eq!(opened["status"], "nominations_open");
    let res = app.call_as(MANAGER, &[own], propose("Lò Văn Puốn", own)).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let puon = res.json();
    assert_eq!(puon["decision"], "pending");
    assert_eq!(puon["categories"], json!(["doctorate", "meritorious_teacher"]), "in catalogue order");
    let cam = app.call_as(MANAGER, &[own], propose("Cầm Thị Hoa", own)).await.json();
    app.call_as(MANAGER, &[own], propose("Hà Văn Khác", other)).await.assert_problem(403, "forbidden");
    app.call_as(MANAGER, &[own], propose("lò văn  puốn", own)).await.assert_problem(409, "conflict");
    app.call_as(&[Role::Judge], &[], propose("Ai Đó", own)).await.assert_problem(403, "forbidden");
    let res = app.call_as(MANAGER, &[other], propose("Quàng Văn Khác", other)).await;
    assert_eq!(res.status, 201);
    let other_one = res.json();
    // A manager sees its own association's proposals only.
    let seen = app
        .call_as(MANAGER, &[own], TestRequest::get().uri(&format!("/api/v1/honour-rounds/{round}/honourees")))
        .await
        .json();
    let names: Vec<&str> =
        seen["items"].as_array().expect("items").iter().map(|h| h["full_name"].as_str().expect("name")).collect();
    assert_eq!(names, ["Cầm Thị Hoa", "Lò Văn Puốn"], "given-name order, own association only");
    assert_eq!(
        app.call_as(
            MANAGER,
            &[own],
            TestRequest::get().uri(&format!("/api/v1/honour-rounds/{round}/honourees/{}", other_one["id"]))
        )
        .await
        .status,
        404
    );

    // Under review: proposals stop, staff decide.
    step(&app, round, "close-nominations").await;
    app.call_as(MANAGER, &[own], propose("Người Muộn", own)).await.assert_problem(409, "conflict");
    let decide = |id: &Value, body: Value| {
        json(TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/honourees/{id}/decision")), body)
    };
    app.call_as(MANAGER, &[own], decide(&puon["id"], json!({"decision": "approved"})))
        .await
        .assert_problem(403, "forbidden");
    let problem = app
        .call_as(STAFF, &[], decide(&cam["id"], json!({"decision": "rejected"})))
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "reason");
    let res = app.call_as(STAFF, &[], decide(&puon["id"], json!({"decision": "approved"}))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["decision"], "approved");
    let problem = app
        .call_as(STAFF, &[], TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/publish")))
        .await
        .assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().expect("detail").contains("2 honouree(s)"), "{problem}");
    app.call_as(STAFF, &[], decide(&cam["id"], json!({"decision": "rejected", "reason": "Chưa đủ tiêu chí"}))).await;
    app.call_as(STAFF, &[], decide(&other_one["id"], json!({"decision": "approved"}))).await;

    let published = step(&app, round, "publish").await;
    assert_eq!(published["status"], "published");
    assert_eq!(published["counts"], json!({"pending": 0, "approved": 2, "rejected": 1}));
    app.call_as(STAFF, &[], decide(&cam["id"], json!({"decision": "approved"}))).await.assert_problem(409, "conflict");

    // Anonymous readers: the published round, approved honourees only, no personal data.
    let round_view = app.get(&format!("/api/v1/honour-rounds/{round}")).await.json();
    assert_eq!(round_view["counts"], json!({"pending": 0, "approved": 2, "rejected": 0}));
    let public = app.get(&format!("/api/v1/honour-rounds/{round}/honourees")).await.json();
    let items = public["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    for item in items {
        assert_eq!(item["decision"], "approved");
        for hidden in ["person_id", "decision_reason", "decided_by", "proposed_by", "decided_at"] {
            assert!(item.get(hidden).is_none(), "{hidden} is not public: {item}");
        }
        assert!(item["workplace"].is_string() && item["categories"].is_array());
    }
    assert_eq!(app.get(&format!("/api/v1/honour-rounds/{round}/honourees/{}", cam["id"])).await.status, 404);
    // The manager sees its own rejected proposal (with the reason) and everyone approved.
    let seen = app
        .call_as(MANAGER, &[own], TestRequest::get().uri(&format!("/api/v1/honour-rounds/{round}/honourees")))
        .await
        .json();
    let items = seen["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    let rejected = items.iter().find(|h| h["decision"] == "rejected").expect("own rejected");
    assert_eq!(rejected["decision_reason"], "Chưa đủ tiêu chí");
    let foreign = items.iter().find(|h| h["id"] == other_one["id"]).expect("approved of another association");
    assert!(foreign.get("proposed_by").is_none());
    // Every step left an audit record.
    assert_eq!(app.audit_count("honour_round", round), 4);
    assert_eq!(app.audit_count("honouree", puon["id"].as_i64().expect("id")), 2);
}

#[actix_web::test]
async fn one_person_is_honoured_at_most_once_per_round() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let member = staff_post(
        &app,
        &format!("/api/v1/associations/{own}/members"),
        json!({"full_name": "Điêu Chính Tơi", "workplace": "Sở Y tế"}),
    )
    .await;
    let person = member["person"]["id"].as_i64().expect("person");
    let round = new_round(&app, 2020, "Đợt IV").await;
    let uri = format!("/api/v1/honour-rounds/{round}/honourees");
    let res = app
        .call_as(
            STAFF,
            &[],
            json(TestRequest::post().uri(&uri), json!({"person_id": person, "categories": ["doctorate"]})),
        )
        .await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let honouree = res.json();
    assert_eq!(honouree["full_name"], "Điêu Chính Tơi", "taken from the person");
    assert_eq!(honouree["workplace"], "Sở Y tế");
    let again = json(TestRequest::post().uri(&uri), json!({"person_id": person, "categories": ["labour_hero"]}));
    app.call_as(STAFF, &[], again).await.assert_problem(409, "conflict");
    let unknown = json(TestRequest::post().uri(&uri), json!({"person_id": 999_999, "categories": ["nope"]}));
    let problem = app.call_as(STAFF, &[], unknown).await.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["categories", "person_id"]);
    // In another round the same person is fine.
    let next = new_round(&app, 2024, "Đợt V").await;
    let res = app
        .call_as(
            STAFF,
            &[],
            json(
                TestRequest::post().uri(&format!("/api/v1/honour-rounds/{next}/honourees")),
                json!({"person_id": person, "categories": ["doctorate"]}),
            ),
        )
        .await;
    assert_eq!(res.status, 201);
}

#[actix_web::test]
async fn a_historical_round_is_imported_in_bulk_all_or_nothing() {
    let app = TestApp::spawn().await;
    let round = new_round(&app, 2014, "Tôn vinh trí thức tiêu biểu lần thứ I").await;
    let uri = format!("/api/v1/honour-rounds/{round}/import");
    let csv = "\u{feff}Họ và tên;Nơi công tác;Tiêu chí;Thành tích\n\
               Cầm Thị Hoa;Bệnh viện Đa khoa tỉnh;Thầy thuốc Ưu tú;Thầy thuốc Ưu tú năm 2012\n\
               Lò Văn Puốn;Trường THPT Chiềng Sinh;\"nha giao uu tu; doctorate\";\n\
               Hà Văn Vinh;Công ty Cà phê Sơn La;Labour Hero;\n";
    let bad = csv.replace("Labour Hero", "Giải không có");
    let extra = csv.replace("Labour Hero;", "Labour Hero;;lạc chỗ");
    let send = |body: String| {
        TestRequest::post().uri(&uri).insert_header(("Content-Type", "text/csv; charset=utf-8")).set_payload(body)
    };
    app.call_as(MANAGER, &[1], send(csv.to_owned())).await.assert_problem(403, "forbidden");
    let problem = app.call_as(STAFF, &[], send(bad)).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "[4].categories", "{problem}");
    let problem = app.call_as(STAFF, &[], send(extra)).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "[4]", "{problem}");
    let list =
        app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/honour-rounds/{round}/honourees"))).await;
    assert_eq!(list.json()["items"], json!([]), "nothing was written");

    let res = app.call_as(STAFF, &[], send(csv.to_owned())).await;
    assert_eq!(res.status, 201, "{:?}", String::from_utf8_lossy(&res.body));
    assert_eq!(res.json()["created"], 3);
    let list = app
        .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/honour-rounds/{round}/honourees")))
        .await
        .json();
    let items = list["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(|h| h["decision"] == "approved"), "imports are historical records");
    let puon = items.iter().find(|h| h["full_name"] == "Lò Văn Puốn").expect("Puốn");
    assert_eq!(puon["categories"], json!(["doctorate", "meritorious_teacher"]));
    // The same file again: every row is already in the round.
    let problem = app.call_as(STAFF, &[], send(csv.to_owned())).await.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"].as_array().expect("errors").len(), 3);
    // JSON works too, positions from 1.
    let body = json!([{"full_name": "Sa Văn Mới", "categories": ["labour_hero"]}, {"categories": []}]);
    let problem = app
        .call_as(STAFF, &[], json(TestRequest::post().uri(&uri), body))
        .await
        .assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().map(|e| e["field"].as_str().expect("f")).collect();
    assert_eq!(fields, ["[2].categories"]);
    step(&app, round, "open-nominations").await;
    step(&app, round, "close-nominations").await;
    assert_eq!(step(&app, round, "publish").await["counts"]["approved"], 3);
}

#[actix_web::test]
async fn national_nominations_move_by_their_operations_and_only_honoured_ones_are_public() {
    let app = TestApp::spawn().await;
    let body = json!({"programme": "farmers_scientist", "year": 2018, "nominee_name": "Lường Văn Thắng", "workplace": "Trung tâm Khuyến nông", "notes": "nội bộ"});
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/nominations"), body)).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let id = res.json()["id"].as_i64().expect("id");
    let other = staff_post(
        &app,
        "/api/v1/nominations",
        json!({"programme": "other", "programme_name": "Nhà sáng chế", "year": 2019, "nominee_name": "Quàng Thị Mai"}),
    )
    .await;
    let problem = app
        .call_as(
            STAFF,
            &[],
            json(
                TestRequest::post().uri("/api/v1/nominations"),
                json!({"programme": "other", "year": 2019, "nominee_name": "A B"}),
            ),
        )
        .await
        .assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "programme_name");

    let op = |id: i64, action: &str, body: Value| {
        json(TestRequest::post().uri(&format!("/api/v1/nominations/{id}/{action}")), body)
    };
    let problem = app.call_as(STAFF, &[], op(id, "record-honoured", json!({}))).await.assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!(["submit"]));
    assert_eq!(app.call_as(STAFF, &[], op(id, "submit", json!({}))).await.status, 200);
    let res =
        app.call_as(STAFF, &[], op(id, "record-honoured", json!({"decision_reference": "QĐ 125/QĐ-LHHVN"}))).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["status"], "honoured");
    assert_eq!(res.json()["decision_reference"], "QĐ 125/QĐ-LHHVN");
    let problem =
        app.call_as(STAFF, &[], op(id, "record-not-selected", json!({}))).await.assert_problem(409, "conflict");
    assert_eq!(problem["allowed"], json!([]));
    app.call_as(STAFF, &[], TestRequest::delete().uri(&format!("/api/v1/nominations/{id}")))
        .await
        .assert_problem(409, "conflict");

    let public = app.get("/api/v1/nominations").await.json();
    let items = public["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "only the honoured nomination is public");
    assert_eq!(items[0]["notes"], Value::Null, "notes are for staff");
    assert_eq!(app.get(&format!("/api/v1/nominations/{}", other["id"])).await.status, 404);
    let all = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/nominations?year=2018")).await.json();
    assert_eq!(all["items"].as_array().expect("items").len(), 1);
    assert_eq!(all["items"][0]["notes"], "nội bộ");
    assert_eq!(
        app.call_as(STAFF, &[], TestRequest::delete().uri(&format!("/api/v1/nominations/{}", other["id"])))
            .await
            .status,
        204
    );
}

#[actix_web::test]
async fn commendations_check_their_recipient_and_class() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let post = |body: Value| json(TestRequest::post().uri("/api/v1/commendations"), body);
    let cases = [
        (
            json!({"recipient_kind": "association", "type": "labour_order", "issuer": "state_president", "year": 2019, "association_id": own}),
            "order_class",
        ),
        (
            json!({"recipient_kind": "union", "type": "certificate_of_merit", "issuer": "vusta", "year": 2017, "association_id": own}),
            "association_id",
        ),
        (
            json!({"recipient_kind": "association", "type": "emulation_flag", "issuer": "provincial_peoples_committee", "year": 2018}),
            "association_id",
        ),
        (
            json!({"recipient_kind": "person", "type": "certificate_of_merit", "issuer": "prime_minister", "year": 2017}),
            "recipient_name",
        ),
        (
            json!({"recipient_kind": "union", "type": "certificate_of_merit", "issuer": "other", "year": 2017}),
            "issuer_name",
        ),
        (
            json!({"recipient_kind": "union", "type": "emulation_flag", "issuer": "vusta", "year": 2017, "order_class": "first"}),
            "order_class",
        ),
        (
            json!({"recipient_kind": "union", "type": "emulation_flag", "issuer": "vusta", "year": 2017, "decided_on": "2012-01-01"}),
            "decided_on",
        ),
    ];
    for (body, field) in cases {
        let problem = app.call_as(STAFF, &[], post(body.clone())).await.assert_problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field, "{body}");
    }
    let missing = json!({"recipient_kind": "association", "type": "emulation_flag", "issuer": "vusta", "year": 2017, "association_id": 999_999});
    app.call_as(STAFF, &[], post(missing)).await.assert_problem(422, "validation_failed");
    let ok = [
        json!({"recipient_kind": "association", "association_id": own, "type": "labour_order", "order_class": "third", "issuer": "state_president", "year": 2019, "decision_number": "1234/QĐ-CTN", "decided_on": "2019-08-20"}),
        json!({"recipient_kind": "union", "type": "emulation_flag", "issuer": "vusta", "year": 2017}),
        json!({"recipient_kind": "person", "recipient_name": "Tòng Văn Hải", "type": "certificate_of_merit", "issuer": "prime_minister", "year": 2017}),
    ];
    for body in ok {
        let res = app.call_as(STAFF, &[], post(body)).await;
        assert_eq!(res.status, 201, "{:?}", String::from_utf8_lossy(&res.body));
    }
    app.call_as(
        MANAGER,
        &[own],
        post(json!({"recipient_kind": "union", "type": "emulation_flag", "issuer": "vusta", "year": 2017})),
    )
    .await
    .assert_problem(403, "forbidden");
    let of_2017 = app.get("/api/v1/commendations?year=2017").await.json();
    assert_eq!(of_2017["items"].as_array().expect("items").len(), 2);
    let orders = app.get("/api/v1/commendations?type=labour_order").await.json();
    assert_eq!(orders["items"][0]["order_class"], "third");
    let id = orders["items"][0]["id"].as_i64().expect("id");
    let clear = json(TestRequest::patch().uri(&format!("/api/v1/commendations/{id}")), json!({"order_class": null}));
    app.call_as(STAFF, &[], clear).await.assert_problem(422, "validation_failed");
    let page = app.get("/api/v1/commendations?limit=2").await.json();
    let cursor = page["next_cursor"].as_str().expect("a second page");
    let rest = app.get(&format!("/api/v1/commendations?limit=2&cursor={cursor}")).await.json();
    assert_eq!(rest["items"].as_array().expect("items").len(), 1);
    assert_eq!(page["items"][0]["year"], 2019, "newest first");
}

#[actix_web::test]
async fn the_awards_observations_match_what_was_entered() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let round = new_round(&app, 2019, "Đợt III").await;
    let import = json!([
        {"full_name": "Cầm Thị Hoa", "association_id": own, "categories": ["meritorious_physician", "doctorate"]},
        {"full_name": "Lò Văn Puốn", "association_id": own, "categories": ["doctorate"]},
        {"full_name": "Hà Văn Vinh", "categories": ["labour_hero"]},
        {"full_name": "Sa Thị Bị Loại", "categories": ["labour_hero"], "decision": "rejected", "decision_reason": "thiếu hồ sơ"},
    ]);
    staff_post(&app, &format!("/api/v1/honour-rounds/{round}/import"), import).await;
    let unpublished = new_round(&app, 2019, "Đợt chưa công bố").await;
    staff_post(
        &app,
        &format!("/api/v1/honour-rounds/{unpublished}/import"),
        json!([{"full_name": "Chưa Công Bố", "categories": ["doctorate"]}]),
    )
    .await;
    for s in ["open-nominations", "close-nominations", "publish"] {
        step(&app, round, s).await;
    }
    for (programme, outcome) in [
        ("farmers_scientist", "record-honoured"),
        ("farmers_scientist", "record-not-selected"),
        ("golden_book_creativity", ""),
    ] {
        let n = staff_post(
            &app,
            "/api/v1/nominations",
            json!({"programme": programme, "year": 2019, "nominee_name": "Người Đề Cử"}),
        )
        .await;
        if !outcome.is_empty() {
            staff_post(&app, &format!("/api/v1/nominations/{}/submit", n["id"]), json!({})).await;
            staff_post(&app, &format!("/api/v1/nominations/{}/{outcome}", n["id"]), json!({})).await;
        }
    }
    for (issuer, kind) in [
        ("vusta", "certificate_of_merit"),
        ("vusta", "emulation_flag"),
        ("provincial_peoples_committee", "certificate_of_merit"),
    ] {
        staff_post(
            &app,
            "/api/v1/commendations",
            json!({"recipient_kind": "union", "type": kind, "issuer": issuer, "year": 2019}),
        )
        .await;
    }
    staff_post(
        &app,
        "/api/v1/commendations",
        json!({"recipient_kind": "union", "type": "emulation_flag", "issuer": "vusta", "year": 2018}),
    )
    .await;

    let observations = lienhiep::models::awards::observations(&mut app.conn(), 2019).expect("observations");
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
    assert_eq!(value(Metric::Honourees, None, None), 3, "approved honourees of published rounds");
    assert_eq!(value(Metric::Honourees, Some(own), None), 2);
    let round_key = round.to_string();
    assert_eq!(value(Metric::HonoureesByRound, None, Some(("round", round_key.as_str()))), 3);
    assert_eq!(value(Metric::HonoureesByCategory, None, Some(("category", "doctorate"))), 2);
    assert_eq!(value(Metric::HonoureesByCategory, None, Some(("category", "labour_hero"))), 1);
    assert_eq!(value(Metric::HonoureesByCategory, None, Some(("category", "meritorious_physician"))), 1);
    assert_eq!(value(Metric::NominationsByProgramme, None, Some(("programme", "farmers_scientist"))), 2);
    assert_eq!(value(Metric::NominationsByProgramme, None, Some(("programme", "golden_book_creativity"))), 1);
    assert_eq!(value(Metric::NominationsByStatus, None, Some(("status", "honoured"))), 1);
    assert_eq!(value(Metric::NominationsByStatus, None, Some(("status", "not_selected"))), 1);
    assert_eq!(value(Metric::NominationsByStatus, None, Some(("status", "drafted"))), 1);
    assert_eq!(value(Metric::CommendationsByIssuer, None, Some(("issuer", "vusta"))), 2);
    assert_eq!(value(Metric::CommendationsByIssuer, None, Some(("issuer", "provincial_peoples_committee"))), 1);
    assert_eq!(value(Metric::CommendationsByType, None, Some(("type", "certificate_of_merit"))), 2);
    assert_eq!(value(Metric::CommendationsByType, None, Some(("type", "emulation_flag"))), 1);
    assert!(observations.iter().all(|o| o.year == 2019));
    let none = lienhiep::models::awards::observations(&mut app.conn(), 2030).expect("observations");
    assert_eq!(none.iter().map(|o| o.value).sum::<i64>(), 0);
}

#[actix_web::test]
async fn associations_propose_the_same_person_without_learning_of_each_other_and_staff_approve_one() {
    let app = TestApp::spawn().await;
    let (a, b) = (create_ok(&app, "Hội Khuyến học").await, create_ok(&app, "Hội Y học").await);
    let round = new_round(&app, 2024, "Tôn vinh trí thức tiêu biểu").await;
    step(&app, round, "open-nominations").await;
    let propose = |association: i64| {
        json(
            TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/honourees")),
            json!({"full_name": "Lò Văn Bê", "workplace": "Bệnh viện tỉnh", "association_id": association,
                   "categories": ["doctorate"]}),
        )
    };
    let first = app.call_as(MANAGER, &[a], propose(a)).await;
    assert_eq!(first.status, 201, "{:?}", first.body);
    // Another association proposes the same person: nothing tells it of the first proposal.
    let second = app.call_as(MANAGER, &[b], propose(b)).await;
    assert_eq!(second.status, 201, "{:?}", second.body);
    let listed = |res: crate::helpers::TestResponse| res.json()["items"].as_array().expect("items").len();
    let uri = format!("/api/v1/honour-rounds/{round}/honourees");
    assert_eq!(listed(app.call_as(MANAGER, &[b], TestRequest::get().uri(&uri)).await), 1, "its own only");
    assert_eq!(listed(app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await), 2, "staff see both");
    // Its own proposal twice is still a conflict, which it may read.
    let again = app.call_as(MANAGER, &[b], propose(b)).await;
    let problem = again.assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().expect("detail").contains("for this association"), "{problem}");

    // Staff approve the person once.
    step(&app, round, "close-nominations").await;
    let decide = |id: &Value, body: Value| {
        json(TestRequest::post().uri(&format!("/api/v1/honour-rounds/{round}/honourees/{id}/decision")), body)
    };
    let (first, second) = (first.json(), second.json());
    let res = app.call_as(STAFF, &[], decide(&first["id"], json!({"decision": "approved"}))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let problem = app
        .call_as(STAFF, &[], decide(&second["id"], json!({"decision": "approved"})))
        .await
        .assert_problem(409, "conflict");
    assert!(problem["detail"].as_str().expect("detail").contains(&first["id"].to_string()), "{problem}");
    let res = app
        .call_as(STAFF, &[], decide(&second["id"], json!({"decision": "rejected", "reason": "Trùng với hồ sơ khác"})))
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let published = step(&app, round, "publish").await;
    assert_eq!(published["counts"], json!({"pending": 0, "approved": 1, "rejected": 1}));
}

/// A nomination's submission and decision keep the days they happened, generated, a
/// decision never before the submission nor either in the future (seeded, seed printed).
#[actix_web::test]
async fn nomination_steps_keep_the_days_they_happened() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let today = lienhiep::domain::time::today(app.state.config.timezone);
    for n in 0..8 {
        let body = json!({"programme": "farmers_scientist", "year": 2012 + n, "nominee_name": format!("Người {n}")});
        let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/nominations"), body)).await;
        assert_eq!(res.status, 201, "{}", res.body_text());
        let id = res.json()["id"].as_i64().expect("id");
        let decision = if n % 2 == 0 { "record-honoured" } else { "record-not-selected" };
        let start = today - chrono::Duration::days(100 + rng.below(3000) as i64);
        let steps = [("submit", json!({})), (decision, json!({"decision_reference": "QĐ 1"}))];
        let taken = crate::helpers::take_dated_steps(
            &app,
            &mut rng,
            seed,
            &steps,
            |step| format!("/api/v1/nominations/{id}/{step}"),
            start,
        )
        .await;
        let shown = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/nominations/{id}"))).await.json();
        assert_eq!(
            (shown["submitted_on"].clone(), shown["decided_on"].clone()),
            (json!(taken[0].to_string()), json!(taken[1].to_string())),
            "seed {seed}: {shown}"
        );
    }
}
