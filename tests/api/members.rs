//! `/api/v1/members`.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];

async fn add(app: &TestApp, association: i64, body: Value) -> TestResponse {
    app.call_as(STAFF, &[], json(TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")), body))
        .await
}

async fn add_ok(app: &TestApp, association: i64, name: &str) -> i64 {
    let res = add(app, association, json!({"full_name": name})).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    res.json()["id"].as_i64().expect("id")
}

pub(crate) fn names(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|m| m["person"]["full_name"].as_str().map(str::to_owned))
        .collect()
}

/// The full names `q` finds, first page, as staff.
pub(crate) async fn search(app: &TestApp, q: &str) -> Vec<String> {
    let uri = format!("/api/v1/members?{}", serde_urlencoded::to_string([("q", q)]).expect("query"));
    let res = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    names(&res.json())
}

#[actix_web::test]
async fn a_member_is_created_with_derived_names_and_never_shows_the_national_id() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let res = add(
        &app,
        association,
        json!({"full_name": "  Nguyễn   Văn An ", "gender": "male", "birth_date": "1975-04-02", "ethnicity": "03",
               "education_level": "master", "honour_titles": ["labour_hero"], "national_id": "034 090 012 345",
               "phone": "0912 345 678", "external_id": "KH-1"}),
    )
    .await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let member = res.json();
    let person = &member["person"];
    assert_eq!(person["full_name"], "Nguyễn Văn An");
    assert_eq!(
        (person["family_name"].as_str(), person["middle_name"].as_str(), person["given_name"].as_str()),
        (Some("Nguyễn"), Some("Văn"), Some("An"))
    );
    assert_eq!(person["birth_year"], 1975);
    assert_eq!(person["intellectual"], true, "master is bachelor or higher");
    assert_eq!(person["has_national_id"], true);
    assert!(!res.body.windows(12).any(|w| w == b"034090012345"), "the national ID is never returned");
    let id = member["id"].as_i64().expect("id");
    let records = lienhiep::models::audit::for_entity(&mut app.conn(), "membership", &id.to_string()).expect("audit");
    assert_eq!(records.len(), 1);
    assert!(
        !records[0].changes.contains("0912") && !records[0].changes.contains("034090"),
        "personal data masked in audit"
    );

    add(&app, association, json!({"full_name": "Trần Bình", "external_id": "KH-1"}))
        .await
        .assert_problem(409, "conflict");
    let bad = add(
        &app,
        association,
        json!({"full_name": "Lò Văn Pọm", "ethnicity": "99", "birth_date": "2999-01-01", "national_id": "12"}),
    )
    .await;
    let problem = bad.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().filter_map(|e| e["field"].as_str()).collect();
    assert_eq!(fields, ["birth_date", "ethnicity", "national_id"]);
}

#[actix_web::test]
async fn search_folds_case_diacritics_and_d_and_ranks_exact_diacritics_first() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    for name in ["Nguyễn Văn An", "Nguyễn Văn Anh", "Đặng Thị Hoa", "Dang Thi Hoa", "Lò Văn Pọm", "Trần An"]
    {
        add_ok(&app, association, name).await;
    }
    assert_eq!(search(&app, "nguyen van an").await, ["Nguyễn Văn An", "Nguyễn Văn Anh"]);
    assert_eq!(search(&app, "NGUYEN van AN").await, ["Nguyễn Văn An", "Nguyễn Văn Anh"]);
    let dang = search(&app, "dang").await;
    assert_eq!(dang.len(), 2);
    assert_eq!(dang[0], "Dang Thi Hoa", "the exact spelling comes first");
    assert_eq!(search(&app, "Đặng").await, ["Đặng Thị Hoa", "Dang Thi Hoa"], "Đặng before Dang");
    assert_eq!(search(&app, "pom").await, ["Lò Văn Pọm"]);
    // Given name alone, sorted by given name in Vietnamese order: An (Nguyễn) before An (Trần).
    assert_eq!(search(&app, "an").await, ["Nguyễn Văn An", "Trần An", "Nguyễn Văn Anh"]);
    assert!(search(&app, "xyz").await.is_empty());
}

#[actix_web::test]
async fn the_default_sort_is_by_given_name_in_vietnamese_order() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    for name in ["Lê Văn Đức", "Trần Thị Dung", "Phạm Ánh", "Vũ Anh", "Hoàng Văn Ân"] {
        add_ok(&app, association, name).await;
    }
    let page = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/members")).await.json();
    // Tones decide only between otherwise equal names: "Ánh Phạm" sorts before "Anh Vũ" (p < v).
    assert_eq!(names(&page), ["Phạm Ánh", "Vũ Anh", "Hoàng Văn Ân", "Trần Thị Dung", "Lê Văn Đức"]);
    let by_full = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/members?sort=full_name")).await.json();
    assert_eq!(names(&by_full), ["Hoàng Văn Ân", "Lê Văn Đức", "Phạm Ánh", "Trần Thị Dung", "Vũ Anh"]);
}

