//! An association's standing in its national sector: recorded by staff year by year, apart
//! from the association's annual report, and counted in the statistics.

use std::collections::BTreeMap;

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::domain::statistics::Metric;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, test_seed, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];
const MANAGER: &[Role] = &[Role::AssociationManager];

async fn put(app: &TestApp, roles: &[Role], own: &[i64], uri: &str, body: Value) -> TestResponse {
    app.call_as(roles, own, json(TestRequest::put().uri(uri), body)).await
}

#[actix_web::test]
async fn staff_record_the_standing_and_the_annual_report_stays_the_associations() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học tỉnh").await;
    let standing = format!("/api/v1/associations/{own}/national-standing/2019");
    let report = format!("/api/v1/associations/{own}/annual-reports/2019");
    let body = json!({"national_association": "Hội Khuyến học Việt Nam", "ranking": "leading",
                      "national_congress_delegates": 1, "fatherland_front_members": 2, "source": "Thông báo 12/TB-HKHVN"});
    put(&app, MANAGER, &[own], &standing, body.clone()).await.assert_problem(403, "forbidden");
    let created = put(&app, STAFF, &[], &standing, body.clone()).await;
    assert_eq!(created.status, 201, "{}", created.body_text());
    assert_eq!(created.json()["ranking"], "leading");
    let filed = put(&app, MANAGER, &[own], &report, json!({"members": 270000, "intellectual_members": 4795})).await;
    assert_eq!(filed.status, 201, "{}", filed.body_text());

    // Each writer replaces its own record and nothing of the other's.
    let replaced = put(&app, STAFF, &[], &standing, json!({"ranking": "good"})).await;
    assert_eq!(replaced.status, 200);
    assert_eq!(replaced.json()["national_association"], Value::Null, "a PUT sets all of its own record");
    let report_now = app.call_as(MANAGER, &[own], TestRequest::get().uri(&report)).await.json();
    assert_eq!(report_now["members"]["reported"], 270000, "the annual report is untouched");
    put(&app, MANAGER, &[own], &report, json!({"members": 271000})).await;
    let standing_now = app.call_as(MANAGER, &[own], TestRequest::get().uri(&standing)).await;
    assert_eq!(standing_now.status, 200, "the association's managers read it");
    assert_eq!(standing_now.json()["ranking"], "good", "the standing is untouched");

    for (bad, field) in [
        (json!({}), "ranking"),
        (json!({"national_congress_delegates": -1}), "national_congress_delegates"),
        (json!({"fatherland_front_members": 100001}), "fatherland_front_members"),
        (json!({"national_association": " "}), "ranking"),
        (json!({"ranking": "good", "note": "a\u{0}b"}), "note"),
    ] {
        let problem = put(&app, STAFF, &[], &standing, bad.clone()).await.assert_problem(422, "validation_failed");
        assert!(problem["errors"].to_string().contains(field), "{bad}: {problem}");
    }
    put(&app, STAFF, &[], &standing, json!({"ranking": "best"})).await.assert_problem(400, "bad_request");
    let outside = format!("/api/v1/associations/{own}/national-standing/1800");
    put(&app, STAFF, &[], &outside, json!({"ranking": "good"})).await.assert_problem(422, "validation_failed");
    let nobody = "/api/v1/associations/999999/national-standing/2019";
    put(&app, STAFF, &[], nobody, json!({"ranking": "good"})).await.assert_problem(404, "not_found");
    assert_eq!(app.call_as(STAFF, &[], TestRequest::get().uri(&standing)).await.json()["ranking"], "good");

    let stale =
        app.call_as(STAFF, &[], TestRequest::delete().uri(&standing).insert_header(("If-Match", "\"v1\""))).await;
    stale.assert_problem(412, "precondition_failed");
    assert_eq!(app.call_as(STAFF, &[], TestRequest::delete().uri(&standing)).await.status, 204);
    assert_eq!(app.call_as(STAFF, &[], TestRequest::get().uri(&standing)).await.status, 404);
    assert_eq!(
        app.call_as(MANAGER, &[own], TestRequest::get().uri(&report)).await.json()["members"]["reported"],
        271000,
        "deleting the standing leaves the report"
    );
}

