//! The union itself: its profile, congress terms, staff by year and units, each written on
//! its own; the figures the statistics and the indicator table read from them.

use std::collections::BTreeMap;

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::helpers::{json, TestApp, TestResponse};

const STAFF: &[Role] = &[Role::Staff];
const READER: &[Role] = &[Role::StatisticsReader];

async fn put(app: &TestApp, uri: &str, body: Value) -> TestResponse {
    app.call_as(STAFF, &[], json(TestRequest::put().uri(uri), body)).await
}

async fn get(app: &TestApp, uri: &str) -> Value {
    let res = app.call_as(READER, &[], TestRequest::get().uri(uri)).await;
    assert_eq!(res.status, 200, "{uri}: {}", res.body_text());
    res.json()
}

#[actix_web::test]
async fn the_profile_is_read_by_anyone_signed_in_and_changed_by_staff_with_a_merge_patch() {
    let app = TestApp::spawn().await;
    app.call(TestRequest::get().uri("/api/v1/union")).await.assert_problem(401, "unauthorized");
    let first = app.call_as(READER, &[], TestRequest::get().uri("/api/v1/union")).await;
    assert_eq!(first.status, 200);
    let etag = first.header("ETag").expect("etag").to_owned();
    assert_eq!(first.json()["founded_on"], Value::Null);
    let patch = |body: Value| json(TestRequest::patch().uri("/api/v1/union"), body);
    app.call_as(READER, &[], patch(json!({"short_name": "LHH"}))).await.assert_problem(403, "forbidden");
    let bad = app
        .call_as(STAFF, &[], patch(json!({"founded_on": "2999-01-01", "name": null, "website": "ftp://x"})))
        .await
        .assert_problem(422, "validation_failed");
    assert!(bad.to_string().contains("name"), "{bad}");
    let changed = app
        .call_as(
            STAFF,
            &[],
            patch(json!({"name": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La", "founded_on": "2010-05-24",
                "short_name": "Liên hiệp hội Sơn La"}))
            .insert_header(("If-Match", etag.clone())),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.body_text());
    let stale =
        app.call_as(STAFF, &[], patch(json!({"phone": "0212 3852 123"})).insert_header(("If-Match", etag))).await;
    stale.assert_problem(412, "precondition_failed");
    let website = app.call_as(STAFF, &[], patch(json!({"website": "https://lienhiephoi.sonla.gov.vn"}))).await.json();
    assert_eq!(website["founded_on"], "2010-05-24", "left out stays");
    assert_eq!(website["short_name"], "Liên hiệp hội Sơn La");
    let cleared = app.call_as(STAFF, &[], patch(json!({"short_name": null}))).await.json();
    assert_eq!(cleared["short_name"], Value::Null, "null clears");
    assert_eq!(app.audit_count("union_profile", 1), 3);
}

