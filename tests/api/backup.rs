//! `lienhiep backup`, `restore` and `db copy` (the library functions behind them).

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::backup;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::associations::create_ok;
use crate::helpers::{add_member, json, TestApp, TestDb};

const STAFF: &[Role] = &[Role::Staff];

/// Two associations, members with and without national IDs, a merge (a person that refers
/// to another), an idempotent create (a transient record a backup leaves out).
async fn fill(app: &TestApp) -> i64 {
    let a = create_ok(app, "Hội Khuyến học").await;
    let b = create_ok(app, "Hội Y học").await;
    let an_a =
        add_member(app, a, json!({"full_name": "Nguyễn Văn An", "national_id": "034090012345", "external_id": "A-1"}))
            .await;
    let an_b = add_member(app, b, json!({"full_name": "Nguyen Van An", "national_id": "034090012345"})).await;
    add_member(app, a, json!({"full_name": "Lò Thị Hoa", "birth_date": "1980-12-01", "gender": "female"})).await;
    let body = json!({"keep_person_id": an_b["person"]["id"], "merge_person_ids": [an_a["person"]["id"]]});
    let res = app.call_as(STAFF, &[], json(TestRequest::post().uri("/api/v1/people/merge"), body)).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let req = json(
        TestRequest::post().uri("/api/v1/associations"),
        json!({"name": "Hội Tin học", "kind": "member_association"}),
    )
    .insert_header(("Idempotency-Key", "backup-test-1"));
    assert_eq!(app.call_as(&[Role::Admin], &[], req).await.status, 201);
    res.json()["id"].as_i64().expect("merge id")
}

fn no_progress() -> impl FnMut(&str, u64) {
    |_, _| {}
}

fn backup_file(dir: &Path) -> PathBuf {
    dir.join("lienhiep.backup.gz")
}

/// The answers a client would see, for comparing two databases.
async fn answers(app: &TestApp, merge: i64) -> Vec<Value> {
    let mut out = Vec::new();
    for uri in [
        "/api/v1/associations?limit=100".to_owned(),
        "/api/v1/members?limit=100&sort=full_name".to_owned(),
        "/api/v1/people/duplicates".to_owned(),
        format!("/api/v1/people/merges/{merge}"),
        "/api/v1/associations/1/roster.csv".to_owned(),
    ] {
        let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri(&uri)).await;
        assert_eq!(res.status, 200, "{uri}: {:?}", res.body);
        out.push(json!({"uri": uri, "body": String::from_utf8_lossy(&res.body), "etag": res.header("etag")}));
    }
    out
}

#[actix_web::test]
async fn a_backup_restores_into_a_new_database_with_equal_rows_checksums_and_answers() {
    let source = TestApp::spawn().await;
    let merge = fill(&source).await;
    let dir = tempfile::tempdir().expect("dir");
    let path = backup_file(dir.path());

    let report = backup::backup(&mut source.conn(), &path, &mut no_progress()).expect("backup");
    assert!(path.exists() && report.bytes > 0);
    let tables = &report.manifest.tables;
    assert_eq!(tables["associations"].rows, 3);
    assert_eq!(tables["persons"].rows, 3, "the merged person stays, marked");
    assert_eq!(tables["memberships"].rows, 3);
    assert!(tables["audit_log"].rows > 5);
    assert!(!tables.contains_key("idempotency_keys"), "transient records are left out");
    assert_eq!(&backup::sums(&mut source.conn()).expect("sums"), tables);
    assert_eq!(backup::verify(&path).expect("a sound file"), report.manifest);
    // A backup never overwrites a file.
    let again = backup::backup(&mut source.conn(), &path, &mut no_progress()).expect_err("the file exists");
    assert!(again.to_string().contains("never overwrites"), "{again}");

    let target = TestApp::over(TestDb::new());
    let restored = backup::restore(&mut target.conn(), &path, &mut no_progress()).expect("restore");
    assert_eq!(&restored.sums, tables);
    assert_eq!(restored.rows["persons"], 3);
    assert_eq!(&backup::sums(&mut target.conn()).expect("sums"), tables);
    assert_eq!(answers(&target, merge).await, answers(&source, merge).await);

    // The restored database goes on: new rows take new ids (PostgreSQL's sequences were set).
    let next = create_ok(&target, "Hội Nông dân").await;
    assert_eq!(next, 4);
    // And a restore into it now is refused: it holds data.
    let refused = backup::restore(&mut target.conn(), &path, &mut no_progress()).expect_err("not empty");
    assert!(refused.to_string().contains("not empty"), "{refused}");
}

