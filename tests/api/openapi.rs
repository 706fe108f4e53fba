//! The OpenAPI document: committed, served and generated are the same.

use std::path::PathBuf;

use crate::helpers::TestApp;

fn committed() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi/openapi.json");
    std::fs::read_to_string(&path).unwrap_or_default()
}

#[test]
fn committed_openapi_document_matches_the_code() {
    let generated = lienhiep::openapi::document_json();
    assert!(
        committed() == generated,
        "openapi/openapi.json is out of date with the code. Regenerate it with:\n\n    \
         cargo run -- openapi > openapi/openapi.json\n\nand commit the result."
    );
}

#[actix_web::test]
async fn served_openapi_document_is_the_committed_one() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/openapi.json").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.header("content-type"), Some("application/json"));
    let served: serde_json::Value = res.json();
    let committed: serde_json::Value = serde_json::from_str(&committed()).expect("committed document is JSON");
    assert!(served == committed, "the served document differs from openapi/openapi.json; regenerate the file");
    assert_eq!(served["openapi"], "3.1.0");
}

#[test]
fn every_operation_has_an_id_a_summary_and_problem_error_responses() {
    let doc: serde_json::Value = serde_json::from_str(&lienhiep::openapi::document_json()).expect("JSON");
    let components = &doc["components"]["responses"];
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            operations += 1;
            let where_ = format!("{method} {path}");
            assert!(op["operationId"].as_str().is_some_and(|s| !s.is_empty()), "{where_}: operationId");
            assert!(op["summary"].as_str().is_some_and(|s| !s.is_empty()), "{where_}: summary");
            let responses = op["responses"].as_object().expect("responses");
            assert!(responses.contains_key("500"), "{where_}: documents 500");
            for (status, response) in responses {
                if !status.starts_with('4') && !status.starts_with('5') {
                    continue;
                }
                let oauth = ["create_token", "revoke_token"].contains(&op["operationId"].as_str().unwrap_or(""));
                if oauth && response.get("$ref").is_none() {
                    // The OAuth 2 token endpoint answers RFC 6749 errors, by design.
                    assert!(response["content"]["application/json"].is_object(), "{where_}: OAuth error body");
                    continue;
                }
                let name =
                    response["$ref"].as_str().and_then(|r| r.rsplit('/').next()).expect("error responses are shared");
                let content = &components[name]["content"];
                assert!(content.get("application/problem+json").is_some(), "{where_} {status}: problem+json");
            }
        }
    }
    assert!(operations >= 6);
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object(), "bearer scheme is ready");
}

#[test]
fn every_reference_in_the_document_resolves() {
    use serde_json::Value;
    fn walk<'a>(v: &'a Value, refs: &mut Vec<&'a str>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    refs.push(r);
                }
                map.values().for_each(|x| walk(x, refs));
            }
            Value::Array(items) => items.iter().for_each(|x| walk(x, refs)),
            _ => {}
        }
    }
    let doc: Value = serde_json::from_str(&lienhiep::openapi::document_json()).expect("json");
    let mut refs = Vec::new();
    walk(&doc, &mut refs);
    assert!(refs.len() > 50);
    for r in refs {
        let pointer = r.strip_prefix('#').expect("local reference");
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
}
