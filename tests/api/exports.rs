//! Every CSV the service writes is safe to open in a spreadsheet: text that clients wrote
//! (names, sections, notes) never starts a cell with `=`, `+`, `-`, `@`, tab or carriage return,
//! except a plain negative number. The test finds the CSV exports in the OpenAPI document, so
//! an export added later without a request here fails it.

use std::collections::BTreeSet;

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::json;

use crate::helpers::{add_member, json, TestApp};

const STAFF: &[Role] = &[Role::Staff];

/// Formula-like texts, each of which a spreadsheet would run unguarded.
const FORMULAS: [&str; 5] = ["=HYPERLINK(\"http://evil.example\",\"x\")", "@evil", "+cmd", "-1+2", "\tx"];

fn is_plain_negative(cell: &str) -> bool {
    cell.strip_prefix('-').is_some_and(|n| {
        let mut parts = n.splitn(2, '.');
        let digits = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let whole = parts.next();
        let fraction = parts.next();
        digits(whole) && (fraction.is_none() || digits(fraction))
    })
}

/// The paths whose GET answers `200` with `text/csv`.
async fn csv_exports(app: &TestApp) -> BTreeSet<String> {
    let doc = app.get("/api/v1/openapi.json").await.json();
    let mut found = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        if item["get"]["responses"]["200"]["content"].get("text/csv").is_some() {
            found.insert(path.clone());
        }
    }
    found
}

#[actix_web::test]
async fn no_csv_export_lets_a_formula_through() {
    let app = TestApp::spawn().await;
    let res = app
        .call_as(
            &[Role::Admin],
            &[],
            json(
                TestRequest::post().uri("/api/v1/associations"),
                json!({"name": "Hội =1+1", "kind": "member_association"}),
            ),
        )
        .await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let a = res.json()["id"].as_i64().expect("id");
    for (i, formula) in FORMULAS.iter().take(4).enumerate() {
        let member = json!({"full_name": format!("Lò Văn {i}"), "workplace": formula, "position": formula,
                            "external_id": format!("M{i}")});
        add_member(&app, a, member).await;
    }
    let definition = json!({"code": "evil_indicator", "section": "@evil", "number": "=1",
                            "name_vi": FORMULAS[0], "name_en": "+cmd", "unit": "count"});
    let req = json(TestRequest::post().uri("/api/v1/statistics/indicator-definitions"), definition);
    let res = app.call_as(STAFF, &[], req).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let value = json!({"union_value": 3, "union_note": "-1+2", "national_value": 2, "national_source": "@source"});
    let req =
        json(TestRequest::put().uri("/api/v1/statistics/indicator-definitions/evil_indicator/values/2019"), value);
    let res = app.call_as(STAFF, &[], req).await;
    assert!(res.status.is_success(), "{:?}", res.body);

    let year = chrono::Datelike::year(&chrono::Utc::now());
    let requests = [
        ("/api/v1/associations/{id}/roster.csv", format!("/api/v1/associations/{a}/roster.csv")),
        ("/api/v1/statistics/indicators.csv", "/api/v1/statistics/indicators.csv?year=2019".to_owned()),
        (
            "/api/v1/statistics/series.csv",
            format!("/api/v1/statistics/series.csv?metric=members_total&from=2010&to={year}"),
        ),
        ("/api/v1/statistics/summary.csv", format!("/api/v1/statistics/summary.csv?year={year}")),
    ];
    let covered: BTreeSet<String> = requests.iter().map(|(p, _)| (*p).to_owned()).collect();
    assert_eq!(csv_exports(&app).await, covered, "every CSV export of the document has a request here");
    let mut planted = 0;
    for (path, uri) in requests {
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(&uri)).await;
        assert_eq!(res.status, 200, "{path}: {:?}", res.body);
        assert!(res.header("content-type").is_some_and(|t| t.starts_with("text/csv")), "{path}");
        let text = res.body_text();
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
        for record in reader.records() {
            let record = record.expect("a CSV record");
            for cell in record.iter() {
                let cell = cell.trim_start_matches('\u{feff}');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || is_plain_negative(cell),
                    "{path}: the cell {cell:?} would run as a formula"
                );
                planted +=
                    usize::from(FORMULAS.iter().any(|f| cell == format!("'{f}") || cell.contains(&format!("'{f}"))));
            }
        }
    }
    // The planted texts came out (guarded): the check above saw them.
    assert!(planted >= 8, "only {planted} planted cells came out");
}
