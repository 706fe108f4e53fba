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

/// A column as `schema.rs` declares it or a database has it: (name, type, nullable).
type ColumnShape = (String, String, bool);

/// The tables of `src/db/schema.rs`, read from its text: each with its columns in the order
/// written, the type without `Nullable`, and whether it is nullable.
fn declared_tables() -> std::collections::BTreeMap<String, Vec<ColumnShape>> {
    let text = include_str!("../../src/db/schema.rs");
    let mut tables = std::collections::BTreeMap::new();
    let mut current: Option<(String, Vec<ColumnShape>)> = None;
    let mut sql_name: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if line.starts_with("///") || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix("#[sql_name = \"").and_then(|l| l.strip_suffix("\"]")) {
            sql_name = Some(name.to_owned());
            continue;
        }
        match &mut current {
            None => {
                if let Some((name, rest)) = line.split_once(" (") {
                    if rest.ends_with(") {") && !name.contains(' ') {
                        current = Some((name.to_owned(), Vec::new()));
                    }
                }
            }
            Some((table, columns)) => {
                if line == "}" {
                    let (table, columns) = current.take().expect("inside a table");
                    tables.insert(table, columns);
                    continue;
                }
                let (name, ty) = line.trim_end_matches(',').split_once(" -> ").unwrap_or_else(|| {
                    panic!("schema.rs, table {table}: cannot read the line `{line}`");
                });
                let (ty, nullable) = match ty.strip_prefix("Nullable<").and_then(|t| t.strip_suffix('>')) {
                    Some(inner) => (inner, true),
                    None => (ty, false),
                };
                columns.push((sql_name.take().unwrap_or_else(|| name.to_owned()), ty.to_owned(), nullable));
            }
        }
    }
    tables
}

/// The tables of the migrated database (diesel's own table left out), each column with the
/// `schema.rs` type its declared type stands for, or the declared type itself when none does.
fn migrated_tables(conn: &mut lienhiep::db::DbConnection) -> std::collections::BTreeMap<String, Vec<ColumnShape>> {
    use diesel::sql_types::{BigInt, Text};
    #[derive(QueryableByName)]
    struct Column {
        #[diesel(sql_type = Text)]
        table_name: String,
        #[diesel(sql_type = Text)]
        column_name: String,
        #[diesel(sql_type = Text)]
        data_type: String,
        #[diesel(sql_type = BigInt)]
        nullable: i64,
        #[diesel(sql_type = BigInt)]
        primary_key: i64,
    }
    let sql = match conn {
        lienhiep::db::DbConnection::Pg(_) => {
            "SELECT c.table_name::text AS table_name, c.column_name::text AS column_name, \
                    c.data_type::text AS data_type, \
                    CASE WHEN c.is_nullable = 'YES' THEN 1 ELSE 0 END::bigint AS nullable, 0::bigint AS primary_key \
             FROM information_schema.columns c JOIN information_schema.tables t \
               ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' \
             ORDER BY c.table_name, c.ordinal_position"
        }
        lienhiep::db::DbConnection::Sqlite(_) => {
            "SELECT m.name AS table_name, c.name AS column_name, upper(c.type) AS data_type, \
                    CASE WHEN c.\"notnull\" = 1 THEN 0 ELSE 1 END AS nullable, c.pk AS primary_key \
             FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
             ORDER BY m.name, c.cid"
        }
    };
    let postgres = matches!(conn, lienhiep::db::DbConnection::Pg(_));
    let rows: Vec<Column> = diesel::sql_query(sql).load(conn).expect("the catalogue reads");
    let mut tables: std::collections::BTreeMap<String, Vec<ColumnShape>> = std::collections::BTreeMap::new();
    for c in rows.into_iter().filter(|c| c.table_name != "__diesel_schema_migrations") {
        let ty = match (postgres, c.data_type.as_str()) {
            (true, "bigint") => "BigInt",
            (true, "integer") => "Integer",
            // Every SQLite integer is stored in 64 bits whatever its declared name: the width
            // is checked on PostgreSQL.
            (false, "INT" | "INTEGER" | "BIGINT") => "integer",
            (true, "text") | (false, "TEXT") => "Text",
            (true, "boolean") | (false, "BOOLEAN") => "Bool",
            (true, "date") | (false, "DATE") => "Date",
            (true, "timestamp without time zone") | (false, "TIMESTAMP") => "Timestamp",
            (true, "double precision") | (false, "DOUBLE") => "Double",
            (true, "bytea") | (false, "BLOB") => "Binary",
            (_, other) => other,
        };
        // A primary key column is never NULL, whatever SQLite's catalogue says.
        let nullable = c.nullable == 1 && c.primary_key == 0;
        tables.entry(c.table_name).or_default().push((c.column_name, ty.to_owned(), nullable));
    }
    tables
}

