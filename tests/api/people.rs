//! `/api/v1/people`: duplicates and merges.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{add_member, json, TestApp};

const STAFF: &[Role] = &[Role::Staff];

async fn duplicates(app: &TestApp) -> Vec<Value> {
    let res = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/people/duplicates")).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    res.json()["items"].as_array().expect("items").clone()
}

fn people_of(group: &Value) -> Vec<i64> {
    group["people"].as_array().expect("people").iter().map(|p| p["id"].as_i64().expect("id")).collect()
}

#[actix_web::test]
async fn duplicates_are_found_by_national_id_and_by_name_and_birth_date_and_a_merge_can_be_undone() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let b = create_ok(&app, "Hội Y học").await;
    // One man in two associations' rosters, written differently, with the same CCCD.
    let an_a =
        add_member(&app, a, json!({"full_name": "Nguyễn Văn An", "national_id": "034090012345", "external_id": "A-1"}))
            .await;
    let an_b = add_member(
        &app,
        b,
        json!({"full_name": "Nguyen Van An", "national_id": "034 090 012 345", "external_id": "B-7"}),
    )
    .await;
    // One woman twice, without an ID number: the same name (folded) and birth date.
    let hoa_a = add_member(&app, a, json!({"full_name": "Lò Thị Hoa", "birth_date": "1980-12-01"})).await;
    let hoa_b = add_member(&app, b, json!({"full_name": "LÒ THỊ HOA", "birth_date": "1980-12-01"})).await;
    // Same name, another birth date: not a duplicate.
    add_member(&app, b, json!({"full_name": "Lò Thị Hoa", "birth_date": "1991-05-05"})).await;
    let person = |m: &Value| m["person"]["id"].as_i64().expect("person id");

    let groups = duplicates(&app).await;
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[0]["evidence"], "national_id");
    assert_eq!(people_of(&groups[0]), [person(&an_a), person(&an_b)]);
    assert_eq!(groups[0]["people"][1]["memberships"][0]["external_id"], "B-7");
    assert_eq!(groups[1]["evidence"], "name_and_birth_date");
    assert_eq!(people_of(&groups[1]), [person(&hoa_a), person(&hoa_b)]);

    // Paging one group at a time visits both.
    let first = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/people/duplicates?limit=1")).await.json();
    let cursor = first["next_cursor"].as_str().expect("cursor");
    let second = app
        .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/people/duplicates?limit=1&cursor={cursor}")))
        .await
        .json();
    assert_eq!(second["items"][0]["evidence"], "name_and_birth_date");
    assert!(second["next_cursor"].is_null());

    // Merge: both memberships now belong to the kept person; nothing is lost.
    let body = json!({"keep_person_id": person(&an_a), "merge_person_ids": [person(&an_b)]});
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/people/merge"), body.clone())).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let merge = res.json();
    let merge_id = merge["id"].as_i64().expect("id");
    assert_eq!(res.header("location"), Some(format!("/api/v1/people/merges/{merge_id}").as_str()));
    assert_eq!(merge["moved_memberships"], json!([{"membership_id": an_b["id"], "from_person_id": person(&an_b)}]));
    let moved =
        app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/members/{}", an_b["id"]))).await.json();
    assert_eq!(moved["person"]["id"], person(&an_a));
    assert_eq!(moved["external_id"], "B-7", "the membership keeps its key");
    assert_eq!(moved["association_id"], b);
    let search = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/members?q=nguyen%20van%20an")).await.json();
    let found: Vec<i64> =
        search["items"].as_array().expect("items").iter().map(|m| m["person"]["id"].as_i64().expect("id")).collect();
    assert_eq!(found, [person(&an_a), person(&an_a)], "both memberships, one person");
    app.assert_search_index_exact();
    assert_eq!(duplicates(&app).await.len(), 1, "the merged pair is no longer a duplicate");
    assert_eq!(app.audit_count("person_merge", merge_id), 1);
    let again = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/people/merge"), body)).await;
    again.assert_problem(409, "conflict");

    // Undo: each membership back with its own person.
    let undo =
        app.call_as(STAFF, &[], TestRequest::post().uri(&format!("/api/v1/people/merges/{merge_id}/undo"))).await;
    assert_eq!(undo.status, 200, "{:?}", undo.body);
    assert!(undo.json()["undone_at"].is_string());
    let back = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/members/{}", an_b["id"]))).await.json();
    assert_eq!(back["person"]["id"], person(&an_b));
    assert_eq!(back["person"]["full_name"], "Nguyen Van An");
    app.assert_search_index_exact();
    assert_eq!(duplicates(&app).await.len(), 2);
    assert_eq!(app.audit_count("person_merge", merge_id), 2);
    let twice =
        app.call_as(STAFF, &[], TestRequest::post().uri(&format!("/api/v1/people/merges/{merge_id}/undo"))).await;
    twice.assert_problem(409, "conflict");
    let got = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/people/merges/{merge_id}"))).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.json()["kept_person_id"], person(&an_a));
}

