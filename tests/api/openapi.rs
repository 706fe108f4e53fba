//! The OpenAPI document: committed, served and generated are the same.

use std::path::PathBuf;

use crate::helpers::TestApp;

fn committed() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi/openapi.json");
    std::fs::read_to_string(&path).unwrap_or_default()
}

#[test]
fn committed_openapi_document_matches_the_code() {
    let generated = lienhiep::router::document_json();
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
    let doc: serde_json::Value = serde_json::from_str(&lienhiep::router::document_json()).expect("JSON");
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
    let doc: Value = serde_json::from_str(&lienhiep::router::document_json()).expect("json");
    let mut refs = Vec::new();
    walk(&doc, &mut refs);
    assert!(refs.len() > 50);
    for r in refs {
        let pointer = r.strip_prefix('#').expect("local reference");
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
}

#[test]
fn every_create_links_to_what_it_created() {
    let doc: serde_json::Value = serde_json::from_str(&lienhiep::router::document_json()).expect("JSON");
    let paths = doc["paths"].as_object().expect("paths");
    let operation_ids: std::collections::BTreeSet<&str> = paths
        .values()
        .flat_map(|item| item.as_object().expect("path item").values())
        .filter_map(|op| op["operationId"].as_str())
        .collect();
    let mut creates = 0;
    for (path, item) in paths {
        let Some(created) = item["post"]["responses"].get("201") else {
            continue;
        };
        if created["headers"].get("Location").is_none() {
            continue;
        }
        creates += 1;
        let links = created["links"].as_object().unwrap_or_else(|| panic!("POST {path}: 201 without links"));
        assert!(!links.is_empty(), "POST {path}: no links");
        for (name, link) in links {
            let target = link["operationId"].as_str().expect("operationId");
            assert!(operation_ids.contains(target), "POST {path}: link {name} names no operation");
            for (param, value) in link["parameters"].as_object().expect("parameters") {
                let value = value.as_str().expect("expression");
                let from_path = value.strip_prefix("$request.path.");
                assert!(
                    value.starts_with("$response.body#/")
                        || from_path.is_some_and(|p| path.contains(&format!("{{{p}}}"))),
                    "POST {path}: link {name} fills {param} from {value}"
                );
            }
        }
    }
    assert!(creates >= 20, "{creates} creates");
    // The created expert assignment is addressed by its id, a created draft by its number.
    let experts = &paths["/api/v1/advisory-opinions/{id}/experts"]["post"]["responses"]["201"]["links"];
    let get_expert = experts.as_object().expect("links").values().find(|l| {
        l["operationId"].as_str().is_some_and(|id| id.starts_with("get")) && l["parameters"].get("expert_id").is_some()
    });
    let get_expert = get_expert.expect("a link to the expert's GET");
    assert_eq!(get_expert["parameters"]["expert_id"], "$response.body#/id");
    assert_eq!(get_expert["parameters"]["id"], "$request.path.id");
    let drafts = &paths["/api/v1/advisory-opinions/{id}/drafts"]["post"]["responses"]["201"]["links"];
    assert!(drafts.as_object().expect("links").values().any(|l| l["parameters"]["number"] == "$response.body#/number"));
}

/// What `value` is, following its `$ref` within the document.
fn resolve<'a>(doc: &'a serde_json::Value, value: &'a serde_json::Value) -> &'a serde_json::Value {
    match value["$ref"].as_str().and_then(|r| r.strip_prefix("#/")) {
        Some(path) => path.split('/').fold(doc, |at, key| &at[key]),
        None => value,
    }
}

/// What generated clients need to type every call without a cast: each success status has one
/// body (one media type: a CSV or XLSX download is an operation of its own), every operation
/// that takes the access token also names the OAuth 2 scheme (whose flows say where to get
/// it), every authenticated write declares the `Idempotency-Key` the service honours on it,
/// every operation the headers every request may send and every answer carries, an open
/// operation no requirement, a JSON body beside files an object, a page the paging parameters
/// and `Link`, and the document says where the service is.
#[test]
fn generated_clients_get_one_typed_body_per_status_and_every_header() {
    let doc: serde_json::Value = serde_json::from_str(&lienhiep::router::document_json()).expect("JSON");
    let mut downloads = 0;
    let mut pages = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            let where_ = format!("{method} {path}");
            for (status, response) in op["responses"].as_object().expect("responses") {
                if let Some(content) = response["content"].as_object().filter(|_| status.starts_with('2')) {
                    assert_eq!(content.len(), 1, "{where_} {status}: one media type, not {:?}", content.keys());
                    downloads += usize::from(!content.contains_key("application/json"));
                }
            }
            let headers: Vec<&str> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| resolve(&doc, p))
                .filter(|p| p["in"] == "header")
                .filter_map(|p| p["name"].as_str())
                .collect();
            let security: Vec<String> = op["security"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|r| r.as_object().into_iter().flat_map(|o| o.keys().cloned()))
                .collect();
            if security.iter().any(|s| s == "bearer") {
                assert!(security.iter().any(|s| s == "oauth2"), "{where_}: oauth2 beside bearer");
                if method != "get" {
                    assert!(headers.contains(&"Idempotency-Key"), "{where_}: Idempotency-Key declared");
                }
            }
            assert!(headers.contains(&"Accept-Language"), "{where_}: Accept-Language declared");
            // Open to all: no requirement at all. One empty requirement (`[{}]`) reads to
            // generators as "a token is required".
            assert_ne!(op["security"], serde_json::json!([{}]), "{where_}: security [] for an open operation");
            // A JSON body beside other media types is an object: openapi-python-client tells the
            // body's kind by `isinstance`, which fails on a `list[…]` type.
            if let Some(content) = op["requestBody"]["content"].as_object().filter(|c| c.len() > 1) {
                let json = resolve(&doc, &content["application/json"]["schema"]);
                assert_ne!(json["type"], "array", "{where_}: a JSON body beside files is an object");
            }
            // A page (`next_cursor`) takes the paging parameters every list takes and links the
            // next page. A change feed's cursor is where a reader stands, not a page: it has no
            // total.
            let ok = resolve(&doc, &op["responses"]["200"]);
            let paged =
                resolve(&doc, &ok["content"]["application/json"]["schema"])["properties"]["next_cursor"].is_object();
            if paged && !path.ends_with("/changes") {
                let query: Vec<&str> = op["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| resolve(&doc, p))
                    .filter(|p| p["in"] == "query")
                    .filter_map(|p| p["name"].as_str())
                    .collect();
                for name in ["limit", "cursor", "include_total"] {
                    assert!(query.contains(&name), "{where_}: a page takes {name}");
                }
                assert!(ok["headers"]["Link"].is_object(), "{where_}: a page declares Link");
                pages += 1;
            }
            for (status, response) in op["responses"].as_object().expect("responses") {
                let response = resolve(&doc, response);
                for name in ["X-Request-Id", "Content-Language"] {
                    assert!(response["headers"][name].is_object(), "{where_} {status}: {name} declared");
                }
            }
        }
    }
    assert!(downloads >= 8, "the CSV and XLSX downloads are operations of their own ({downloads})");
    assert!(pages >= 12, "every paged list is checked ({pages})");
    let flows = &doc["components"]["securitySchemes"]["oauth2"]["flows"];
    assert_eq!(flows["password"]["tokenUrl"], "/api/v1/auth/token");
    assert_eq!(flows["clientCredentials"]["tokenUrl"], "/api/v1/auth/token");
    assert_eq!(doc["servers"][0]["url"], "/");
}

