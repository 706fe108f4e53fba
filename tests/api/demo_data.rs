//! The demo-data generator and the member figures offered to statistics.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::domain::codes::CodeList;
use lienhiep::domain::statistics::Metric;

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