/// The profile, each term, each year's staff and each unit are written at their own address:
/// writing one leaves every other as it was.
#[actix_web::test]
async fn writing_one_record_of_the_union_never_changes_another() {
    let app = TestApp::spawn().await;
    let term1 = json!({"congress_on": "2011-03-10", "first_year": 2011, "last_year": 2015,
        "standing_committee": [{"name": " Nguyễn  Văn  An ", "position": "Chủ tịch"}], "executive_committee_size": 21});
    let term2 = json!({"congress_on": "2015-10-16", "first_year": 2015, "last_year": 2020,
        "standing_committee": [{"name": "Lò Thị Hoa", "position": "Chủ tịch"}, {"name": "Cầm Văn Minh"}],
        "executive_committee_size": 25, "fatherland_front_delegates": 1});
    let created = put(&app, "/api/v1/union/terms/2", term2.clone()).await;
    assert_eq!(created.status, 201, "{}", created.body_text());
    assert_eq!(created.header("Location"), Some("/api/v1/union/terms/2"));
    // A first term that would open after the second is refused; in order it is taken.
    let late = json!({"congress_on": "2016-03-10", "first_year": 2016, "last_year": 2019});
    put(&app, "/api/v1/union/terms/1", late).await.assert_problem(409, "conflict");
    assert_eq!(put(&app, "/api/v1/union/terms/1", term1).await.status, 201);
    let bad = json!({"congress_on": "2021-01-01", "first_year": 2020, "last_year": 2040,
        "standing_committee": [{"name": " "}], "executive_committee_size": -1});
    let problem = put(&app, "/api/v1/union/terms/3", bad).await.assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().map(|e| e["field"].as_str().expect("f")).collect();
    for field in ["congress_on", "last_year", "standing_committee[0].name", "executive_committee_size"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    for (year, full_time) in [(2019, 10), (2020, 9)] {
        let res = put(
            &app,
            &format!("/api/v1/union/staff/{year}"),
            json!({"full_time": full_time, "by_education": {"master": 2, "bachelor": 6}}),
        )
        .await;
        assert_eq!(res.status, 201, "{}", res.body_text());
    }
    put(&app, "/api/v1/union/staff/2021", json!({"full_time": 2, "by_education": {"master": 3}}))
        .await
        .assert_problem(422, "validation_failed");
    put(&app, "/api/v1/union/staff/2021", json!({"full_time": 2, "by_education": {"professor": 1}}))
        .await
        .assert_problem(422, "validation_failed");
    let unit = json!({"name": "Trung tâm Tư vấn và Chuyển giao công nghệ", "kind": "centre", "established_year": 2015});
    assert_eq!(put(&app, "/api/v1/union/units/tu_van", unit).await.status, 201);
    put(&app, "/api/v1/union/units/Bad-Code", json!({"name": "X y", "kind": "centre"}))
        .await
        .assert_problem(422, "validation_failed");

    let before = (
        get(&app, "/api/v1/union/terms").await,
        get(&app, "/api/v1/union/staff").await,
        get(&app, "/api/v1/union/units").await,
    );
    assert_eq!(before.0["items"][0]["standing_committee"][0]["name"], "Nguyễn Văn An", "names are normalised");
    // The profile, then one year's staff, then one term: each leaves the others alone.
    let res = app
        .call_as(STAFF, &[], json(TestRequest::patch().uri("/api/v1/union"), json!({"founded_on": "2010-05-24"})))
        .await;
    assert_eq!(res.status, 200);
    let after = (
        get(&app, "/api/v1/union/terms").await,
        get(&app, "/api/v1/union/staff").await,
        get(&app, "/api/v1/union/units").await,
    );
    assert_eq!(before, after);
    let replaced = put(&app, "/api/v1/union/staff/2019", json!({"full_time": 11})).await;
    assert_eq!(
        (replaced.status.as_u16(), replaced.json()["by_education"].clone()),
        (200, json!({})),
        "a PUT sets all of its record"
    );
    assert_eq!(get(&app, "/api/v1/union/staff/2020").await["full_time"], 9);
    assert_eq!(get(&app, "/api/v1/union").await["founded_on"], "2010-05-24");
    let stale = app
        .call_as(
            STAFF,
            &[],
            json(TestRequest::put().uri("/api/v1/union/terms/2"), term2.clone()).insert_header(("If-Match", "\"v9\"")),
        )
        .await;
    stale.assert_problem(412, "precondition_failed");
    assert_eq!(app.call_as(STAFF, &[], TestRequest::delete().uri("/api/v1/union/staff/2020")).await.status, 204);
    app.call_as(READER, &[], TestRequest::get().uri("/api/v1/union/staff/2020")).await.assert_problem(404, "not_found");
    assert_eq!(get(&app, "/api/v1/union/staff").await["items"].as_array().map(Vec::len), Some(1));
    app.call_as(READER, &[], TestRequest::delete().uri("/api/v1/union/units/tu_van"))
        .await
        .assert_problem(403, "forbidden");
}

/// Generated profiles, staff, units and terms: the union's figures of every year equal an
/// independent count of what was written, and the indicator table's founding and staff
/// lines read them.
#[actix_web::test]
async fn the_unions_figures_are_what_its_records_say_year_by_year() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let founded = 2000 + rng.below(15) as i32;
    let res = app
        .call_as(
            STAFF,
            &[],
            json(TestRequest::patch().uri("/api/v1/union"), json!({"founded_on": format!("{founded}-05-24")})),
        )
        .await;
    assert_eq!(res.status, 200);
    let levels = ["doctor", "master", "bachelor", "college"];
    let mut staff: BTreeMap<i32, (i64, BTreeMap<&str, i64>)> = BTreeMap::new();
    for _ in 0..8 {
        let year = 2003 + rng.below(20) as i32;
        let full_time = 3 + rng.below(12) as i64;
        let mut by_education = BTreeMap::new();
        let mut left = full_time;
        for level in levels {
            let n = rng.below(left as u64 + 1) as i64;
            if n > 0 && rng.below(3) > 0 {
                by_education.insert(level, n);
                left -= n;
            }
        }
        let res = put(
            &app,
            &format!("/api/v1/union/staff/{year}"),
            json!({"full_time": full_time, "by_education": by_education}),
        )
        .await;
        assert!(res.status == 200 || res.status == 201, "seed {seed}: {}", res.body_text());
        staff.insert(year, (full_time, by_education));
    }
    let kinds = ["department", "centre", "council", "other"];
    let mut units = Vec::new();
    for n in 0..8 {
        let kind = kinds[rng.below(4) as usize];
        let established = (rng.below(4) > 0).then(|| 2000 + rng.below(20) as i32);
        let closed = (rng.below(3) == 0).then(|| established.unwrap_or(2000) + rng.below(10) as i32);
        let body = json!({"name": format!("Đơn vị {n}"), "kind": kind, "established_year": established, "closed_year": closed});
        let res = put(&app, &format!("/api/v1/union/units/unit_{n}"), body).await;
        assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
        units.push((kind, established, closed));
    }
    let mut terms = Vec::new();
    let mut first = founded;
    for number in 1..=4 {
        let last = first + 2 + rng.below(4) as i32;
        let committee: Vec<Value> = (0..rng.below(6)).map(|i| json!({"name": format!("Ủy viên {i}")})).collect();
        let size = (rng.below(3) > 0).then(|| 15 + rng.below(20) as i64);
        let delegates = (rng.below(2) == 0).then(|| rng.below(3) as i64);
        let body = json!({"congress_on": format!("{first}-10-01"), "first_year": first, "last_year": last,
            "standing_committee": committee, "executive_committee_size": size, "fatherland_front_delegates": delegates});
        let res = put(&app, &format!("/api/v1/union/terms/{number}"), body).await;
        if res.status == 422 {
            // A congress in the future: the terms stop there.
            break;
        }
        assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
        terms.push((first, last, committee.len() as i64, size, delegates));
        first = last;
    }
    for year in 1999..=2024 {
        let summary = get(&app, &format!("/api/v1/statistics/summary?year={year}&fresh=true")).await;
        let got: BTreeMap<(String, Option<String>), i64> = summary["resources"]
            .as_array()
            .expect("resources")
            .iter()
            .find(|r| r["resource"] == "union")
            .expect("the union's figures")["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .map(|f| {
                assert_eq!(f["association_id"], Value::Null, "union-wide");
                (
                    (f["metric"].as_str().expect("m").to_owned(), f["dimension_value"].as_str().map(str::to_owned)),
                    f["value"].as_i64().expect("v"),
                )
            })
            .collect();
        let mut want: BTreeMap<(String, Option<String>), i64> = BTreeMap::new();
        let mut add = |metric: &str, dimension: Option<&str>, value: i64| {
            want.insert((metric.to_owned(), dimension.map(str::to_owned)), value);
        };
        if year >= founded {
            add("union_age_years", None, i64::from(year - founded));
        }
        if let Some((full_time, by_education)) = staff.get(&year) {
            add("union_full_time_staff", None, *full_time);
            for (level, n) in by_education {
                add("union_staff_by_education", Some(level), *n);
            }
        }
        for kind in kinds {
            let n = units
                .iter()
                .filter(|(k, e, c)| *k == kind && e.is_none_or(|e| e <= year) && c.is_none_or(|c| c >= year))
                .count() as i64;
            if n > 0 {
                add("union_units_by_kind", Some(kind), n);
            }
        }
        if let Some((_, _, committee, size, delegates)) =
            terms.iter().rev().find(|(f, l, ..)| (*f..=*l).contains(&year))
        {
            add("union_standing_committee", None, *committee);
            if let Some(size) = size {
                add("union_executive_committee", None, *size);
            }
            if let Some(delegates) = delegates {
                add("union_fatherland_front_delegates", None, *delegates);
            }
        }
        assert_eq!(got, want, "seed {seed}: the union's figures of {year}");
        let table = get(&app, &format!("/api/v1/statistics/indicators?year={year}&fresh=true")).await;
        let line = |code: &str| {
            table["items"].as_array().expect("items").iter().find(|l| l["code"] == code).expect("line").clone()
        };
        let age = line("founding_seniority");
        assert_eq!(age["metric"], "union_age_years");
        assert_eq!(
            age["union_value"],
            json!(if year >= founded { f64::from(year - founded) } else { 0.0 }),
            "seed {seed}: {year}"
        );
        let full_time = line("full_time_staff");
        assert_eq!(
            full_time["union_value"],
            json!(staff.get(&year).map_or(0.0, |s| s.0 as f64)),
            "seed {seed}: {year}"
        );
    }
}