#[actix_web::test]
async fn bad_merges_change_nothing() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let one = add_member(&app, a, json!({"full_name": "Nguyễn Văn An"})).await["person"]["id"].as_i64().expect("id");
    for body in [
        json!({"keep_person_id": one, "merge_person_ids": [one]}),
        json!({"keep_person_id": one, "merge_person_ids": []}),
        json!({"keep_person_id": one, "merge_person_ids": [987654]}),
        json!({"keep_person_id": 987654, "merge_person_ids": [one]}),
    ] {
        let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/people/merge"), body.clone())).await;
        res.assert_problem(422, "validation_failed");
    }
    let res = app
        .call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/people/merge"), json!({"keep_person_id": "x"})))
        .await;
    res.assert_problem(400, "bad_request");
    let res = app.call_as(STAFF, &[], TestRequest::post().uri("/api/v1/people/merges/424242/undo")).await;
    res.assert_problem(404, "not_found");
    let manager =
        app.call_as(&[Role::AssociationManager], &[a], TestRequest::get().uri("/api/v1/people/duplicates")).await;
    manager.assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn rotating_the_national_id_key_keeps_people_matchable_without_the_numbers() {
    use diesel::prelude::*;
    use lienhiep::db::schema::persons;
    use lienhiep::models::audit::WriteContext;
    use lienhiep::models::id_hash::{check_chain, rotate, ChainError};

    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let b = create_ok(&app, "Hội Y học").await;
    let an = add_member(&app, a, json!({"full_name": "Nguyễn Văn An", "national_id": "034090012345"})).await;
    add_member(&app, a, json!({"full_name": "Lò Văn Bình"})).await;
    let an_person = an["person"]["id"].as_i64().expect("person id");
    let stored = |app: &TestApp| -> Option<String> {
        persons::table.find(an_person).select(persons::national_id_hash).first(&mut *app.conn()).expect("person")
    };
    let before = stored(&app).expect("a hash");
    let old = app.state.id_hash_key.clone();
    let new_secret = b"the rotated national id key, 32 bytes and more";
    let ctx = WriteContext::system("test");

    // As `serve` does at start: the database takes the first chain it sees.
    check_chain(&mut app.conn(), &old).expect("recorded");
    check_chain(&mut app.conn(), &old).expect("the same chain again");

    // A chain that is not the database's is refused, and changes nothing.
    let stranger = lienhiep::domain::national_id::IdHashKey::new(b"a key this database never used, 32+ bytes");
    let refused = rotate(&mut app.conn(), &ctx, &stranger, new_secret).expect_err("another chain");
    assert!(matches!(refused, ChainError::Mismatch { .. }), "{refused}");
    assert_eq!(stored(&app).as_ref(), Some(&before));

    let rotation = rotate(&mut app.conn(), &ctx, &old, new_secret).expect("rotated");
    assert_eq!(rotation.rehashed, 1, "one person has a national ID");
    let new = old.then(new_secret);
    assert_eq!(rotation.key_ids, new.key_ids());
    let after = stored(&app).expect("still a hash");
    assert_ne!(after, before);
    assert_eq!(after, new.hash("034090012345"));
    assert!(!after.contains("034090012345"));

    // The database now refuses the old chain and takes the new one; the same key twice is refused.
    let old_refused = check_chain(&mut app.conn(), &old).expect_err("the old chain");
    assert!(old_refused.to_string().contains("LIENHIEP_ID_HASH_PREVIOUS_KEYS"), "{old_refused}");
    check_chain(&mut app.conn(), &new).expect("the new chain");
    let reused = rotate(&mut app.conn(), &ctx, &new, new_secret);
    assert!(reused.is_err(), "a key already in the chain");
    assert!(matches!(reused, Err(ChainError::KeyInChain(_))), "{reused:?}");
    assert_eq!(stored(&app).as_ref(), Some(&after));

    // The service with the new chain finds the same man in another roster.
    let rotated = TestApp::new(
        actix_web::web::Data::new(lienhiep::state::AppState {
            id_hash_key: std::sync::Arc::new(new),
            ..(**app.state).clone()
        }),
        app.db,
    );
    let an_b = add_member(&rotated, b, json!({"full_name": "Nguyen Van An", "national_id": "034 090 012 345"})).await;
    let groups = duplicates(&rotated).await;
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0]["evidence"], "national_id");
    assert_eq!(people_of(&groups[0]), [an_person, an_b["person"]["id"].as_i64().expect("id")]);
}
