//! Statistics: the summary and series, who reads them, CSV, ETag and 304 across changes of
//! the data, the public subset with small cells suppressed.

use std::sync::Arc;
use std::time::Duration;

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::models::statistics::Freshness;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};

const READER: &[Role] = &[Role::StatisticsReader];

/// A statistics reader's GET; figures at the current data version (`fresh=true`), since these
/// tests read right after their writes (the tests of staleness ask without it).
async fn read(app: &TestApp, uri: &str) -> TestResponse {
    let computed = ["/statistics/summary", "/statistics/series", "/statistics/indicators"];
    let uri = if computed.iter().any(|c| uri.contains(c)) && !uri.contains("fresh=") {
        format!("{uri}{}fresh=true", if uri.contains('?') { '&' } else { '?' })
    } else {
        uri.to_owned()
    };
    app.call_as(READER, &[], TestRequest::get().uri(&uri)).await
}

/// A statistics reader's GET as a client sends it by default.
async fn read_default(app: &TestApp, uri: &str) -> TestResponse {
    app.call_as(READER, &[], TestRequest::get().uri(uri)).await
}

fn year(app: &TestApp) -> i32 {
    chrono::Datelike::year(&lienhiep::domain::time::today(app.state.config.timezone))
}

/// The figures of one resource in a summary.
fn figures<'a>(summary: &'a Value, resource: &str) -> &'a Vec<Value> {
    summary["resources"].as_array().expect("resources").iter().find(|r| r["resource"] == resource).expect("resource")
        ["figures"]
        .as_array()
        .expect("figures")
}

