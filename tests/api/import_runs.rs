//! Every import runs the same way: `dry_run`, `on_error=abort|skip`, background jobs, one
//! report. Checked for each import with hand-made files, and for generated files against an
//! independent account of what each row is and what the options make of it.

use actix_web::test::TestRequest;
use diesel::prelude::*;
use lienhiep::auth::Role;
use lienhiep::demo::Rng;
use serde_json::{json, Value};

use crate::helpers::{TestApp, TestResponse};
use crate::imports::{bad_cells, Import};
use crate::jobs::wait;

const STAFF: &[Role] = &[Role::Staff];

/// The four bulk imports (the roster sync has its own tests).
const BULK: [Import; 4] = [Import::Honourees, Import::Entries, Import::Advisory, Import::Activities];

async fn send(app: &TestApp, uri: &str, query: &str, file: &str) -> TestResponse {
    send_keyed(app, uri, query, file, None).await
}

async fn send_keyed(app: &TestApp, uri: &str, query: &str, file: &str, key: Option<&str>) -> TestResponse {
    let mut req = TestRequest::post()
        .uri(&format!("{uri}{query}"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(file.to_owned());
    if let Some(key) = key {
        req = req.insert_header(("Idempotency-Key", key.to_owned()));
    }
    app.call_as(STAFF, &[], req).await
}

/// How many records an import's target holds.
async fn count(app: &TestApp, import: Import, uri: &str) -> usize {
    let list = match import {
        Import::Honourees => uri.replace("/import", "/honourees?limit=200"),
        Import::Entries => uri.replace("/import", "/entries?limit=200"),
        Import::Advisory => "/api/v1/advisory-opinions?limit=200".to_owned(),
        Import::Activities => "/api/v1/activities?limit=200".to_owned(),
        Import::Roster => unreachable!("not a bulk import"),
    };
    let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri(&list)).await;
    assert_eq!(res.status, 200, "{list}: {}", res.body_text());
    res.json()["items"].as_array().map_or(0, Vec::len)
}

/// A CSV file of `good` valid rows, then one row with the import's first bad cell (the last
/// row, `good + 2` as the sheet counts); `tag` makes names unique.
fn file_with_one_bad_row(import: Import, good: usize, tag: &str) -> (String, &'static str) {
    let (headers, cells, bad) = bad_cells(import);
    let (bad_header, bad_cell, bad_code) = bad[0];
    let mut columns = headers.clone();
    if !columns.contains(&bad_header) {
        columns.push(bad_header);
    }
    let row = |n: usize, bad: bool| -> String {
        columns
            .iter()
            .map(|h| {
                if bad && *h == bad_header {
                    bad_cell.to_owned()
                } else {
                    headers
                        .iter()
                        .position(|b| b == h)
                        .map_or(String::new(), |p| cells[p].replace("{n}", &format!("{tag} {n}")))
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut file = columns.join(",") + "\n";
    for n in 2..good + 2 {
        file += &(row(n, false) + "\n");
    }
    file += &(row(good + 2, true) + "\n");
    (file, bad_code)
}

#[actix_web::test]
async fn every_import_dry_runs_skips_and_aborts_alike() {
    let app = TestApp::spawn().await;
    for import in BULK {
        let uri = import.target(&app, "options").await;
        let (file, code) = file_with_one_bad_row(import, 3, "options");
        let before = count(&app, import, &uri).await;

        // Abort (the default), dry run or not: a 422 naming the bad row, nothing written.
        for query in ["", "?dry_run=true"] {
            let res = send(&app, &uri, query, &file).await;
            assert_eq!(res.status, 422, "{import:?}{query}: {}", res.body_text());
            let body = res.json();
            let errors = body["errors"].clone();
            assert_eq!((&errors[0]["row"], &errors[0]["code"]), (&json!(5), &json!(code)), "{import:?}: {errors}");
            let expected = json!({"applied": false, "rows": 4, "created": 3, "skipped": 0, "invalid_rows": 1});
            assert_eq!(counts(&body["report"]), expected, "{import:?}: the report as a roster sync's: {body}");
            assert_eq!(body["report"]["errors"], errors, "{import:?}");
            assert_eq!(count(&app, import, &uri).await, before, "{import:?}{query} wrote");
        }

        // A dry run that skips: what the import would do, nothing written.
        let res = send(&app, &uri, "?dry_run=true&on_error=skip", &file).await;
        assert_eq!(res.status, 200, "{import:?}: {}", res.body_text());
        let report = res.json();
        let expected = json!({"applied": false, "rows": 4, "created": 3, "skipped": 1, "invalid_rows": 1});
        assert_eq!(counts(&report), expected, "{import:?}: {report}");
        assert_eq!((&report["errors"][0]["row"], &report["errors"][0]["code"]), (&json!(5), &json!(code)));
        assert_eq!(count(&app, import, &uri).await, before, "{import:?}: the dry run wrote");

        // Skipping for real: the three good rows, the bad one reported; sent again with the
        // same key, the first answer, not a second import.
        let key = format!("options-{import:?}");
        for replay in [false, true] {
            let res = send_keyed(&app, &uri, "?on_error=skip", &file, Some(&key)).await;
            assert_eq!(res.status, 201, "{import:?}: {}", res.body_text());
            assert_eq!(res.header("idempotency-replayed").is_some(), replay, "{import:?}");
            let report = res.json();
            let expected = json!({"applied": true, "rows": 4, "created": 3, "skipped": 1, "invalid_rows": 1});
            assert_eq!(counts(&report), expected, "{import:?}: {report}");
            assert_eq!(count(&app, import, &uri).await, before + 3, "{import:?}");
        }
        // The same key with another request: refused as a whole, so the problem has no report.
        let res = send_keyed(&app, &uri, "?on_error=skip&dry_run=true", &file, Some(&key)).await;
        assert_eq!(res.status, 422, "{import:?}: {}", res.body_text());
        let body = res.json();
        assert_eq!((&body["errors"][0]["code"], &body["report"]), (&json!("idempotency_key_reused"), &Value::Null));
    }
}

/// A report without its errors.
fn counts(report: &Value) -> Value {
    let mut counts = report.clone();
    counts.as_object_mut().map(|o| o.remove("errors"));
    counts
}

#[actix_web::test]
async fn what_storage_refuses_is_reported_with_the_bad_cells_and_skipped_alike() {
    let app = TestApp::spawn().await;
    let uri = "/api/v1/activities/import";
    // Row 3: no date; row 4: an association that does not exist (only storage knows).
    let file = "Tên hội;Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Ngày;Vai trò\n\
                ;Hội thảo khoa học;Tốt;Liên hiệp hội;01/02/2019;Chủ trì\n\
                ;Hội thảo khoa học;Ngày hỏng;Liên hiệp hội;hôm qua;Chủ trì\n\
                999999;Hội thảo khoa học;Hội lạ;Hội thành viên;01/02/2019;Phối hợp tổ chức\n";
    let res = send(&app, uri, "", file).await;
    assert_eq!(res.status, 422, "{}", res.body_text());
    let rows: Vec<(Value, Value)> = res.json()["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| (e["row"].clone(), e["code"].clone()))
        .collect();
    assert_eq!(rows, [(json!(3), json!("date")), (json!(4), json!("unknown"))], "both, in row order");
    assert_eq!(count(&app, Import::Activities, uri).await, 0);

    let res = send(&app, uri, "?on_error=skip", file).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let report = res.json();
    assert_eq!(counts(&report), json!({"applied": true, "rows": 3, "created": 1, "skipped": 2, "invalid_rows": 2}));
    assert_eq!(report["errors"][1]["column"], "Tên hội", "{report}");
    assert_eq!(count(&app, Import::Activities, uri).await, 1);
}

#[actix_web::test]
async fn a_dry_run_leaves_no_trace() {
    use lienhiep::db::schema::audit_log as a;
    let app = TestApp::spawn().await;
    let uri = Import::Honourees.target(&app, "trace").await;
    let file = "Họ và tên,Tiêu chí\nCầm Văn Một,Thầy thuốc Ưu tú\nCầm Văn Hai,Thầy thuốc Ưu tú\n";
    let state = |app: &TestApp| {
        let mut conn = app.conn();
        let audit: i64 = a::table.count().get_result(&mut *conn).expect("audit");
        let version = lienhiep::db::data_version::current(&mut conn).expect("version");
        (audit, version)
    };
    let before = state(&app);
    let res = send(&app, &uri, "?dry_run=true", file).await;
    assert_eq!(res.status, 200, "{}", res.body_text());
    assert_eq!(res.json()["created"], 2);
    assert_eq!(state(&app), before, "audit records or a new data version");
    let res = send(&app, &uri, "", file).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    assert_ne!(state(&app), before, "the import itself leaves its trace");
    // Again, dry: the storage now refuses both as already in the round.
    let res = send(&app, &uri, "?dry_run=true", file).await;
    assert_eq!(res.status, 422, "{}", res.body_text());
    assert_eq!(res.json()["errors"][1]["code"], "duplicate");
}

#[actix_web::test]
async fn every_import_runs_as_a_job_when_asked_or_above_the_threshold() {
    let app = TestApp::spawn_with(|c| c.sync_job_rows = 3).await;
    for import in BULK {
        let uri = import.target(&app, "job").await;
        let (file, _) = file_with_one_bad_row(import, 3, "job");
        let before = count(&app, import, &uri).await;
        // Four rows, above the threshold: a job, whose report is the request's.
        let res = send(&app, &uri, "?on_error=skip", &file).await;
        assert_eq!(res.status, 202, "{import:?}: {}", res.body_text());
        let location = res.header("location").expect("location").to_owned();
        let job = res.json();
        assert_eq!((&job["kind"], &job["association_id"]), (&json!(kind(import)), &Value::Null), "{job}");
        let done = wait(&app, &location).await;
        assert_eq!(done["state"], "completed", "{import:?}: {done}");
        let expected = json!({"applied": true, "rows": 4, "created": 3, "skipped": 1, "invalid_rows": 1});
        assert_eq!(counts(&done["report"]), expected, "{import:?}: {done}");
        assert_eq!(count(&app, import, &uri).await, before + 3, "{import:?}");
        // An association's manager does not see the union's jobs.
        let other = app.call_as(&[Role::AssociationManager], &[1], TestRequest::get().uri(&location)).await;
        other.assert_problem(403, "forbidden");
    }
    // Asked for, under the threshold; refused rows make a completed job that applied nothing.
    let uri = Import::Activities.target(&app, "job").await;
    let (file, code) = file_with_one_bad_row(Import::Activities, 1, "asked");
    let res = send(&app, &uri, "?async=true", &file).await;
    assert_eq!(res.status, 202, "{}", res.body_text());
    let done = wait(&app, res.header("location").expect("location")).await;
    assert_eq!((&done["report"]["applied"], &done["report"]["errors"][0]["code"]), (&json!(false), &json!(code)));
}

fn kind(import: Import) -> &'static str {
    match import {
        Import::Honourees => "import_honourees",
        Import::Entries => "import_edition_entries",
        Import::Advisory => "import_advisory_cases",
        Import::Activities => "import_activities",
        Import::Roster => "roster_sync",
    }
}

/// What is wrong with a generated row, if anything.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fault {
    None,
    /// A date that is no date.
    Date,
    /// A kind outside the code list.
    Kind,
    /// No name.
    NoTitle,
    /// A participant count that is no number.
    Participants,
    /// An association that does not exist: only storage can tell.
    Association,
}

#[actix_web::test]
async fn generated_files_do_what_the_options_say() {
    let seed = crate::helpers::test_seed();
    let mut rng = Rng::new(seed);
    let app = TestApp::spawn().await;
    let uri = "/api/v1/activities/import";
    let faults = [
        (Fault::None, 6),
        (Fault::Date, 1),
        (Fault::Kind, 1),
        (Fault::NoTitle, 1),
        (Fault::Participants, 1),
        (Fault::Association, 1),
    ];
    let mut expected_total = 0;
    for case in 0..24 {
        let rows = 1 + rng.below(8) as usize;
        let dry_run = rng.below(3) == 0;
        let skip = rng.below(2) == 0;
        let mut file =
            String::from("Tên hội;Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Ngày;Số người tham gia;Vai trò\n");
        let mut invalid = Vec::new();
        for i in 0..rows {
            let fault = *rng.weighted(&faults);
            let row = i + 2;
            if fault != Fault::None {
                invalid.push(row);
            }
            let pick = |f: Fault, bad: &str, good: String| if fault == f { bad.to_owned() } else { good };
            let cells = [
                pick(Fault::Association, "999999", String::new()),
                pick(Fault::Kind, "Đi chơi", "Hội thảo khoa học".into()),
                pick(Fault::NoTitle, "", format!("Hoạt động {case}-{row}")),
                if fault == Fault::Association { "Hội thành viên".into() } else { "Liên hiệp hội".into() },
                pick(Fault::Date, "30/02/2019", format!("{}/{}/2019", 1 + rng.below(28), 1 + rng.below(12))),
                pick(Fault::Participants, "nhiều", rng.below(2_000).to_string()),
                if fault == Fault::Association { "Phối hợp tổ chức".into() } else { "Chủ trì".into() },
            ];
            file += &(cells.join(";") + "\n");
        }
        let query = format!("?dry_run={dry_run}&on_error={}", if skip { "skip" } else { "abort" });
        let context = format!("seed {seed}, case {case}{query}, invalid rows {invalid:?}:\n{file}");
        let res = send(&app, uri, &query, &file).await;
        let body = res.json();
        let valid = rows - invalid.len();
        let named: std::collections::BTreeSet<u64> = body["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("{context}: {body}"))
            .iter()
            .filter_map(|e| e["row"].as_u64())
            .collect();
        assert_eq!(named, invalid.iter().map(|r| *r as u64).collect(), "every invalid row named: {context}: {body}");
        if !invalid.is_empty() && !skip {
            assert_eq!(res.status, 422, "{context}: {body}");
        } else {
            let applied = !dry_run && valid > 0;
            let status = if applied { 201 } else { 200 };
            assert_eq!(res.status, status, "{context}: {body}");
            let expected = json!({"applied": applied, "rows": rows, "created": valid,
                "skipped": if skip { invalid.len() } else { 0 }, "invalid_rows": invalid.len()});
            assert_eq!(counts(&body), expected, "{context}");
            if applied {
                expected_total += valid;
            }
        }
        assert_eq!(count(&app, Import::Activities, uri).await, expected_total, "{context}");
    }
}