#[actix_web::test]
async fn schema_rs_matches_the_migrated_database_column_for_column() {
    let app = TestApp::spawn().await;
    let mut declared = declared_tables();
    assert!(declared.len() > 30, "schema.rs was read: {} tables", declared.len());
    let migrated = migrated_tables(&mut app.conn());
    if !app.db.is_postgres() {
        for (_, ty, _) in declared.values_mut().flatten() {
            if ty == "Integer" || ty == "BigInt" {
                *ty = "integer".into();
            }
        }
    }
    let names = |m: &std::collections::BTreeMap<String, Vec<ColumnShape>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&declared), names(&migrated), "the tables of schema.rs and of the migrated database");
    for (table, columns) in &declared {
        let sorted = |c: &Vec<ColumnShape>| {
            let mut c = c.clone();
            c.sort();
            c
        };
        assert_eq!(
            sorted(columns),
            sorted(&migrated[table]),
            "table {table}: schema.rs (left) against the migrated database (right), as (column, type, nullable)"
        );
    }
}

/// A deleted record's id, and so its URL, is never handed to another: SQLite would otherwise
/// give the next row the largest id + 1 again (migration 000024).
#[actix_web::test]
async fn the_id_of_a_deleted_newest_record_is_never_given_again() {
    use actix_web::test::TestRequest;
    use lienhiep::auth::Role;
    let app = TestApp::spawn().await;
    let staff = &[Role::Staff];
    let body = serde_json::json!({"kind": "workshop", "title": "Hội thảo", "organiser_kind": "union",
                                  "starts_on": "2019-10-18", "union_role": "led"});
    let create = || crate::helpers::json(TestRequest::post().uri("/api/v1/activities"), body.clone());
    let mut deleted = Vec::new();
    for _ in 0..3 {
        let created = app.call_as(staff, &[], create()).await;
        assert_eq!(created.status, 201, "{}", created.body_text());
        let id = created.json()["id"].as_i64().expect("id");
        assert!(deleted.iter().all(|d| *d < id), "id {id} was given before to a deleted activity: {deleted:?}");
        let gone = app.call_as(staff, &[], TestRequest::delete().uri(&format!("/api/v1/activities/{id}"))).await;
        assert_eq!(gone.status, 204, "{}", gone.body_text());
        deleted.push(id);
    }
    for id in deleted {
        app.call_as(staff, &[], TestRequest::get().uri(&format!("/api/v1/activities/{id}")))
            .await
            .assert_problem(404, "not_found");
    }
}

/// Every table whose rows are named by an integer id takes it from a generator that never goes
/// back: AUTOINCREMENT on SQLite, an identity column on PostgreSQL. A new table that forgets it
/// fails here. On SQLite the rebuilt tables also keep every foreign key satisfied.
#[actix_web::test]
async fn every_integer_id_comes_from_a_generator_that_never_goes_back() {
    #[derive(QueryableByName, Debug)]
    struct IdTable {
        #[diesel(sql_type = diesel::sql_types::Text)]
        table_name: String,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        never_reused: i64,
    }
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    let sql = if app.db.is_postgres() {
        "SELECT c.table_name::text AS table_name, \
                CASE WHEN c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%' THEN 1 ELSE 0 END::bigint AS never_reused \
         FROM information_schema.columns c \
         JOIN information_schema.table_constraints k ON k.table_schema = c.table_schema AND k.table_name = c.table_name \
              AND k.constraint_type = 'PRIMARY KEY' \
         JOIN information_schema.key_column_usage u ON u.constraint_name = k.constraint_name \
              AND u.table_schema = k.table_schema AND u.column_name = c.column_name \
         WHERE c.table_schema = current_schema() AND c.column_name = 'id' AND c.data_type IN ('bigint', 'integer') \
           AND c.table_name NOT IN ('data_version', 'union_profile') \
         ORDER BY 1"
    } else {
        // A single INTEGER PRIMARY KEY column is the rowid; data_version and union_profile hold
        // one row each, and id_hash_keys numbers its keys itself (`ordinal`).
        "SELECT m.name AS table_name, CASE WHEN m.sql LIKE '%AUTOINCREMENT%' THEN 1 ELSE 0 END AS never_reused \
         FROM sqlite_master m JOIN pragma_table_info(m.name) c \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT IN ('data_version', 'union_profile') \
           AND c.pk = 1 AND c.name = 'id' AND upper(c.type) = 'INTEGER' \
           AND (SELECT count(*) FROM pragma_table_info(m.name) p WHERE p.pk > 0) = 1 \
         ORDER BY 1"
    };
    let tables: Vec<IdTable> = diesel::sql_query(sql).load(&mut conn).expect("the catalogue reads");
    assert!(tables.len() >= 30, "the tables with integer ids were found: {tables:?}");
    let reused: Vec<&str> = tables.iter().filter(|t| t.never_reused == 0).map(|t| t.table_name.as_str()).collect();
    assert!(reused.is_empty(), "these tables can hand out a deleted row's id again: {reused:?}");
    if !app.db.is_postgres() {
        #[derive(QueryableByName, Debug)]
        struct Violation {
            #[diesel(sql_type = diesel::sql_types::Text)]
            table: String,
        }
        let violations: Vec<Violation> =
            diesel::sql_query("SELECT \"table\" FROM pragma_foreign_key_check").load(&mut conn).expect("check");
        let tables: Vec<&str> = violations.iter().map(|v| v.table.as_str()).collect();
        assert!(tables.is_empty(), "rows whose foreign key points nowhere, in {tables:?}");
    }
}
