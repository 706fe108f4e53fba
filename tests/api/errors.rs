//! Every error is RFC 9457 problem+json, the framework's own included.

use actix_web::middleware::from_fn;
use actix_web::test::{self, TestRequest};
use actix_web::{web, App, HttpResponse};
use diesel::connection::SimpleConnection;
use lienhiep::api::extract;
use lienhiep::middleware::request::request_context;

use crate::helpers::{TestApp, TestResponse};

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct EchoBody {
    name: String,
    count: u32,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct EchoQuery {
    limit: Option<u32>,
}

async fn echo(_id: web::Path<u32>, _query: web::Query<EchoQuery>, _body: web::Json<EchoBody>) -> HttpResponse {
    HttpResponse::Ok().finish()
}

/// A route with a JSON body, a typed path and a typed query, behind the same extractor
/// settings and middleware as the real application.
async fn echo_call(req: TestRequest) -> TestResponse {
    let app = test::init_service(
        App::new()
            .app_data(extract::json_config(1024))
            .app_data(extract::path_config())
            .app_data(extract::query_config())
            .route("/echo/{id}", web::post().to(echo))
            .wrap(from_fn(request_context)),
    )
    .await;
    let res = test::call_service(&app, req.to_request()).await;
    let status = res.status();
    let headers = res.headers().clone();
    let body = actix_web::body::to_bytes(res.into_body()).await.unwrap_or_default();
    TestResponse { status, headers, body }
}

fn post_json(uri: &str, body: &str) -> TestRequest {
    TestRequest::post().uri(uri).insert_header(("Content-Type", "application/json")).set_payload(body.to_owned())
}

#[actix_web::test]
async fn malformed_json_is_a_400_problem() {
    let res = echo_call(post_json("/echo/1", "{\"name\": ")).await;
    let problem = res.assert_problem(400, "bad_request");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("JSON")));
}

#[actix_web::test]
async fn wrong_json_types_are_a_400_problem() {
    let res = echo_call(post_json("/echo/1", r#"{"name": "a", "count": "many"}"#)).await;
    res.assert_problem(400, "bad_request");
}

#[actix_web::test]
async fn a_missing_field_is_a_422_naming_it() {
    let res = echo_call(post_json("/echo/1", r#"{"name": "a"}"#)).await;
    let problem = res.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "count");
    assert_eq!(problem["errors"][0]["code"], "required");
}

#[actix_web::test]
async fn a_body_of_the_wrong_media_type_is_a_415_problem() {
    let req = TestRequest::post().uri("/echo/1").insert_header(("Content-Type", "text/plain")).set_payload("name=a");
    echo_call(req).await.assert_problem(415, "unsupported_media_type");
}

#[actix_web::test]
async fn a_body_over_the_limit_is_a_413_problem() {
    let big = format!(r#"{{"name": "{}", "count": 1}}"#, "x".repeat(4096));
    echo_call(post_json("/echo/1", &big)).await.assert_problem(413, "payload_too_large");
}

#[actix_web::test]
async fn a_path_parameter_that_does_not_parse_names_nothing_404() {
    let res = echo_call(post_json("/echo/not-a-number", r#"{"name": "a", "count": 1}"#)).await;
    let problem = res.assert_problem(404, "not_found");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("path parameter")));
}

#[actix_web::test]
async fn a_bad_query_parameter_is_a_400_problem() {
    let res = echo_call(post_json("/echo/1?limit=-5", r#"{"name": "a", "count": 1}"#)).await;
    let problem = res.assert_problem(400, "bad_request");
    assert!(problem["detail"].as_str().is_some_and(|d| d.contains("query")));
}

#[actix_web::test]
async fn an_unknown_route_is_a_404_problem() {
    let app = TestApp::spawn().await;
    for path in ["/nowhere", "/api/v1/nowhere", "/api/v2/reference", "/api/v1/reference/a/b"] {
        let problem = app.get(path).await.assert_problem(404, "not_found");
        assert_eq!(problem["instance"], path);
    }
}

#[actix_web::test]
async fn a_wrong_method_is_a_405_problem_with_allow() {
    let app = TestApp::spawn().await;
    for (req, path) in [
        (TestRequest::post(), "/api/v1/reference"),
        (TestRequest::delete(), "/api/v1/reference/ethnic_groups"),
        (TestRequest::put(), "/healthz"),
    ] {
        let res = app.call(req.uri(path).set_payload("{}")).await;
        res.assert_problem(405, "method_not_allowed");
        assert_eq!(res.header("allow"), Some("GET"), "{path}");
    }
    // A literal segment is its own route, not an id of the route beside it.
    let res = app
        .call_as(
            &[lienhiep::auth::Role::Staff],
            &[],
            TestRequest::patch().uri("/api/v1/activities/import").insert_header(("Idempotency-Key", "k1")),
        )
        .await;
    res.assert_problem(405, "method_not_allowed");
    assert_eq!(res.header("allow"), Some("POST"));
}

#[actix_web::test]
async fn a_patch_that_breaks_a_rule_is_a_422_whatever_the_version() {
    let app = TestApp::spawn().await;
    let req = TestRequest::patch()
        .uri("/api/v1/award-categories/1")
        .insert_header(("If-Match", "\"v999\""))
        .insert_header(("Content-Type", "application/merge-patch+json"))
        .set_payload(r#"{"kind": null}"#);
    app.call_as(&[lienhiep::auth::Role::Staff], &[], req).await.assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn an_internal_error_shows_nothing_internal() {
    let app = TestApp::spawn().await;
    app.conn().batch_execute("DROP TABLE nominations").expect("drop table");
    let res = app.get("/api/v1/nominations").await;
    let problem = res.assert_problem(500, "internal_error");
    let text = problem.to_string().to_lowercase();
    for secret in ["table", "sql", "relation", "no such", "diesel"] {
        assert!(!text.contains(secret), "the 500 body leaks '{secret}': {text}");
    }
}
