//! `/api/v1/reference`.

use actix_web::test::TestRequest;

use crate::helpers::TestApp;

#[actix_web::test]
async fn reference_index_lists_every_list_with_counts_for_anonymous_callers() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/reference").await;
    assert_eq!(res.status, 200);
    let body = res.json();
    let items = body["items"].as_array().expect("items");
    let names: Vec<&str> = items.iter().filter_map(|i| i["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "ethnic_groups",
            "education_levels",
            "academic_titles",
            "honour_titles",
            "association_kinds",
            "union_unit_kinds",
            "national_rankings",
            "association_statuses",
            "branch_statuses",
            "genders",
            "membership_statuses",
            "award_levels",
            "award_kinds",
            "honour_round_statuses",
            "honouree_decisions",
            "nomination_programmes",
            "nomination_statuses",
            "commendation_recipient_kinds",
            "commendation_types",
            "order_classes",
            "commendation_issuers",
            "activity_kinds",
            "activity_organisers",
            "union_roles",
            "visibilities",
            "council_roles",
            "research_levels",
            "research_statuses",
            "publication_kinds",
            "advisory_kinds",
            "advisory_requesters",
            "advisory_statuses",
            "advisory_outcomes",
            "advisory_expert_roles",
            "contest_kinds",
            "edition_statuses",
            "entry_statuses",
            "entry_author_roles",
            "contest_prizes",
            "international_awards",
            "minor_name_display",
            "roles",
            "metrics",
            "figure_sources",
            "indicator_units"
        ]
    );
    let ethnic = &items[0];
    assert_eq!(ethnic["count"], 54);
    assert_eq!(ethnic["href"], "/api/v1/reference/ethnic_groups");
    assert!(ethnic["source"].as_str().is_some_and(|s| s.contains("1019/QĐ-TCTK")));
}

#[actix_web::test]
async fn ethnic_groups_are_54_with_unique_gso_codes_and_both_labels() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/reference/ethnic_groups").await;
    assert_eq!(res.status, 200);
    let body = res.json();
    let items = body["items"].as_array().expect("items");
    assert_eq!(items.len(), 54);
    let mut codes: Vec<&str> = items.iter().filter_map(|i| i["code"].as_str()).collect();
    assert_eq!(codes[..4], ["01", "02", "03", "04"]);
    assert_eq!(items[2]["label_vi"], "Thái");
    assert_eq!(items[4]["label_vi"], "Khơ me");
    assert_eq!(items[4]["label_en"], "Khmer");
    assert_eq!(items[53]["order"], 54);
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 54, "codes are unique");
    assert!(items.iter().all(|i| i["label_vi"].as_str().is_some_and(|s| !s.is_empty())
        && i["label_en"].as_str().is_some_and(|s| !s.is_empty())));
}

#[actix_web::test]
async fn code_lists_serve_the_api_enums() {
    let app = TestApp::spawn().await;
    let body = app.get("/api/v1/reference/association_statuses").await.json();
    let codes: Vec<&str> = body["items"].as_array().expect("items").iter().filter_map(|i| i["code"].as_str()).collect();
    assert_eq!(codes, ["active", "suspended", "dissolved"]);
    let body = app.get("/api/v1/reference/honour_titles").await.json();
    let labour_hero = body["items"].as_array().expect("items").iter().find(|i| i["code"] == "labour_hero").cloned();
    assert_eq!(labour_hero.expect("labour_hero is listed")["label_vi"], "Anh hùng Lao động");
}

#[actix_web::test]
async fn reference_answers_carry_etag_and_cache_control_and_revalidate_with_304() {
    let app = TestApp::spawn().await;
    for path in ["/api/v1/reference", "/api/v1/reference/education_levels"] {
        let first = app.get(path).await;
        assert_eq!(first.status, 200);
        let etag = first.header("etag").expect("ETag").to_owned();
        assert!(etag.starts_with('"') && etag.ends_with('"'));
        assert_eq!(first.header("cache-control"), Some("public, max-age=3600"));

        let again = app.call(TestRequest::get().uri(path).insert_header(("If-None-Match", etag.clone()))).await;
        assert_eq!(again.status, 304);
        assert!(again.body.is_empty());
        assert_eq!(again.header("etag"), Some(etag.as_str()));

        let stale = app.call(TestRequest::get().uri(path).insert_header(("If-None-Match", "\"stale\""))).await;
        assert_eq!(stale.status, 200);
        assert_eq!(stale.body, first.body);
    }
}

#[actix_web::test]
async fn unknown_reference_list_is_a_404_problem_naming_it() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/reference/colours").await;
    let problem = res.assert_problem(404, "not_found");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("colours")));
    assert_eq!(problem["instance"], "/api/v1/reference/colours");
}