#[actix_web::test]
async fn managers_see_personal_data_of_their_own_members_only_and_cannot_list_others() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let other = create_ok(&app, "Hội Y học").await;
    let body = json!({"full_name": "Nguyễn Văn An", "phone": "0912 345 678", "email": "an@example.vn", "birth_date": "1975-04-02", "ethnicity": "03"});
    let mine = add(&app, own, body.clone()).await.json()["id"].as_i64().expect("id");
    let theirs = add(&app, other, body).await.json()["id"].as_i64().expect("id");
    let manager = &[Role::AssociationManager][..];
    let get = |id: i64| TestRequest::get().uri(&format!("/api/v1/members/{id}"));

    let seen = app.call_as(manager, &[own], get(mine)).await.json();
    assert_eq!(seen["personal_data"], true);
    assert_eq!(seen["person"]["phone"], "0912 345 678");
    assert_eq!(seen["person"]["ethnicity"], "03");
    let hidden = app.call_as(manager, &[own], get(theirs)).await.json();
    assert_eq!(hidden["personal_data"], false);
    for field in ["phone", "email", "birth_date", "ethnicity"] {
        assert!(hidden["person"].get(field).is_none(), "{field} is withheld");
    }
    assert_eq!(hidden["person"]["full_name"], "Nguyễn Văn An");

    app.call_as(manager, &[own], TestRequest::get().uri(&format!("/api/v1/associations/{other}/members")))
        .await
        .assert_problem(403, "forbidden");
    app.call_as(manager, &[own], TestRequest::get().uri(&format!("/api/v1/members?association_id={other}")))
        .await
        .assert_problem(403, "forbidden");
    let listed = app.call_as(manager, &[own], TestRequest::get().uri("/api/v1/members")).await.json();
    let ids: Vec<i64> = listed["items"].as_array().expect("items").iter().filter_map(|m| m["id"].as_i64()).collect();
    assert_eq!(ids, [mine], "a manager's list holds only its own associations");
    app.call_as(&[Role::StatisticsReader], &[], get(mine)).await.assert_problem(403, "forbidden");
    app.call_as(&[Role::Judge], &[], TestRequest::get().uri("/api/v1/members")).await.assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn cursor_paging_visits_every_member_once_while_rows_are_inserted() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let given = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh", "Nam"];
    for (i, g) in given.iter().enumerate() {
        add_ok(&app, association, &format!("Nguyễn Văn {g} {i}")).await;
    }
    let mut seen = Vec::new();
    let mut uri = "/api/v1/members?limit=5".to_owned();
    let mut inserted = 0;
    loop {
        let page = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await.json();
        for m in page["items"].as_array().expect("items") {
            seen.push(m["id"].as_i64().expect("id"));
        }
        // Someone adds members between pages: before and after the cursor position.
        add_ok(&app, association, &format!("Đỗ Thị Yến {inserted}")).await;
        add_ok(&app, association, &format!("Bùi Văn Ánh {inserted}")).await;
        inserted += 1;
        match page["next_cursor"].as_str() {
            Some(c) => uri = format!("/api/v1/members?limit=5&cursor={c}"),
            None => break,
        }
    }
    let mut unique = seen.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "no member is visited twice");
    let total =
        app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/members?include_total=true&limit=1")).await.json()
            ["total"]
            .as_i64()
            .expect("total");
    assert!(seen.len() >= given.len(), "every member that existed at the start was visited");
    assert!(seen.len() as i64 <= total);
}

#[actix_web::test]
async fn patch_and_delete_keep_history() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let id = add_ok(&app, association, "Nguyễn Văn An").await;
    let patch = TestRequest::patch()
        .uri(&format!("/api/v1/members/{id}"))
        .insert_header(("Content-Type", "application/merge-patch+json"))
        .insert_header(("If-Match", "\"v1\""))
        .set_payload(json!({"full_name": "Nguyễn Văn Ánh", "workplace": "Trường Đại học Tây Bắc"}).to_string());
    let res = app.call_as(STAFF, &[], patch).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["person"]["given_name"], "Ánh");
    assert_eq!(search(&app, "anh").await, ["Nguyễn Văn Ánh"], "tokens follow the new name");
    assert!(search(&app, "an").await.contains(&"Nguyễn Văn Ánh".to_owned()));
    app.assert_search_index_exact();
    let res = app.call_as(STAFF, &[], TestRequest::delete().uri(&format!("/api/v1/members/{id}"))).await;
    assert_eq!(res.status, 200);
    let body = res.json();
    assert_eq!(body["status"], "left");
    assert!(body["left_on"].is_string());
    let got = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/members/{id}"))).await;
    assert_eq!(got.status, 200, "the membership is kept");
    assert_eq!(app.audit_count("membership", id), 3);
}
