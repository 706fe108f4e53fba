//! The demo-data generator and the member figures offered to statistics.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::domain::codes::CodeList;
use lienhiep::domain::statistics::Metric;

use std::collections::{BTreeMap, BTreeSet};

use lienhiep::demo::province::{self, Expected, Report, Scale};
use serde_json::json;

use crate::helpers::TestApp;

#[actix_web::test]
async fn generated_members_match_the_counts_the_generator_prints_and_the_observations() {
    let app = TestApp::spawn().await;
    let counts = {
        let mut conn = app.conn();
        lienhiep::demo::members::generate(&mut conn, 1500, 42, 400).expect("generate")
    };
    assert_eq!(counts.total, 1500);
    assert_eq!(counts.by_gender.values().sum::<u64>(), 1500);
    let app = &app;
    let total = |uri: String| async move {
        let res = app.call_as(&[Role::Staff], &[], TestRequest::get().uri(&uri)).await;
        assert_eq!(res.status, 200, "{uri}: {:?}", res.body);
        res.json()["total"].as_u64().expect("total")
    };
    assert_eq!(total("/api/v1/members?include_total=true&limit=1".into()).await, 1500);
    assert_eq!(total("/api/v1/members?include_total=true&limit=1&intellectual=true".into()).await, counts.intellectual);
    assert_eq!(
        total("/api/v1/members?include_total=true&limit=1&ethnicity=03".into()).await,
        counts.by_ethnicity["03"]
    );
    assert_eq!(
        total("/api/v1/members?include_total=true&limit=1&gender=female".into()).await,
        counts.by_gender["female"]
    );

    let this_year = chrono::Datelike::year(&lienhiep::domain::time::today(app.state.config.timezone));
    let observations = lienhiep::models::member::observations(&mut app.conn(), this_year).expect("observations");
    let sum = |metric: Metric, dim: Option<(&str, &str)>| -> i64 {
        observations
            .iter()
            .filter(|o| {
                o.metric == metric
                    && dim.is_none_or(|(n, v)| o.dimension.as_ref().is_some_and(|(a, b)| a == n && b == v))
            })
            .map(|o| o.value)
            .sum()
    };
    assert_eq!(sum(Metric::MembersTotal, None), 1500);
    assert_eq!(sum(Metric::IntellectualMembers, None), counts.intellectual as i64);
    assert_eq!(sum(Metric::MembersByGender, Some(("gender", "male"))), counts.by_gender["male"] as i64);
    for (level, n) in &counts.by_education {
        assert_eq!(sum(Metric::MembersByEducation, Some(("education_level", level))), *n as i64, "{level}");
    }
    assert!(observations.iter().all(|o| o.year == 2026 && o.association_id.is_some()));
    assert_eq!(Metric::MembersTotal.code(), "members_total");

    // Another seed adds more people; the same seed again would repeat their external ids (409).
    let more = lienhiep::demo::members::generate(&mut app.conn(), 100, 43, 1000).expect("generate more");
    assert_eq!(more.total, 100);
    assert!(lienhiep::demo::members::generate(&mut app.conn(), 10, 42, 1000).is_err());
}

