//! The storage layer on each backend: migrations, reference sync, write transactions.

use diesel::prelude::*;
use lienhiep::db::schema::reference_values;
use lienhiep::db::write_transaction;
use lienhiep::error::ApiError;
use lienhiep::startup::prepare_database;

use crate::helpers::TestApp;

fn value_count(conn: &mut lienhiep::db::DbConnection) -> i64 {
    reference_values::table.count().get_result(conn).expect("count")
}

#[actix_web::test]
async fn preparing_a_prepared_database_applies_nothing_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    let before = value_count(&mut conn);
    assert!(before > 54, "reference values are stored");
    let applied = prepare_database(&mut conn).expect("prepare again");
    assert!(applied.is_empty(), "no migration is pending: {applied:?}");
    let catalogue = lienhiep::domain::reference::catalogue().expect("catalogue");
    assert!(!lienhiep::models::reference::sync(&mut conn, &catalogue).expect("sync"), "nothing to write");
    assert_eq!(value_count(&mut conn), before);
}

#[actix_web::test]
async fn reference_sync_repairs_changed_rows() {
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    diesel::update(reference_values::table.filter(reference_values::code.eq("03")))
        .set(reference_values::label_vi.eq("tampered"))
        .execute(&mut conn)
        .expect("tamper");
    let catalogue = lienhiep::domain::reference::catalogue().expect("catalogue");
    assert!(lienhiep::models::reference::sync(&mut conn, &catalogue).expect("sync"));
    let label: String = reference_values::table
        .filter(reference_values::list.eq("ethnic_groups").and(reference_values::code.eq("03")))
        .select(reference_values::label_vi)
        .first(&mut conn)
        .expect("row");
    assert_eq!(label, "Thái");
}

#[actix_web::test]
async fn a_failed_write_transaction_changes_nothing() {
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    let before = value_count(&mut conn);
    let result: Result<(), ApiError> = write_transaction(&mut conn, |c| {
        diesel::delete(reference_values::table).execute(c)?;
        assert_eq!(value_count(c), 0, "the delete is visible inside the transaction");
        Err(ApiError::conflict("roll back"))
    });
    assert!(matches!(result, Err(ApiError::Conflict { .. })));
    assert_eq!(value_count(&mut conn), before, "rolled back");

    // The connection is usable afterwards, and a successful transaction commits.
    let deleted = write_transaction(&mut conn, |c| {
        diesel::delete(reference_values::table.filter(reference_values::list.eq("academic_titles"))).execute(c)
    })
    .expect("commit");
    assert_eq!(deleted, 2);
    assert_eq!(value_count(&mut conn), before - 2);
}

#[actix_web::test]
async fn a_unique_violation_maps_to_409() {
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    let err = diesel::insert_into(reference_values::table)
        .values((
            reference_values::list.eq("ethnic_groups"),
            reference_values::code.eq("01"),
            reference_values::label_vi.eq("dup"),
            reference_values::label_en.eq("dup"),
            reference_values::other_names.eq(""),
            reference_values::position.eq(99),
        ))
        .execute(&mut conn)
        .expect_err("duplicate key");
    assert!(matches!(ApiError::from(err), ApiError::Conflict { .. }));
}