/// Generated records over associations and years give, for each year, the figures an
/// independent count of the records gives, per association and for the union.
#[actix_web::test]
async fn the_standing_figures_are_what_the_records_say() {
    let seed = test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let mut associations = Vec::new();
    for n in 0..2 + rng.below(4) {
        associations.push(create_ok(&app, &format!("Hội thử {n}")).await);
    }
    let rankings = ["leading", "good", "average", "below_average"];
    // (year, association) -> (ranking, delegates, front members)
    type Record = (Option<&'static str>, Option<i64>, Option<i64>);
    let mut records: BTreeMap<(i32, i64), Record> = BTreeMap::new();
    for year in 2016..=2020 {
        for &a in &associations {
            if rng.below(3) == 0 {
                continue;
            }
            let ranking = (rng.below(3) > 0).then(|| *rng.pick(&rankings));
            let delegates = (rng.below(2) == 0).then(|| rng.below(4) as i64);
            let front = (rng.below(2) == 0).then(|| rng.below(5) as i64);
            if ranking.is_none() && delegates.is_none() && front.is_none() {
                continue;
            }
            let body = json!({"ranking": ranking, "national_congress_delegates": delegates, "fatherland_front_members": front});
            let res = put(&app, STAFF, &[], &format!("/api/v1/associations/{a}/national-standing/{year}"), body).await;
            assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
            records.insert((year, a), (ranking, delegates, front));
        }
    }
    for year in 2015..=2021 {
        let observations =
            lienhiep::models::national_standing::observations(&mut app.conn(), year).expect("observations");
        let mut got: BTreeMap<(String, Option<i64>, Option<String>), i64> = BTreeMap::new();
        for o in observations {
            got.insert((o.metric.to_string(), o.association_id, o.dimension.map(|d| d.1)), o.value);
        }
        let mut expected: BTreeMap<(String, Option<i64>, Option<String>), i64> = BTreeMap::new();
        let (mut delegates, mut front) = (None::<i64>, None::<i64>);
        for ((_, a), (ranking, d, f)) in records.range((year, i64::MIN)..=(year, i64::MAX)) {
            if let Some(r) = ranking {
                let key = |who| (Metric::AssociationsByNationalRanking.to_string(), who, Some(r.to_string()));
                expected.insert(key(Some(*a)), 1);
                *expected.entry(key(None)).or_default() += 1;
            }
            if let Some(d) = d {
                expected.insert((Metric::NationalCongressDelegates.to_string(), Some(*a), None), *d);
                delegates = Some(delegates.unwrap_or(0) + d);
            }
            if let Some(f) = f {
                expected.insert((Metric::AssociationFatherlandFrontMembers.to_string(), Some(*a), None), *f);
                front = Some(front.unwrap_or(0) + f);
            }
        }
        if let Some(d) = delegates {
            expected.insert((Metric::NationalCongressDelegates.to_string(), None, None), d);
        }
        if let Some(f) = front {
            expected.insert((Metric::AssociationFatherlandFrontMembers.to_string(), None, None), f);
        }
        assert_eq!(got, expected, "seed {seed}, year {year}");
    }
    // The summary offers them under their own resource.
    let summary = app
        .call_as(
            &[Role::StatisticsReader],
            &[],
            TestRequest::get().uri("/api/v1/statistics/summary?year=2020&fresh=true"),
        )
        .await
        .json();
    let resource =
        summary["resources"].as_array().expect("resources").iter().find(|r| r["resource"] == "national_standing");
    let figures = resource.map(|r| r["figures"].as_array().expect("figures").len()).unwrap_or(0);
    let expected = lienhiep::models::national_standing::observations(&mut app.conn(), 2020).expect("o").len();
    assert_eq!(figures, expected, "seed {seed}: {summary}");
}