/// The province's figures are a record of their own, and the associations' share of the
/// province's S&T intellectuals is, for generated reports and province figures, the
/// associations' intellectuals over the province's in whole per cent, rounded half up.
#[actix_web::test]
async fn the_share_of_the_provinces_intellectuals_is_computed_from_the_province_figures() {
    let seed = crate::helpers::test_seed();
    let mut rng = lienhiep::demo::Rng::new(seed);
    let app = TestApp::spawn().await;
    let uri = "/api/v1/union/province/2019";
    for (bad, field) in [
        (json!({}), "st_intellectuals"),
        (json!({"st_intellectuals": -1}), "st_intellectuals"),
        (json!({"st_intellectuals": 5, "source": "a\u{0}"}), "source"),
    ] {
        let res = put(&app, uri, bad.clone()).await;
        assert!(res.status == 422 || res.status == 400, "{bad}: {}", res.body_text());
        assert!(res.body_text().contains(field), "{bad}: {}", res.body_text());
    }
    let manager = app
        .call_as(&[Role::AssociationManager], &[1], json(TestRequest::put().uri(uri), json!({"st_intellectuals": 5})))
        .await;
    manager.assert_problem(403, "forbidden");
    let mut associations = Vec::new();
    for n in 0..3 {
        associations.push(crate::associations::create_ok(&app, &format!("Hội {n}")).await);
    }
    for year in 2016..=2021 {
        let mut ours = None::<i64>;
        for &a in &associations {
            if rng.below(4) == 0 {
                continue;
            }
            let intellectuals = rng.below(5000) as i64;
            let report =
                json!({"members": intellectuals + rng.below(100) as i64, "intellectual_members": intellectuals});
            let res = put(&app, &format!("/api/v1/associations/{a}/annual-reports/{year}"), report).await;
            assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
            ours = Some(ours.unwrap_or(0) + intellectuals);
        }
        let province = match rng.below(4) {
            0 => None,
            1 => Some(0),
            _ => Some(1 + rng.below(20000) as i64),
        };
        if let Some(p) = province {
            let res = put(
                &app,
                &format!("/api/v1/union/province/{year}"),
                json!({"st_intellectuals": p, "source": "Niên giám"}),
            )
            .await;
            assert_eq!(res.status, 201, "seed {seed}: {}", res.body_text());
        }
        let expected = match (ours, province) {
            (Some(a), Some(p)) if p > 0 => {
                let (q, r) = ((a as u128 * 100) / p as u128, (a as u128 * 100) % p as u128);
                Some((q + u128::from(2 * r >= p as u128)) as i64)
            }
            _ => None,
        };
        let summary = app
            .call_as(READER, &[], TestRequest::get().uri(&format!("/api/v1/statistics/summary?year={year}&fresh=true")))
            .await
            .json();
        let figure = |metric: &str| {
            summary["resources"]
                .as_array()
                .expect("resources")
                .iter()
                .flat_map(|r| r["figures"].as_array().expect("figures").iter())
                .find(|f| f["metric"] == metric)
                .and_then(|f| f["value"].as_i64())
        };
        assert_eq!(figure("province_st_intellectuals"), province, "seed {seed}, {year}");
        assert_eq!(figure("union_intellectual_share_percent"), expected, "seed {seed}, {year}: ours {ours:?}");
    }
    let staff = get(&app, "/api/v1/union/staff").await;
    assert_eq!(staff["items"], json!([]), "the other records of the union stay as they are");
}