/// Every deprecation names an operation of the document: a deprecated operation or parameter is
/// marked so there; an answer kept for older clients is one the contract no longer names, and
/// its successor is an operation that answers it.
#[test]
fn every_deprecation_names_what_the_document_has() {
    use lienhiep::api::deprecation::{Deprecated, DEPRECATIONS};
    let doc: serde_json::Value = serde_json::from_str(&lienhiep::router::document_json()).expect("JSON");
    for d in DEPRECATIONS {
        let op = &doc["paths"][d.path][d.method.to_lowercase()];
        assert!(op.is_object(), "{} {}: no such operation", d.method, d.path);
        assert!(chrono::NaiveDate::parse_from_str(d.since, "%Y-%m-%d").is_ok(), "{}: since", d.path);
        match d.what {
            Deprecated::Operation => assert_eq!(op["deprecated"], true, "{}", d.path),
            Deprecated::Parameter(name) => {
                let params = op["parameters"].as_array().expect("parameters");
                assert!(params.iter().any(|p| p["name"] == name && p["deprecated"] == true), "{} {name}", d.path);
            }
            Deprecated::Answer(media) => {
                assert!(op["responses"]["200"]["content"].get(media).is_none(), "{} names {media}", d.path);
                let successor = format!("{}{}", d.path, d.successor_suffix);
                let content = &doc["paths"][&successor][d.method.to_lowercase()]["responses"]["200"]["content"];
                assert!(content.as_object().is_some_and(|c| !c.is_empty()), "{successor} answers the file");
            }
        }
    }
}