/// Rewrites a backup line by line with `edit`, with a fresh SHA-256 (a well-formed file
/// whose content says something else).
fn rewrite(from: &Path, to: &Path, edit: impl Fn(Value) -> Value) {
    let lines: Vec<String> =
        std::io::BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(from).expect("open")))
            .lines()
            .map(|l| l.expect("line"))
            .collect();
    let mut out =
        flate2::write::GzEncoder::new(std::fs::File::create(to).expect("create"), flate2::Compression::fast());
    let mut hasher = Sha256::new();
    let last = lines.len() - 1;
    for (i, line) in lines.into_iter().enumerate() {
        let line =
            if line.starts_with('{') { edit(serde_json::from_str(&line).expect("json")).to_string() } else { line };
        if i == last {
            let mut trailer: Value = serde_json::from_str(&line).expect("json");
            trailer["sha256"] = json!(hasher.clone().finalize().iter().map(|b| format!("{b:02x}")).collect::<String>());
            writeln!(out, "{trailer}").expect("write");
        } else {
            hasher.update(line.as_bytes());
            hasher.update(b"\n");
            writeln!(out, "{line}").expect("write");
        }
    }
    out.finish().expect("finish");
}

#[actix_web::test]
async fn a_damaged_truncated_newer_or_foreign_file_restores_nothing() {
    let source = TestApp::spawn().await;
    fill(&source).await;
    let dir = tempfile::tempdir().expect("dir");
    let path = backup_file(dir.path());
    backup::backup(&mut source.conn(), &path, &mut no_progress()).expect("backup");
    let bytes = std::fs::read(&path).expect("read");

    let truncated = dir.path().join("truncated.gz");
    std::fs::write(&truncated, &bytes[..bytes.len() * 2 / 3]).expect("write");
    let flipped = dir.path().join("flipped.gz");
    let mut damaged = bytes.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    std::fs::write(&flipped, damaged).expect("write");
    let foreign = dir.path().join("foreign.gz");
    std::fs::write(&foreign, b"id,name\n1,not a backup\n").expect("write");
    let newer = dir.path().join("newer.gz");
    rewrite(&path, &newer, |mut v| {
        if v.get("schema_version").is_some() {
            v["schema_version"] = json!("99990101000000");
        }
        if v.get("manifest").is_some() {
            v["manifest"]["schema_version"] = json!("99990101000000");
        }
        v
    });
    let lying = dir.path().join("lying.gz");
    rewrite(&path, &lying, |mut v| {
        if v.get("manifest").is_some() {
            v["manifest"]["tables"]["persons"]["rows"] = json!(2);
        }
        v
    });
    let sound = dir.path().join("sound.gz");
    rewrite(&path, &sound, |v| v);

    let target = TestApp::over(TestDb::new());
    let before = backup::sums(&mut target.conn()).expect("sums");
    for (file, says) in [
        (&truncated, "truncated"),
        (&flipped, "not a usable backup"),
        (&foreign, "not a usable backup"),
        (&newer, "newer than this program"),
        (&lying, "do not match its manifest"),
    ] {
        let e = backup::restore(&mut target.conn(), file, &mut no_progress()).expect_err("refused");
        assert!(format!("{e:#}").contains(says), "{}: {e:#}", file.display());
        assert_eq!(backup::sums(&mut target.conn()).expect("sums"), before, "{} changed nothing", file.display());
    }
    // The rewriting itself keeps a file sound: the refusals above are for what was changed.
    backup::restore(&mut target.conn(), &sound, &mut no_progress()).expect("the rewritten copy restores");
}

#[actix_web::test]
async fn db_copy_moves_every_table_from_sqlite_and_gives_the_same_answers() {
    // From SQLite to the run's backend (PostgreSQL when TEST_DATABASE_URL is set).
    let source = TestApp::over(TestDb::sqlite());
    let merge = fill(&source).await;
    let target = TestApp::over(TestDb::new());
    let report = backup::copy(&mut source.conn(), &mut target.conn(), &mut no_progress()).expect("copy");
    assert_eq!(report.sums, backup::sums(&mut source.conn()).expect("source sums"));
    assert_eq!(report.sums, backup::sums(&mut target.conn()).expect("target sums"));
    assert_eq!(report.rows["memberships"], 3);
    assert_eq!(answers(&target, merge).await, answers(&source, merge).await);
    let next = create_ok(&target, "Hội Nông dân").await;
    assert_eq!(next, 4);
    // A target with data is refused, and keeps its data.
    let refused = backup::copy(&mut source.conn(), &mut target.conn(), &mut no_progress()).expect_err("not empty");
    assert!(refused.to_string().contains("not empty"), "{refused}");
    assert_eq!(backup::sums(&mut target.conn()).expect("sums")["associations"].rows, 4);
}

#[actix_web::test]
async fn every_table_is_backed_up_or_named_transient() {
    let app = TestApp::spawn().await;
    let mut known: Vec<&str> = backup::TABLES.iter().chain(backup::TRANSIENT_TABLES).copied().collect();
    known.sort_unstable();
    assert_eq!(backup::tables_in(&mut app.conn()).expect("tables"), known);
}