/// The members on rosters in a summary.
fn members_total(summary: &Value) -> i64 {
    figures(summary, "members")
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
    assert_eq!(
        resources,
        [
            "associations",
            "members",
            "annual_reports",
            "national_standing",
            "awards",
            "contests",
            "advisory",
            "activities",
            "union",
            "totals"
        ]
    );
    assert_eq!(members_total(&summary), i64::try_from(counts.total).expect("count"));
    assert_eq!(
        figures(&summary, "totals").iter().find(|f| f["metric"] == "union_members_total").map(|f| f["value"].clone()),
        Some(json!(counts.total)),
        "one union-wide figure"
    );
    let female: i64 = figures(&summary, "members")
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
    // The figures computed a moment ago answer at once, saying that they are stale and how
    // old; `fresh=true` waits for the figures at the current version.
    let stale =
        app.call_as(READER, &[], TestRequest::get().uri(&uri).insert_header(("If-None-Match", etag.clone()))).await;
    if stale.status == 304 {
        assert!(stale.header("Age").is_some(), "a stale 304 says its age");
    } else {
        assert_eq!(stale.json()["stale"], true, "{}", stale.json());
        assert_eq!(stale.json()["data_version"], version);
        assert_eq!(members_total(&stale.json()), 2);
        assert!(stale.header("Age").and_then(|a| a.parse::<u64>().ok()).is_some(), "Age in seconds");
    }
    let changed = app
        .call_as(
            READER,
            &[],
            TestRequest::get().uri(&format!("{uri}&fresh=true")).insert_header(("If-None-Match", etag.clone())),
        )
        .await;
    assert_eq!(changed.status, 200);
    assert_ne!(changed.header("ETag"), Some(etag.as_str()));
    assert_eq!(changed.json()["stale"], false);
    assert_eq!(changed.header("Age"), None);
    assert!(changed.json()["data_version"].as_i64().expect("version") > version);
    assert_eq!(members_total(&changed.json()), 3);

    // CSV at its own path, or the deprecated ways, by parameter or by Accept on the JSON's
    // path (marked so, with a link to the CSV's path); it parses, one row per figure.
    let csv_uri = uri.replace("summary?", "summary.csv?");
    for (req, deprecated) in [
        (TestRequest::get().uri(&csv_uri), false),
        (TestRequest::get().uri(&format!("{uri}&format=csv")), true),
        (TestRequest::get().uri(&uri).insert_header(("Accept", "text/csv")), true),
    ] {
        let res = app.call_as(READER, &[], req).await;
        assert_eq!(res.status, 200);
        assert!(res.header("Content-Type").is_some_and(|c| c.starts_with("text/csv")));
        if deprecated {
            assert_eq!(res.header("Deprecation"), Some("@1796688000"));
            assert_eq!(res.header("Link"), Some(format!("<{csv_uri}>; rel=\"successor-version\"").as_str()));
        } else {
            assert_eq!((res.header("Deprecation"), res.header("Link")), (None, None));
        }
        let body = res.body.strip_prefix(b"\xEF\xBB\xBF".as_slice()).expect("a byte-order mark");
        let mut reader = csv::Reader::from_reader(body);
        let headers = reader.headers().expect("header").clone();
        assert_eq!(
            &headers,
            vec![
                "resource",
                "metric",
                "year",
                "association_id",
                "dimension",
                "dimension_value",
                "value",
                "suppressed",
                "source"
            ]
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
    let totals: Vec<(i64, Value, bool)> = figures(&summary, "members")
        .iter()
        .filter(|f| f["metric"] == "members_total")
        .map(|f| (f["association_id"].as_i64().expect("a"), f["value"].clone(), f["suppressed"].as_bool().expect("s")))
        .collect();
    assert!(totals.contains(&(small, Value::Null, true)), "{totals:?}");
    assert!(totals.contains(&(large, json!(6), false)), "{totals:?}");
    // A reader still reads every figure; and the answers kept for each stay apart.
    assert_eq!(members_total(&read(&app, &uri).await.json()), 8);
    let again = app.get(&uri).await;
    assert_eq!(again.body, public.body, "the public answer, as kept");
    assert_eq!(again.json()["public"], true);
}

fn put(uri: &str, body: Value) -> TestRequest {
    json(TestRequest::put().uri(uri), body)
}

async fn add_members(app: &TestApp, association: i64, n: usize) {
    for i in 0..n {
        let res = app
            .call_as(
                &[Role::Staff],
                &[],
                json(
                    TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")),
                    json!({"full_name": format!("Hội viên Thứ {i}")}),
                ),
            )
            .await;
        assert_eq!(res.status, 201, "{}", String::from_utf8_lossy(&res.body));
    }
}

/// `(association_id, value, source)` of one metric in a resource of a summary.
fn per_association(summary: &Value, resource: &str, metric: &str) -> Vec<(i64, i64, Value)> {
    figures(summary, resource)
        .iter()
        .filter(|f| f["metric"] == metric)
        .map(|f| {
            (
                f["association_id"].as_i64().expect("association"),
                f["value"].as_i64().expect("value"),
                f["source"].clone(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn an_annual_report_stands_where_no_roster_is_kept_and_says_so() {
    let app = TestApp::spawn().await;
    let y = year(&app);
    let reporting = create_ok(&app, "Hội Khuyến học").await;
    let rostered = create_ok(&app, "Hội Y học").await;
    add_members(&app, rostered, 2).await;
    let report = |association: i64, year: i32| format!("/api/v1/associations/{association}/annual-reports/{year}");
    let manager = |association: i64| -> (Vec<Role>, Vec<i64>) { (vec![Role::AssociationManager], vec![association]) };
    let (roles, ids) = manager(reporting);
    let body = json!({"members": 1200, "intellectual_members": 150, "branches": 12, "activities": 7,
        "document": "Báo cáo tổng kết năm số 15/BC-HKH"});
    let created = app.call_as(&roles, &ids, put(&report(reporting, y), body.clone())).await;
    assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
    assert_eq!(created.header("Location"), Some(report(reporting, y).as_str()));
    assert_eq!(created.header("ETag"), Some("\"v1\""));
    let view = created.json();
    assert_eq!(view["members"], json!({"reported": 1200, "value": 1200, "source": "annual_report"}));
    assert_eq!(view["intellectual_members"], json!({"reported": 150, "value": 150, "source": "annual_report"}));
    // The same report again changes nothing; a stale If-Match is refused.
    let again = app.call_as(&roles, &ids, put(&report(reporting, y), body.clone())).await;
    assert_eq!((again.status.as_u16(), again.json()["version"].clone()), (200, json!(1)));
    let stale = app
        .call_as(&roles, &ids, put(&report(reporting, y), json!({"members": 1})).insert_header(("If-Match", "\"v7\"")))
        .await;
    stale.assert_problem(412, "precondition_failed");
    // Where the association keeps its roster here, the roster's figure stands; before the
    // roster was first synced (last year), the report's.
    let roster_year =
        app.call_as(&[Role::Staff], &[], put(&report(rostered, y), json!({"members": 999, "branches": 3}))).await;
    assert_eq!(roster_year.status, 201);
    assert_eq!(roster_year.json()["members"], json!({"reported": 999, "value": 2, "source": "roster"}));
    let last_year = app.call_as(&[Role::Staff], &[], put(&report(rostered, y - 1), json!({"members": 500}))).await;
    assert_eq!(last_year.json()["members"], json!({"reported": 500, "value": 500, "source": "annual_report"}));
    // Who may write and read.
    let (other_roles, other_ids) = manager(reporting);
    app.call_as(&other_roles, &other_ids, put(&report(rostered, y), json!({"members": 5})))
        .await
        .assert_problem(403, "forbidden");
    app.call_as(READER, &[], put(&report(reporting, y), json!({"members": 5}))).await.assert_problem(403, "forbidden");
    app.get(&report(reporting, y)).await.assert_problem(401, "unauthorized");
    app.call_as(&[Role::Judge], &[], TestRequest::get().uri(&report(reporting, y)))
        .await
        .assert_problem(403, "forbidden");
    let list = read(&app, &format!("/api/v1/associations/{rostered}/annual-reports")).await;
    assert_eq!(list.status, 200);
    let years: Vec<i64> =
        list.json()["items"].as_array().expect("items").iter().map(|r| r["year"].as_i64().expect("y")).collect();
    assert_eq!(years, [i64::from(y), i64::from(y - 1)]);
    // Bad reports change nothing.
    for (bad, field) in [
        (json!({"members": 10, "intellectual_members": 11}), "intellectual_members"),
        (json!({"note": "no figures"}), "members"),
        (json!({"members": -1}), "members"),
        (json!({"activities": 100_000_001}), "activities"),
    ] {
        let res = app.call_as(&[Role::Staff], &[], put(&report(reporting, y), bad)).await;
        res.assert_problem(422, "validation_failed");
        assert!(res.body_text().contains(field), "{}", res.body_text());
    }
    app.call_as(&[Role::Staff], &[], put(&report(reporting, 1800), json!({"members": 1})))
        .await
        .assert_problem(422, "validation_failed");
    // 304 on a report whose figures are its own; never on one whose figures come from the roster.
    let first = read(&app, &report(reporting, y)).await;
    assert_eq!(first.json()["members"]["value"], 1200);
    let etag = first.header("ETag").expect("etag").to_owned();
    let cached = app
        .call_as(READER, &[], TestRequest::get().uri(&report(reporting, y)).insert_header(("If-None-Match", etag)))
        .await;
    assert_eq!(cached.status, 304);
    let live = app
        .call_as(READER, &[], TestRequest::get().uri(&report(rostered, y)).insert_header(("If-None-Match", "\"v1\"")))
        .await;
    assert_eq!(live.status, 200);

    // The summary takes each association's member figures from one source and says which.
    let summary = read(&app, &format!("/api/v1/statistics/summary?year={y}")).await.json();
    assert_eq!(per_association(&summary, "members", "members_total"), [(rostered, 2, json!("roster"))]);
    assert_eq!(
        per_association(&summary, "annual_reports", "members_total"),
        [(reporting, 1200, json!("annual_report"))]
    );
    assert_eq!(
        per_association(&summary, "annual_reports", "branches_reported"),
        [(reporting, 12, Value::Null), (rostered, 3, Value::Null)]
    );
    assert!(figures(&summary, "associations").iter().all(|f| f["association_id"].is_null()), "union-wide figures");
    let associations: i64 = figures(&summary, "associations")
        .iter()
        .filter(|f| f["dimension_value"] == "member_association")
        .map(|f| f["value"].as_i64().expect("value"))
        .sum();
    assert_eq!(associations, 2);
    let series = read(
        &app,
        &format!("/api/v1/statistics/series?metric=members_total&association_id={rostered}&from={}&to={y}", y - 1),
    )
    .await
    .json();
    let points: Vec<(i64, i64, Value)> = series["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| (f["year"].as_i64().expect("y"), f["value"].as_i64().expect("v"), f["source"].clone()))
        .collect();
    assert_eq!(points, [(i64::from(y - 1), 500, json!("annual_report")), (i64::from(y), 2, json!("roster"))]);
    // A deleted report no longer counts.
    let (roles, ids) = manager(reporting);
    let deleted = app.call_as(&roles, &ids, TestRequest::delete().uri(&report(reporting, y))).await;
    assert_eq!(deleted.status, 204);
    read(&app, &report(reporting, y)).await.assert_problem(404, "not_found");
    let summary = read(&app, &format!("/api/v1/statistics/summary?year={y}")).await.json();
    assert!(per_association(&summary, "annual_reports", "members_total").is_empty());
}

fn line<'a>(table: &'a Value, code: &str) -> &'a Value {
    table["items"].as_array().expect("items").iter().find(|l| l["code"] == code).expect("indicator")
}

#[actix_web::test]
async fn the_indicator_table_puts_computed_and_recorded_values_beside_the_national_reference() {
    let app = TestApp::spawn().await;
    let y = year(&app);
    let rostered = create_ok(&app, "Hội Y học").await;
    let reporting = create_ok(&app, "Hội Khuyến học").await;
    add_members(&app, rostered, 2).await;
    let res = app
        .call_as(
            &[Role::Staff],
            &[],
            put(&format!("/api/v1/associations/{reporting}/annual-reports/{y}"), json!({"members": 1200})),
        )
        .await;
    assert_eq!(res.status, 201);
    let uri = format!("/api/v1/statistics/indicators?year={y}&fresh=true");
    app.get(&uri).await.assert_problem(401, "unauthorized");
    let first = read(&app, &uri).await;
    assert_eq!(first.status, 200, "{}", first.body_text());
    let table = first.json();
    assert_eq!(table["items"].as_array().map(Vec::len), Some(27), "the report's table is seeded");
    let associations = line(&table, "member_associations");
    assert_eq!(associations["union_value"], 2.0);
    assert_eq!(associations["metric"], "associations_by_kind");
    assert_eq!(associations["national_value"], 22.5);
    assert_eq!(associations["national_year"], 2019);
    assert_eq!(line(&table, "members")["union_value"], 1202.0, "the roster and the report together");
    assert_eq!(line(&table, "full_time_staff")["union_value"], 0.0, "from the union's staff records: none yet");
    assert_eq!(line(&table, "newsletter")["present"], false);

    // Staff record what is not computed, and national references with their source.
    let value = |code: &str, year: i32| format!("/api/v1/statistics/indicator-definitions/{code}/values/{year}");
    let staff =
        app.call_as(&[Role::Staff], &[], put(&format!("/api/v1/union/staff/{y}"), json!({"full_time": 6}))).await;
    assert_eq!(staff.status, 201, "{}", staff.body_text());
    let staff_note =
        app.call_as(&[Role::Staff], &[], put(&value("full_time_staff", y), json!({"union_note": "3 lãnh đạo"}))).await;
    assert_eq!(staff_note.status, 201, "{}", staff_note.body_text());
    let typed_in = app.call_as(&[Role::Staff], &[], put(&value("full_time_staff", y), json!({"union_value": 6}))).await;
    typed_in.assert_problem(422, "validation_failed");
    let newsletter = app.call_as(&[Role::Staff], &[], put(&value("newsletter", y), json!({"union_value": 1}))).await;
    assert_eq!(newsletter.status, 201);
    let computed = app.call_as(&[Role::Staff], &[], put(&value("members", y), json!({"union_value": 5}))).await;
    computed.assert_problem(422, "validation_failed");
    assert!(computed.body_text().contains("union_value"));
    let unsourced =
        app.call_as(&[Role::Staff], &[], put(&value("members", y), json!({"national_value": 120000}))).await;
    unsourced.assert_problem(422, "validation_failed");
    assert!(unsourced.body_text().contains("national_source"));
    app.call_as(READER, &[], put(&value("members", y), json!({"union_note": "x"})))
        .await
        .assert_problem(403, "forbidden");
    let etag = first.header("ETag").expect("etag").to_owned();
    let national = app
        .call_as(
            &[Role::Staff],
            &[],
            put(&value("members", y), json!({"national_value": 120000, "national_source": "LHHVN, báo cáo năm"})),
        )
        .await;
    assert_eq!(national.status, 201);
    let changed =
        app.call_as(READER, &[], TestRequest::get().uri(&uri).insert_header(("If-None-Match", etag.clone()))).await;
    assert_eq!(changed.status, 200, "a change of the data changes the table");
    let table = changed.json();
    assert_eq!(line(&table, "full_time_staff")["union_value"], 6.0);
    assert_eq!(line(&table, "full_time_staff")["union_note"], "3 lãnh đạo");
    assert_eq!(line(&table, "newsletter")["present"], true);
    assert_eq!(
        (line(&table, "members")["national_value"].clone(), line(&table, "members")["national_year"].clone()),
        (json!(120000.0), json!(y))
    );
    let etag = changed.header("ETag").expect("etag").to_owned();
    let cached = app.call_as(READER, &[], TestRequest::get().uri(&uri).insert_header(("If-None-Match", etag))).await;
    assert_eq!(cached.status, 304);
    // Without `fresh` the table may be kept between requests: never across a change.
    for _ in 0..2 {
        let kept = read(&app, &format!("/api/v1/statistics/indicators?year={y}")).await.json();
        assert_eq!(line(&kept, "members")["national_value"], 120000.0, "{kept}");
    }
    let dropped = app.call_as(&[Role::Staff], &[], TestRequest::delete().uri(&value("newsletter", y))).await;
    assert_eq!(dropped.status, 204, "{}", dropped.body_text());
    let kept = read(&app, &format!("/api/v1/statistics/indicators?year={y}")).await.json();
    assert_eq!(line(&kept, "newsletter")["present"], false, "the value removed shows at once");
    let restored = app.call_as(&[Role::Staff], &[], put(&value("newsletter", y), json!({"union_value": 1}))).await;
    assert_eq!(restored.status, 201);
    // The national reference of a year is the latest recorded up to it.
    let old = read(&app, "/api/v1/statistics/indicators?year=2019").await.json();
    assert_eq!(line(&old, "members")["national_value"], 110000.0);
    let older = read(&app, "/api/v1/statistics/indicators?year=2018").await.json();
    assert_eq!(line(&older, "members")["national_value"], Value::Null);
    read(&app, "/api/v1/statistics/indicators?year=2200").await.assert_problem(422, "validation_failed");

    // CSV parses, one row per indicator.
    let csv_res = read(&app, &uri.replace("indicators?", "indicators.csv?")).await;
    assert!(csv_res.header("Content-Type").is_some_and(|c| c.starts_with("text/csv")));
    let body = csv_res.body.strip_prefix(b"\xEF\xBB\xBF".as_slice()).expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    assert_eq!(&reader.headers().expect("header")[0], "code");
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 27);
    let staff_row = rows.iter().find(|r| &r[0] == "full_time_staff").expect("row");
    assert_eq!((&staff_row[8], &staff_row[11]), ("6", "3 lãnh đạo"));

    // Definitions are data: staff add, change and remove them.
    let definitions = "/api/v1/statistics/indicator-definitions";
    let startup = json!({"code": "startup_contest", "section": "II", "number": "2.3", "name_vi": "Hội thi khởi nghiệp",
        "name_en": "Start-up contest", "unit": "presence", "metric": "activities_by_kind", "dimensions": ["workshop"],
        "window_years": 2});
    let created = app.call_as(&[Role::Staff], &[], json(TestRequest::post().uri(definitions), startup.clone())).await;
    assert_eq!(created.status, 201, "{}", created.body_text());
    assert_eq!(created.json()["dimensions"], json!(["workshop"]));
    app.call_as(&[Role::Staff], &[], json(TestRequest::post().uri(definitions), startup))
        .await
        .assert_problem(409, "conflict");
    let windowless = json!({"code": "x_recorded", "section": "II", "number": "9", "name_vi": "Chỉ số",
        "name_en": "Indicator", "unit": "count", "window_years": 3});
    app.call_as(&[Role::Staff], &[], json(TestRequest::post().uri(definitions), windowless))
        .await
        .assert_problem(422, "validation_failed");
    let valid = json!({"code": "reader_made", "section": "II", "number": "9", "name_vi": "Chỉ số",
        "name_en": "Indicator", "unit": "count"});
    app.call_as(READER, &[], json(TestRequest::post().uri(definitions), valid)).await.assert_problem(403, "forbidden");
    let pointed = app
        .call_as(
            &[Role::Staff],
            &[],
            json(TestRequest::patch().uri(&format!("{definitions}/newsletter")), json!({"metric": "members_total"})),
        )
        .await;
    pointed.assert_problem(409, "conflict");
    let renamed = app
        .call_as(
            &[Role::Staff],
            &[],
            json(TestRequest::patch().uri(&format!("{definitions}/full_time_staff")), json!({"position": 5})),
        )
        .await;
    assert_eq!((renamed.status.as_u16(), renamed.json()["position"].clone()), (200, json!(5)));
    app.call_as(&[Role::Staff], &[], TestRequest::delete().uri(&format!("{definitions}/full_time_staff")))
        .await
        .assert_problem(409, "conflict");
    let gone =
        app.call_as(&[Role::Staff], &[], TestRequest::delete().uri(&format!("{definitions}/startup_contest"))).await;
    assert_eq!(gone.status, 204);
    let values = read(&app, &format!("{definitions}/members/values")).await.json();
    let years: Vec<i64> =
        values["items"].as_array().expect("items").iter().map(|v| v["year"].as_i64().expect("y")).collect();
    assert_eq!(years, [i64::from(y), 2019]);
    let table = read(&app, &uri).await.json();
    assert_eq!(line(&table, "full_time_staff")["code"], "full_time_staff");
    assert_eq!(table["items"][0]["code"], "full_time_staff", "position 5 comes first");
}

#[actix_web::test]
async fn public_indicators_hide_small_computed_values() {
    let app = TestApp::spawn_with(|c| {
        c.public_statistics = true;
        c.small_cell_threshold = 5;
    })
    .await;
    create_ok(&app, "Hội Một").await;
    create_ok(&app, "Hội Hai").await;
    let uri = format!("/api/v1/statistics/indicators?year={}", year(&app));
    let public = app.get(&uri).await.json();
    assert_eq!(public["public"], true);
    let associations = line(&public, "member_associations");
    assert_eq!((associations["union_value"].clone(), associations["suppressed"].clone()), (Value::Null, json!(true)));
    assert_eq!(line(&public, "member_associations")["national_value"], 22.5, "references are not suppressed");
    let full = read(&app, &uri).await.json();
    assert_eq!(line(&full, "member_associations")["union_value"], 2.0);
}

#[actix_web::test]
async fn statistics_and_exports_read_the_replica_and_the_primary_when_it_is_down() {
    let primary = TestApp::spawn().await;
    let a = create_ok(&primary, "Hội Khuyến học").await;
    add_members(&primary, a, 1).await;
    // A replica that lags: a copy of the database taken now, before the second member.
    let replica = crate::helpers::TestDb::new();
    let replica_app = TestApp::over(replica);
    lienhiep::backup::copy(&mut primary.conn(), &mut replica_app.conn(), &mut |_, _| {}).expect("copy");
    add_members(&primary, a, 1).await;
    let with_read_pool = |read_pool| {
        actix_web::web::Data::new(lienhiep::state::AppState {
            read_pool: Some(read_pool),
            statistics: Arc::new(lienhiep::models::statistics::Cache::new(2)),
            ..(**primary.state).clone()
        })
    };
    let app = TestApp::new(with_read_pool(replica_app.state.pool.clone()), crate::helpers::TestDb::new());
    let y = year(&app);

    // The summary, the series and the roster export read the replica (one member)...
    let summary = read(&app, &format!("/api/v1/statistics/summary?year={y}")).await;
    assert_eq!(summary.status, 200);
    assert_eq!(members_total(&summary.json()), 1, "the replica's figure");
    let series = read(&app, &format!("/api/v1/statistics/series?metric=members_total&from={y}&to={y}")).await;
    assert_eq!(series.status, 200, "{:?}", series.body);
    let roster =
        app.call_as(&[Role::Staff], &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster"))).await;
    assert_eq!(roster.status, 200);
    assert_eq!(roster.json().as_array().expect("rows").len(), 1, "exported from the replica");
    // ...everything else, and every write, the primary (two members).
    let members =
        app.call_as(&[Role::Staff], &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/members"))).await;
    assert_eq!(members.json()["items"].as_array().expect("items").len(), 2);
    add_members(&app, a, 1).await;
    assert_eq!(members_total(&read(&primary, &format!("/api/v1/statistics/summary?year={y}")).await.json()), 3);

    // A replica that cannot be reached: the same reads come from the primary.
    let (_, unreachable) = TestApp::unreachable();
    let app = TestApp::new(with_read_pool(unreachable), crate::helpers::TestDb::new());
    let summary = read(&app, &format!("/api/v1/statistics/summary?year={y}")).await;
    assert_eq!(summary.status, 200, "{:?}", summary.body);
    assert_eq!(members_total(&summary.json()), 3, "the primary's figure");
    let roster =
        app.call_as(&[Role::Staff], &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/roster"))).await;
    assert_eq!(roster.json().as_array().expect("rows").len(), 3);
}

/// Answers of `n` concurrent requests for this year's figures.
async fn concurrently(app: &TestApp, n: usize, freshness: Freshness) -> Vec<lienhiep::models::statistics::Answer> {
    let (cache, pools, y) = (app.state.statistics.clone(), app.state.statistics_pools(), year(app));
    let asks = (0..n).map(|_| cache.years(&pools, y..=y, freshness));
    futures_util::future::join_all(asks).await.into_iter().map(|a| a.expect("figures").remove(0)).collect()
}

#[actix_web::test]
async fn concurrent_requests_wait_for_one_computation_or_take_the_last_figures_at_once() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Y học").await;
    add_members(&app, own, 1).await;
    let cache = app.state.statistics.clone();
    let start = cache.computations();
    // Eight requests for the newest figures: one computation, which all of them answer with.
    let answers = concurrently(&app, 8, Freshness::Newest).await;
    assert_eq!(cache.computations(), start + 1);
    assert!(answers.iter().all(|a| Arc::ptr_eq(&a.computed, &answers[0].computed) && !a.stale));
    let first = Arc::clone(&answers[0].computed);

    // After a write, requests that accept a minute's staleness are answered with those figures
    // (or the newer ones, if the one background computation already finished)...
    add_members(&app, own, 1).await;
    let answers = concurrently(&app, 8, Freshness::Within(Duration::from_secs(60))).await;
    for a in &answers {
        assert!(Arc::ptr_eq(&a.computed, &first) == a.stale, "stale answers are the last figures");
    }
    // ...and exactly one computation brings the newer figures, whatever the requests.
    let mut newest = None;
    for _ in 0..500 {
        let a = concurrently(&app, 1, Freshness::Within(Duration::from_secs(60))).await.remove(0);
        if !a.stale {
            newest = Some(a);
            break;
        }
        actix_web::rt::time::sleep(Duration::from_millis(10)).await;
    }
    let newest = newest.expect("the background computation finished");
    assert!(newest.computed.version > first.version);
    assert_eq!(cache.computations(), start + 2);
    let members: i64 = newest
        .computed
        .figures
        .iter()
        .filter(|(resource, _)| *resource == "members")
        .flat_map(|(_, o)| o.iter())
        .filter(|o| o.metric == lienhiep::domain::statistics::Metric::MembersTotal)
        .map(|o| o.value)
        .sum();
    assert_eq!(members, 2);

    // Figures older than the bound are not answered: the request waits for new ones.
    add_members(&app, own, 1).await;
    let answers = concurrently(&app, 4, Freshness::Within(Duration::ZERO)).await;
    assert!(answers.iter().all(|a| !a.stale && a.computed.version > newest.computed.version));
    assert_eq!(cache.computations(), start + 3);
}

#[actix_web::test]
async fn with_staleness_off_every_answer_is_at_the_current_version() {
    let app = TestApp::spawn_with(|c| c.statistics_max_staleness = Duration::ZERO).await;
    let own = create_ok(&app, "Hội Y học").await;
    let uri = format!("/api/v1/statistics/summary?year={}", year(&app));
    for n in 1..=3 {
        add_members(&app, own, 1).await;
        let res = read_default(&app, &uri).await;
        assert_eq!(res.json()["stale"], false);
        assert_eq!(members_total(&res.json()), n);
        assert_eq!(res.header("Age"), None);
    }
    // The series and the indicator table say the same of their figures.
    let series = read_default(&app, "/api/v1/statistics/series?metric=members_total&from=2000").await;
    assert_eq!(series.json()["stale"], false);
    assert!(series.json()["computed_at"].as_str().is_some_and(|t| t.ends_with('Z')));
    let table = read_default(&app, "/api/v1/statistics/indicators").await;
    assert_eq!(table.json()["stale"], false);
    assert_eq!(table.json()["data_version"], series.json()["data_version"]);
}

/// Commendations by recipient and type, and the indicator lines about the union's own
/// commendations (issue 30): over generated commendations to the union, to associations and to
/// people (seeded; the seed is printed on failure), each year's figures equal a count of what
/// was recorded, and a line shows "yes" only when the union itself received that type.
#[actix_web::test]
async fn commendation_figures_tell_the_union_from_associations_and_people() {
    use std::collections::BTreeMap;
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học tỉnh").await;
    let years = [2017, 2018, 2019];
    let kinds = ["union", "association", "person"];
    let types = ["certificate_of_merit", "emulation_flag", "labour_order", "emulation_fighter"];
    let mut expected: BTreeMap<(i32, String), i64> = BTreeMap::new();
    // A flag to an association in a year when the union received none: the union's line says no.
    let flag = json!({"recipient_kind": "association", "association_id": association, "type": "emulation_flag",
        "issuer": "vusta", "year": 2016, "decided_on": "2016-12-20"});
    let res = app.call_as(&[Role::Staff], &[], json(TestRequest::post().uri("/api/v1/commendations"), flag)).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    expected.insert((2016, "association:emulation_flag".into()), 1);
    for n in 0..30 {
        let (year, kind, kind_of) =
            (years[rng.below(3) as usize], kinds[rng.below(3) as usize], types[rng.below(types.len() as u64) as usize]);
        let mut body = json!({"recipient_kind": kind, "type": kind_of, "issuer": "vusta", "year": year,
            "decided_on": format!("{year}-12-{:02}", 1 + rng.below(28))});
        match kind {
            "association" => body["association_id"] = json!(association),
            "person" => body["recipient_name"] = json!(format!("Lò Văn Khen {n}")),
            _ => {}
        }
        if kind_of == "labour_order" {
            body["order_class"] = json!("third");
        }
        let res = app
            .call_as(&[Role::Staff], &[], json(TestRequest::post().uri("/api/v1/commendations"), body.clone()))
            .await;
        assert_eq!(res.status, 201, "seed {seed}: {body}: {}", res.body_text());
        *expected.entry((year, format!("{kind}:{kind_of}"))).or_default() += 1;
    }
    for year in [2016].into_iter().chain(years) {
        let summary = read(&app, &format!("/api/v1/statistics/summary?year={year}")).await.json();
        let got: BTreeMap<(i32, String), i64> = figures(&summary, "awards")
            .iter()
            .filter(|f| f["metric"] == "commendations_by_recipient")
            .map(|f| {
                assert_eq!(f["dimension"], "recipient_type");
                ((year, f["dimension_value"].as_str().expect("value").to_owned()), f["value"].as_i64().expect("n"))
            })
            .collect();
        let want: BTreeMap<(i32, String), i64> =
            expected.iter().filter(|((y, _), _)| *y == year).map(|(k, v)| (k.clone(), *v)).collect();
        assert_eq!(got, want, "seed {seed}: commendations by recipient and type in {year}");
        let table = read(&app, &format!("/api/v1/statistics/indicators?year={year}")).await.json();
        for (code, kind_of) in [
            ("certificates_of_merit", "certificate_of_merit"),
            ("emulation_flags", "emulation_flag"),
            ("labour_orders", "labour_order"),
        ] {
            // The seeded lines mean "has received it, as of the year": counted since 2010.
            let union_received: i64 = expected
                .iter()
                .filter(|((y, k), _)| (2010..=year).contains(y) && *k == format!("union:{kind_of}"))
                .map(|(_, n)| n)
                .sum();
            let got = line(&table, code);
            assert_eq!(got["since_year"], 2010, "seed {seed}: {code}");
            assert_eq!(got["union_value"], json!(union_received as f64), "seed {seed}: {code} in {year}: {expected:?}");
            assert_eq!(got["present"], union_received > 0, "seed {seed}: {code} in {year}: {expected:?}");
        }
    }
}

/// A line counts either a window of years ending with the table's year or every year since
/// one (issue 30): generated activities, definitions and recorded values, each table compared
/// with a count of what was posted.
#[actix_web::test]
async fn indicator_lines_count_a_window_or_every_year_since_one() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let staff = &[Role::Staff];
    let kinds = ["workshop", "training", "other"];
    let mut activities: Vec<(&str, i32)> = Vec::new();
    for _ in 0..40 {
        let (kind, year) = (kinds[rng.below(3) as usize], 2008 + rng.below(13) as i32);
        let body = json!({"kind": kind, "title": "Hoạt động", "organiser_kind": "union", "union_role": "led",
            "starts_on": format!("{year}-06-{:02}", 1 + rng.below(28))});
        let res = app.call_as(staff, &[], json(TestRequest::post().uri("/api/v1/activities"), body.clone())).await;
        assert_eq!(res.status, 201, "seed {seed}: {body}: {}", res.body_text());
        activities.push((kind, year));
    }
    // (code, kind counted or None for a recorded line, window, since)
    let mut lines: Vec<(String, Option<&str>, i32, Option<i32>)> = Vec::new();
    let definitions = "/api/v1/statistics/indicator-definitions";
    for n in 0..12 {
        let computed = n % 2 == 0;
        let since = (rng.below(2) == 0).then(|| 2005 + rng.below(17) as i32);
        let window = if computed && since.is_none() { 1 + rng.below(4) as i32 } else { 1 };
        let kind = computed.then(|| kinds[rng.below(3) as usize]);
        let mut body = json!({"code": format!("line_{n}"), "section": "IV", "number": format!("{n}"),
            "name_vi": "Chỉ số thử", "name_en": "Test line", "unit": "count", "window_years": window,
            "since_year": since});
        if let Some(kind) = kind {
            body["metric"] = json!("activities_by_kind");
            body["dimensions"] = json!([kind]);
        }
        let res = app.call_as(staff, &[], json(TestRequest::post().uri(definitions), body.clone())).await;
        assert_eq!(res.status, 201, "seed {seed}: {body}: {}", res.body_text());
        assert_eq!(res.json()["since_year"], json!(since));
        lines.push((format!("line_{n}"), kind, window, since));
    }
    let mut recorded: std::collections::BTreeMap<(String, i32), f64> = std::collections::BTreeMap::new();
    for (code, kind, _, _) in &lines {
        if kind.is_some() {
            continue;
        }
        for _ in 0..4 {
            let (year, value) = (2006 + rng.below(16) as i32, rng.below(50) as f64);
            let uri = format!("{definitions}/{code}/values/{year}/union");
            let res = app.call_as(staff, &[], put(&uri, json!({"union_value": value}))).await;
            assert!(res.status == 200 || res.status == 201, "seed {seed}: {uri}: {}", res.body_text());
            recorded.insert((code.clone(), year), value);
        }
    }
    for year in 2007..=2022 {
        let table = read(&app, &format!("/api/v1/statistics/indicators?year={year}&fresh=true")).await.json();
        for (code, kind, window, since) in &lines {
            let first = since.unwrap_or(year - window + 1);
            let want = match kind {
                Some(kind) => {
                    json!(activities.iter().filter(|(k, y)| k == kind && (first..=year).contains(y)).count() as f64)
                }
                None => json!(recorded
                    .iter()
                    .filter(|((c, y), _)| c == code && *y <= year && (since.is_some() || *y == year) && *y >= first)
                    .max_by_key(|((_, y), _)| *y)
                    .map(|(_, v)| *v)),
            };
            let got = line(&table, code);
            assert_eq!(got["union_value"], want, "seed {seed}: {code} (window {window}, since {since:?}) in {year}");
            assert_eq!(got["since_year"], json!(since));
        }
    }
    // A window and a starting year together are refused, as is a year out of range.
    for (body, field) in
        [(json!({"window_years": 3, "since_year": 2010}), "since_year"), (json!({"since_year": 1900}), "since_year")]
    {
        let mut full = json!({"code": "refused", "section": "IV", "number": "99", "name_vi": "Chỉ số",
            "name_en": "Refused", "unit": "count", "metric": "activities_by_kind"});
        for (k, v) in body.as_object().expect("object") {
            full[k] = v.clone();
        }
        let res = app.call_as(staff, &[], json(TestRequest::post().uri(definitions), full)).await;
        let problem = res.assert_problem(422, "validation_failed");
        assert!(problem["errors"].as_array().expect("errors").iter().any(|e| e["field"] == field), "{problem}");
    }
    // A patch moves a line from its window to a starting year and back.
    let uri = format!("{definitions}/line_0");
    let patched = app
        .call_as(staff, &[], json(TestRequest::patch().uri(&uri), json!({"window_years": 1, "since_year": 2008})))
        .await;
    assert_eq!(
        (patched.status.as_u16(), patched.json()["since_year"].clone()),
        (200, json!(2008)),
        "{}",
        patched.body_text()
    );
    let back = app.call_as(staff, &[], json(TestRequest::patch().uri(&uri), json!({"since_year": null}))).await;
    assert_eq!((back.status.as_u16(), back.json()["since_year"].clone()), (200, Value::Null), "{}", back.body_text());
}

/// The figures added for the report (issue 30): generated activities, commendations, advisory
/// cases, annual reports and roster members, and each new figure of each year equal to an
/// independent count of what was posted (seeded, seed printed).
#[actix_web::test]
async fn the_reports_breakdowns_are_counts_of_what_was_entered() {
    use std::collections::BTreeMap;
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let staff = &[Role::Staff];
    let this_year = year(&app);
    let years = [2017, 2018, 2019];
    let mut associations = Vec::new();
    for n in 0..3 {
        associations.push(create_ok(&app, &format!("Hội thử {n}")).await);
    }
    /// (metric, year, association, breakdown value).
    type Key = (&'static str, i32, Option<i64>, Option<String>);
    let mut want: BTreeMap<Key, i64> = BTreeMap::new();
    let mut add = |metric: &'static str, year: i32, association: Option<i64>, dimension: Option<String>, value: i64| {
        *want.entry((metric, year, association, dimension)).or_default() += value;
    };
    let pick = |rng: &mut lienhiep::demo::Rng, list: &[&'static str]| list[rng.below(list.len() as u64) as usize];
    for n in 0..40 {
        let year = pick(&mut rng, &["2017", "2018", "2019"]).parse::<i32>().expect("year");
        let mut body = json!({"title": format!("Hoạt động {n}"), "organiser_kind": "union", "union_role": "led",
            "starts_on": format!("{year}-0{}-15", 1 + rng.below(9))});
        match rng.below(4) {
            0 => {
                let role = pick(&mut rng, &["chair", "reviewer", "member"]);
                body["kind"] = json!("council_participation");
                body["union_role"] = json!("took_part");
                body["organiser_kind"] = json!("partner");
                body["partner_name"] = json!("Sở Khoa học và Công nghệ");
                body["council_name"] = json!("Hội đồng KHCN tỉnh");
                body["projects_evaluated"] = json!(rng.below(5));
                body["council_role"] = json!(role);
                add("council_seats_by_role", year, None, Some(role.into()), 1);
            }
            1 => {
                let level = pick(&mut rng, &["national", "ministerial", "provincial", "grassroots"]);
                body["kind"] = json!("research_project");
                body["research_level"] = json!(level);
                body["research_status"] = json!("completed");
                add("research_projects_by_level", year, None, Some(level.into()), 1);
            }
            2 => {
                let articles = rng.below(60) as i64;
                body["kind"] = json!("publication");
                body["articles"] = json!(articles);
                add("publication_articles", year, None, None, articles);
                let kind =
                    pick(&mut rng, &["newsletter", "online_forum", "journal", "website", "thematic", "other", ""]);
                if !kind.is_empty() {
                    body["publication_kind"] = json!(kind);
                }
                add("publications_by_kind", year, None, Some(if kind.is_empty() { "unknown" } else { kind }.into()), 1);
                if rng.below(2) == 0 {
                    let visits = rng.below(5_000_000_000) as i64;
                    body["visits"] = json!(visits);
                    add("publication_visits", year, None, None, visits);
                }
            }
            _ => {
                let organiser = pick(&mut rng, &["union", "association"]);
                let beneficiaries = 1 + rng.below(300) as i64;
                body["kind"] = json!("social_activity");
                body["organiser_kind"] = json!(organiser);
                if organiser == "association" {
                    body["association_id"] = json!(associations[rng.below(3) as usize]);
                }
                body["beneficiaries"] = json!(beneficiaries);
                add("social_beneficiaries_by_organiser", year, None, Some(organiser.into()), beneficiaries);
            }
        }
        let res = app.call_as(staff, &[], json(TestRequest::post().uri("/api/v1/activities"), body.clone())).await;
        assert_eq!(res.status, 201, "seed {seed}: {body}: {}", res.body_text());
    }
    for n in 0..30 {
        let year = years[rng.below(3) as usize];
        let (issuer, kind) = (
            pick(&mut rng, &["vusta", "provincial_peoples_committee", "prime_minister"]),
            pick(&mut rng, &["certificate_of_merit", "emulation_flag"]),
        );
        let mut body = json!({"type": kind, "issuer": issuer, "year": year, "decided_on": format!("{year}-12-01")});
        if rng.below(2) == 0 {
            let association = associations[rng.below(3) as usize];
            body["recipient_kind"] = json!("association");
            body["association_id"] = json!(association);
            add("association_commendations", year, Some(association), Some(kind.into()), 1);
        } else {
            body["recipient_kind"] = json!("person");
            body["recipient_name"] = json!(format!("Người được khen {n}"));
        }
        add("commendations_by_issuer_type", year, None, Some(format!("{issuer}:{kind}")), 1);
        let res = app.call_as(staff, &[], json(TestRequest::post().uri("/api/v1/commendations"), body.clone())).await;
        assert_eq!(res.status, 201, "seed {seed}: {body}: {}", res.body_text());
    }
    let mut cases = Vec::new();
    for n in 0..20 {
        let year = years[rng.below(3) as usize];
        let under_contract = rng.below(2) == 0;
        let fee = (under_contract && rng.below(3) > 0).then(|| 1_000_000 * (1 + rng.below(50) as i64));
        cases.push(json!({"title": format!("Vụ {n}"), "kind": "consultation", "requester": "peoples_committee",
            "received_on": format!("{year}-03-{:02}", 1 + rng.below(28)), "under_contract": under_contract, "fee": fee}));
        add("advisory_cases_under_contract", year, None, None, i64::from(under_contract));
        add("advisory_fees", year, None, None, fee.unwrap_or(0));
    }
    let res =
        app.call_as(staff, &[], json(TestRequest::post().uri("/api/v1/advisory-opinions/import"), json!(cases))).await;
    assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
    // This year's members: a roster for some associations, an annual report for the others
    // (and for one with a roster too, which its roster overrides).
    let levels = ["secondary", "college", "bachelor", "master", "doctor"];
    let (mut members, mut intellectuals) = (0_i64, 0_i64);
    for (n, association) in associations.iter().enumerate() {
        let rostered = n != 0;
        if rostered {
            for m in 0..(1 + rng.below(6)) {
                let level = pick(&mut rng, &levels);
                let res = app
                    .call_as(
                        staff,
                        &[],
                        json(
                            TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")),
                            json!({"full_name": format!("Hội viên {n} {m}"), "education_level": level}),
                        ),
                    )
                    .await;
                assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
                members += 1;
                intellectuals += i64::from(["bachelor", "master", "doctor"].contains(&level));
            }
        }
        if !rostered || n == 2 {
            let (reported, intellectual) = (100 + rng.below(900) as i64, rng.below(100) as i64);
            let res = app
                .call_as(
                    staff,
                    &[],
                    put(
                        &format!("/api/v1/associations/{association}/annual-reports/{this_year}"),
                        json!({"members": reported, "intellectual_members": intellectual}),
                    ),
                )
                .await;
            assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
            if !rostered {
                members += reported;
                intellectuals += intellectual;
            }
        }
    }
    add("union_members_total", this_year, None, None, members);
    add("union_intellectual_members", this_year, None, None, intellectuals);
    let metrics: Vec<&str> = want.keys().map(|(m, ..)| *m).collect();
    for year in years.into_iter().chain([this_year]) {
        let summary = read(&app, &format!("/api/v1/statistics/summary?year={year}")).await.json();
        let mut got: BTreeMap<Key, i64> = BTreeMap::new();
        for resource in summary["resources"].as_array().expect("resources") {
            for f in resource["figures"].as_array().expect("figures") {
                let Some(metric) = metrics.iter().find(|m| f["metric"] == **m) else { continue };
                let key =
                    (*metric, year, f["association_id"].as_i64(), f["dimension_value"].as_str().map(str::to_owned));
                *got.entry(key).or_default() += f["value"].as_i64().expect("value");
            }
        }
        // Figures of zero (a year without fees, say) are counted as absent.
        got.retain(|_, v| *v != 0);
        let expected: BTreeMap<_, _> =
            want.iter().filter(|((_, y, ..), v)| *y == year && **v != 0).map(|(k, v)| (k.clone(), *v)).collect();
        assert_eq!(got, expected, "seed {seed}: the report's breakdowns of {year}");
    }
}
