//! Statistics: the summary and series, who reads them, CSV, ETag and 304 across changes of
//! the data, the public subset with small cells suppressed.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};

const READER: &[Role] = &[Role::StatisticsReader];

async fn read(app: &TestApp, uri: &str) -> TestResponse {
    app.call_as(READER, &[], TestRequest::get().uri(uri)).await
}

fn year(app: &TestApp) -> i32 {
    chrono::Datelike::year(&lienhiep::domain::time::today(app.state.config.timezone))
}

/// The values of `metric` in a summary, by association.
fn members_total(summary: &Value) -> i64 {
    summary["resources"].as_array().expect("resources").iter().find(|r| r["resource"] == "members").expect("members")
        ["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .filter(|f| f["metric"] == "members_total")
        .map(|f| f["value"].as_i64().unwrap_or(0))
        .sum()
}

#[actix_web::test]
async fn a_statistics_reader_reads_the_summary_whose_member_figures_are_what_the_generator_made() {
    let app = TestApp::spawn().await;
    let counts = lienhiep::demo::members::generate(&mut app.conn(), 800, 7, 400).expect("generate");
    let uri = format!("/api/v1/statistics/summary?year={}", year(&app));
    app.get(&uri).await.assert_problem(401, "unauthorized");
    app.call_as(&[Role::AssociationManager], &[1], TestRequest::get().uri(&uri)).await.assert_problem(403, "forbidden");
    app.call_as(&[Role::Judge], &[], TestRequest::get().uri(&uri)).await.assert_problem(403, "forbidden");
    let res = read(&app, &uri).await;
    assert_eq!(res.status, 200, "{}", String::from_utf8_lossy(&res.body));
    let summary = res.json();
    assert_eq!(summary["public"], false);
    let resources: Vec<&str> =
        summary["resources"].as_array().expect("r").iter().map(|r| r["resource"].as_str().expect("name")).collect();
    assert_eq!(resources, ["members", "awards", "contests", "advisory", "activities"]);
    assert_eq!(members_total(&summary), i64::try_from(counts.total).expect("count"));
    let female: i64 = summary["resources"][0]["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .filter(|f| f["metric"] == "members_by_gender" && f["dimension_value"] == "female")
        .map(|f| f["value"].as_i64().expect("value"))
        .sum();
    assert_eq!(female, i64::try_from(counts.by_gender["female"]).expect("count"));
    // The staff and admin read it too; the year is checked.
    assert_eq!(app.call_as(&[Role::Staff], &[], TestRequest::get().uri(&uri)).await.status, 200);
    read(&app, "/api/v1/statistics/summary?year=1800").await.assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn the_etag_holds_until_the_data_change_and_csv_parses() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Y học").await;
    for name in ["Lò Văn Một", "Cầm Thị Hai"] {
        app.call_as(
            &[Role::Staff],
            &[],
            json(TestRequest::post().uri(&format!("/api/v1/associations/{own}/members")), json!({"full_name": name})),
        )
        .await;
    }
    let uri = format!("/api/v1/statistics/summary?year={}", year(&app));
    let first = read(&app, &uri).await;
    let etag = first.header("ETag").expect("etag").to_owned();
    assert_eq!(members_total(&first.json()), 2);
    let version = first.json()["data_version"].as_i64().expect("version");
    let again =
        app.call_as(READER, &[], TestRequest::get().uri(&uri).insert_header(("If-None-Match", etag.clone()))).await;
    assert_eq!(again.status, 304);
    // Reading, and logging in, change nothing; a new member does.
    app.call_as(&[Role::Staff], &[], TestRequest::get().uri("/api/v1/members")).await;
    assert_eq!(read(&app, &uri).await.json()["data_version"], version);
    app.call_as(
        &[Role::Staff],
        &[],
        json(
            TestRequest::post().uri(&format!("/api/v1/associations/{own}/members")),
            json!({"full_name": "Quàng Văn Ba"}),
        ),
    )
    .await;
    let changed =
        app.call_as(READER, &[], TestRequest::get().uri(&uri).insert_header(("If-None-Match", etag.clone()))).await;
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("ETag"), Some(etag.as_str()));
    assert!(changed.json()["data_version"].as_i64().expect("version") > version);
    assert_eq!(members_total(&changed.json()), 3);

    // CSV, by parameter or by Accept; it parses, one row per figure.
    for req in [
        TestRequest::get().uri(&format!("{uri}&format=csv")),
        TestRequest::get().uri(&uri).insert_header(("Accept", "text/csv")),
    ] {
        let res = app.call_as(READER, &[], req).await;
        assert_eq!(res.status, 200);
        assert!(res.header("Content-Type").is_some_and(|c| c.starts_with("text/csv")));
        let body = res.body.strip_prefix(b"\xEF\xBB\xBF".as_slice()).expect("a byte-order mark");
        let mut reader = csv::Reader::from_reader(body);
        let headers = reader.headers().expect("header").clone();
        assert_eq!(
            &headers,
            vec!["resource", "metric", "year", "association_id", "dimension", "dimension_value", "value", "suppressed"]
        );
        let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
        let total: i64 =
            rows.iter().filter(|r| &r[1] == "members_total").map(|r| r[6].parse::<i64>().expect("value")).sum();
        assert_eq!(total, 3);
        assert_eq!(
            rows.len(),
            changed.json()["resources"]
                .as_array()
                .expect("r")
                .iter()
                .map(|r| r["figures"].as_array().map_or(0, Vec::len))
                .sum::<usize>()
        );
    }
}

#[actix_web::test]
async fn a_series_lists_one_metric_year_by_year() {
    let app = TestApp::spawn().await;
    let records = json!([
        {"title": "Vụ A", "kind": "critique", "requester": "peoples_committee", "received_on": "2019-02-01"},
        {"title": "Vụ B", "kind": "critique", "requester": "peoples_committee", "received_on": "2020-03-01"},
        {"title": "Vụ C", "kind": "critique", "requester": "peoples_committee", "received_on": "2020-04-01"},
        {"title": "Vụ D", "kind": "consultation", "requester": "peoples_committee", "received_on": "2020-06-01"},
    ]);
    let res = app
        .call_as(&[Role::Staff], &[], json(TestRequest::post().uri("/api/v1/advisory-opinions/import"), records))
        .await;
    assert_eq!(res.status, 201);
    let series =
        read(&app, "/api/v1/statistics/series?metric=advisory_cases_by_kind&dimension=critique&from=2018&to=2021")
            .await
            .json();
    let points: Vec<(i64, i64)> = series["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| (f["year"].as_i64().expect("year"), f["value"].as_i64().expect("value")))
        .collect();
    assert_eq!(points, [(2019, 1), (2020, 2)]);
    read(&app, "/api/v1/statistics/series?metric=advisory_cases_by_kind&from=2021&to=2018")
        .await
        .assert_problem(422, "validation_failed");
    read(&app, "/api/v1/statistics/series?metric=advisory_cases_by_kind&from=1950&to=2010")
        .await
        .assert_problem(422, "validation_failed");
    read(&app, "/api/v1/statistics/series?metric=no_such_metric").await.assert_problem(400, "bad_request");
}

#[actix_web::test]
async fn the_public_subset_is_off_by_default_and_hides_small_cells_when_on() {
    let app = TestApp::spawn_with(|c| {
        c.public_statistics = true;
        c.small_cell_threshold = 5;
    })
    .await;
    let small = create_ok(&app, "Hội Nhỏ").await;
    let large = create_ok(&app, "Hội Lớn").await;
    for (association, n) in [(small, 2), (large, 6)] {
        for i in 0..n {
            app.call_as(
                &[Role::Staff],
                &[],
                json(
                    TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")),
                    json!({"full_name": format!("Hội viên Số {i}")}),
                ),
            )
            .await;
        }
    }
    let uri = format!("/api/v1/statistics/summary?year={}", year(&app));
    let public = app.get(&uri).await;
    assert_eq!(public.status, 200);
    assert_eq!(public.header("Cache-Control"), Some("public, no-cache"));
    let summary = public.json();
    assert_eq!(summary["public"], true);
    let totals: Vec<(i64, Value, bool)> = summary["resources"][0]["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .filter(|f| f["metric"] == "members_total")
        .map(|f| (f["association_id"].as_i64().expect("a"), f["value"].clone(), f["suppressed"].as_bool().expect("s")))
        .collect();
    assert!(totals.contains(&(small, Value::Null, true)), "{totals:?}");
    assert!(totals.contains(&(large, json!(6), false)), "{totals:?}");
    // A reader still reads every figure.
    assert_eq!(members_total(&read(&app, &uri).await.json()), 8);
}
