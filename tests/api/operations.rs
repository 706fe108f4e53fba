//! `/healthz`, `/readyz`, `/metrics`, request ids, CORS and security headers.

use actix_web::test::TestRequest;
use lienhiep::config::CorsOrigins;

use crate::helpers::{call_app, TestApp};

#[actix_web::test]
async fn healthz_answers_ok_without_touching_the_database() {
    let (state, _pool) = TestApp::unreachable();
    let res = call_app(&state, TestRequest::get().uri("/healthz")).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["status"], "ok");
}

#[actix_web::test]
async fn readyz_answers_ok_and_tells_anonymous_callers_nothing_more() {
    let app = TestApp::spawn().await;
    for path in ["/readyz", "/healthz"] {
        let res = app.get(path).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.json(), serde_json::json!({"status": "ok"}), "{path}: no version, no database kind");
    }
}

#[actix_web::test]
async fn readyz_and_data_routes_answer_503_with_retry_after_when_the_database_is_unreachable() {
    let (state, _pool) = TestApp::unreachable();
    for path in ["/readyz", "/api/v1/nominations"] {
        let res = call_app(&state, TestRequest::get().uri(path)).await;
        let problem = res.assert_problem(503, "service_unavailable");
        assert!(res.header("retry-after").is_some_and(|v| v.parse::<u32>().is_ok()), "{path} has Retry-After");
        assert!(!problem.to_string().contains("127.0.0.1"), "no connection details leak");
    }
}

#[actix_web::test]
async fn metrics_need_the_token_unless_public() {
    let token = "a-long-metrics-token-123";
    let app = TestApp::spawn_with(|c| c.metrics_token = Some(token.into())).await;
    app.get("/api/v1/reference").await;
    let res = app.get("/metrics").await;
    res.assert_problem(401, "unauthorized");
    assert!(res.header("www-authenticate").is_some());
    let res = app
        .call(TestRequest::get().uri("/metrics").insert_header(("Authorization", "Bearer wrong-token-of-some-length")))
        .await;
    res.assert_problem(401, "unauthorized");

    let res =
        app.call(TestRequest::get().uri("/metrics").insert_header(("Authorization", format!("Bearer {token}")))).await;
    assert_eq!(res.status, 200);
    let text = String::from_utf8(res.body.to_vec()).expect("text");
    assert!(text.contains("http_requests_total"), "{text}");
    assert!(text.contains("route=\"/api/v1/reference\""), "requests are labelled by route pattern");
    assert!(text.contains("http_request_duration_seconds_bucket"), "latency is a histogram");
    assert!(text.contains("db_pool_connections"), "pool state is exported");
    // Every family says what it is (`# HELP` beside `# TYPE`), and the build is named.
    let families: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("# TYPE ")?.split(' ').next()).collect();
    assert!(families.len() >= 6, "{text}");
    for family in families {
        assert!(text.lines().any(|l| l.starts_with(&format!("# HELP {family} "))), "no # HELP for {family}:\n{text}");
    }
    let version = format!("lienhiep_build_info{{version=\"{}\"}} 1", env!("CARGO_PKG_VERSION"));
    assert!(text.lines().any(|l| l == version), "{version} in:\n{text}");

    let public = TestApp::spawn_with(|c| c.metrics_public = true).await;
    assert_eq!(public.get("/metrics").await.status, 200);
}

#[actix_web::test]
async fn every_answer_carries_a_request_id_and_a_sane_incoming_one_is_kept() {
    let app = TestApp::spawn().await;
    let res = app.call(TestRequest::get().uri("/healthz").insert_header(("X-Request-Id", "client-42.abc_DEF"))).await;
    assert_eq!(res.header("x-request-id"), Some("client-42.abc_DEF"));

    let res = app.call(TestRequest::get().uri("/nowhere").insert_header(("X-Request-Id", "bad id\twith spaces"))).await;
    let problem = res.assert_problem(404, "not_found");
    let id = problem["request_id"].as_str().expect("id");
    assert_ne!(id, "bad id\twith spaces");
    assert!(uuid::Uuid::parse_str(id).is_ok(), "a fresh UUID replaces an unusable id");
}

#[actix_web::test]
async fn baseline_security_headers_are_set() {
    let app = TestApp::spawn().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(res.header("x-frame-options"), Some("DENY"));
    assert_eq!(res.header("referrer-policy"), Some("no-referrer"));
    assert!(res.header("content-security-policy").is_some_and(|v| v.contains("default-src 'none'")));
    assert_eq!(res.header("cache-control"), Some("no-store"));
}

#[actix_web::test]
async fn cors_allows_only_configured_origins_and_never_credentials() {
    let app = TestApp::spawn_with(|c| c.cors_origins = CorsOrigins::List(vec!["https://app.example.org".into()])).await;
    let preflight = TestRequest::default()
        .method(actix_web::http::Method::OPTIONS)
        .uri("/api/v1/reference")
        .insert_header(("Origin", "https://app.example.org"))
        .insert_header(("Access-Control-Request-Method", "GET"));
    let res = app.call(preflight).await;
    assert!(res.status.is_success(), "{:?}", res.status);
    assert_eq!(res.header("access-control-allow-origin"), Some("https://app.example.org"));
    assert_eq!(res.header("access-control-allow-credentials"), None);

    let res =
        app.call(TestRequest::get().uri("/api/v1/reference").insert_header(("Origin", "https://evil.example"))).await;
    assert_eq!(res.header("access-control-allow-origin"), None, "other origins get no CORS grant");

    let none = TestApp::spawn().await;
    let res = none
        .call(TestRequest::get().uri("/api/v1/reference").insert_header(("Origin", "https://app.example.org")))
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.header("access-control-allow-origin"), None, "no CORS unless configured");
}

#[actix_web::test]
async fn docs_are_served_from_the_binary() {
    let app = TestApp::spawn().await;
    let res = app.get("/docs").await;
    assert_eq!(res.status, 308);
    assert_eq!(res.header("location"), Some("/docs/"));
    let res = app.get("/docs/").await;
    assert_eq!(res.status, 200);
    assert!(String::from_utf8_lossy(&res.body).contains("swagger-ui"));
    let res = app.get("/docs/swagger-initializer.js").await;
    assert_eq!(res.status, 200);
    assert!(String::from_utf8_lossy(&res.body).contains("/api/v1/openapi.json"));
    let res = app.get("/docs/swagger-ui-bundle.js").await;
    assert_eq!(res.status, 200, "the Swagger UI bundle is vendored, not fetched");
}

/// The metrics recorder keeps every latency sample until its histograms fold them in: a
/// thread does it every few seconds, so that a service nobody scrapes does not hold more
/// memory for every request it answered.
#[actix_web::test]
async fn a_thread_folds_the_latency_samples_in() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz").await.status, 200);
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        eprintln!("skipped: no /proc to list this process's threads");
        return;
    };
    let names: Vec<String> = tasks
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .map(|n| n.trim().to_owned())
        .collect();
    assert!(
        names.iter().any(|n| n == lienhiep::telemetry::UPKEEP_THREAD),
        "no '{}' thread among {names:?}",
        lienhiep::telemetry::UPKEEP_THREAD
    );
}