/// A statistics summary reduced as the demo generator reports its figures: per metric, the
/// union-wide figures where the summary has any, else the sum over associations; by
/// breakdown value where there is one; zeros left out.
fn union_figures(summary: &serde_json::Value, metrics: &BTreeSet<&str>) -> serde_json::Map<String, serde_json::Value> {
    let figures: Vec<&serde_json::Value> = summary["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .flat_map(|r| r["figures"].as_array().expect("figures").iter())
        .collect();
    let mut out = serde_json::Map::new();
    for metric in metrics {
        let of_metric: Vec<_> = figures.iter().filter(|f| f["metric"] == *metric).collect();
        let union_wide = of_metric.iter().any(|f| f["association_id"].is_null());
        let mut total = 0i64;
        let mut by: BTreeMap<String, i64> = BTreeMap::new();
        for f in of_metric.iter().filter(|f| f["association_id"].is_null() == union_wide) {
            let value = f["value"].as_i64().expect("a value (not suppressed)");
            match f["dimension_value"].as_str() {
                Some(v) => *by.entry(v.to_owned()).or_default() += value,
                None => total += value,
            }
        }
        by.retain(|_, n| *n != 0);
        if !by.is_empty() {
            out.insert((*metric).to_owned(), json!(by));
        } else if total != 0 {
            out.insert((*metric).to_owned(), json!(total));
        }
    }
    out
}

fn small_demo(app: &TestApp, seed: u64) -> Result<Report, lienhiep::error::ApiError> {
    let today = lienhiep::domain::time::today(app.state.config.timezone);
    province::generate(&mut app.conn(), Scale::Small, seed, today, &app.state.id_hash_key, &|_, _, _| {})
}

#[actix_web::test]
async fn the_demo_union_loads_and_each_year_s_statistics_summary_shows_what_it_made() {
    let app = TestApp::spawn().await;
    let report = small_demo(&app, 7).expect("demo data");
    for (what, n) in [
        ("associations", 21),
        ("members", 2_000),
        ("honour_rounds", 5),
        ("honourees", 30),
        ("contest_editions", 8),
        ("contest_entries", 47),
        ("advisory_cases", 20),
        ("activities", 80),
    ] {
        assert_eq!(report.made.get(what), Some(&n), "{what}: {:?}", report.made);
    }
    assert!(report.made["annual_reports"] > 150, "{:?}", report.made);
    let metrics: BTreeSet<&str> = report.figures.values().flat_map(|m| m.keys().copied()).collect();
    assert!(metrics.len() >= 17, "{metrics:?}");
    let year = report.year;
    for (y, expected) in &report.figures {
        let uri = format!("/api/v1/statistics/summary?year={y}");
        let res = app.call_as(&[Role::StatisticsReader], &[], TestRequest::get().uri(&uri)).await;
        assert_eq!(res.status, 200, "{uri}: {:?}", res.body);
        let expected = serde_json::to_value(expected).expect("json");
        assert_eq!(json!(union_figures(&res.json(), &metrics)), expected, "year {y}");
    }
    // This year's members come from the rosters, last year's from the annual reports.
    assert!(matches!(report.figures[&year]["members_total"], Expected::Total(n) if n > 1_800));
    assert!(matches!(report.figures[&(year - 1)]["members_total"], Expected::Total(n) if n > 1_000));
    assert!(report.figures[&year].contains_key("members_by_ethnicity"));
    assert!(!report.figures[&(year - 1)].contains_key("members_by_ethnicity"));

    // The members went in through the roster sync: each association's roster lists them.
    let res = app.call_as(&[Role::Staff], &[], TestRequest::get().uri("/api/v1/associations/1/roster.csv")).await;
    assert_eq!(res.status, 200);
    assert!(res.body_text().starts_with("\u{feff}Mã hội viên") || res.body_text().contains("external_id"));

    // Only into an empty database.
    assert!(matches!(small_demo(&app, 7), Err(lienhiep::error::ApiError::Conflict { .. })));
}

#[actix_web::test]
async fn the_same_seed_makes_the_same_union() {
    let (a, b, c) = (TestApp::spawn().await, TestApp::spawn().await, TestApp::spawn().await);
    let first = small_demo(&a, 3).expect("demo data");
    assert_eq!(small_demo(&b, 3).expect("demo data"), first);
    assert_ne!(small_demo(&c, 4).expect("demo data").figures, first.figures);
    let mut pages = Vec::new();
    for app in [&a, &b] {
        let req = TestRequest::get().uri("/api/v1/members?limit=50&sort=full_name");
        let res = app.call_as(&[Role::Staff], &[], req).await;
        assert_eq!(res.status, 200);
        let names: Vec<String> = res.json()["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|m| format!("{} {} {}", m["person"]["full_name"], m["person"]["birth_date"], m["joined_on"]))
            .collect();
        assert_eq!(names.len(), 50);
        pages.push(names);
    }
    assert_eq!(pages[0], pages[1]);
}
