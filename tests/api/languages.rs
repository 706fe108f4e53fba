//! Problems in the caller's language: with `Accept-Language: vi` every problem's title,
//! detail and field messages are Vietnamese (the English specifics in brackets), English
//! otherwise; `Content-Language` says which. Every problem code and every field-error code the
//! code can produce has both catalogues' entries.

use std::path::PathBuf;

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::messages;
use serde_json::json;

use crate::helpers::{json, TestApp};

const VI: (&str, &str) = ("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");

/// One request for each kind of problem a client meets, with its status and code.
async fn each_kind(app: &TestApp, name: &str) -> Vec<(TestRequest, &'static [Role], u16, &'static str)> {
    let res = app
        .call_as(
            &[Role::Admin],
            &[],
            json(TestRequest::post().uri("/api/v1/associations"), json!({"name": name, "kind": "member_association"})),
        )
        .await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let id = res.json()["id"].as_i64().expect("id");
    let admin: &'static [Role] = &[Role::Admin];
    let uri = format!("/api/v1/associations/{id}");
    vec![
        (
            TestRequest::post()
                .uri("/api/v1/associations")
                .insert_header(("Content-Type", "application/json"))
                .set_payload("{"),
            admin,
            400,
            "bad_request",
        ),
        (TestRequest::get().uri("/api/v1/users"), &[], 401, "unauthorized"),
        (TestRequest::get().uri("/api/v1/users"), &[Role::Judge], 403, "forbidden"),
        (TestRequest::get().uri("/api/v1/associations/424242"), admin, 404, "not_found"),
        (TestRequest::put().uri("/api/v1/associations"), admin, 405, "method_not_allowed"),
        (
            json(TestRequest::post().uri("/api/v1/associations"), json!({"name": name, "kind": "member_association"})),
            admin,
            409,
            "conflict",
        ),
        (
            json(TestRequest::patch().uri(&uri), json!({"short_name": "THSL"})).insert_header(("If-Match", "\"v99\"")),
            admin,
            412,
            "precondition_failed",
        ),
        (
            TestRequest::post()
                .uri("/api/v1/associations")
                .insert_header(("Content-Type", "text/plain"))
                .set_payload("x"),
            admin,
            415,
            "unsupported_media_type",
        ),
        (
            json(
                TestRequest::post().uri("/api/v1/associations"),
                json!({"name": "", "kind": "member_association", "email": "no"}),
            ),
            admin,
            422,
            "validation_failed",
        ),
        (
            TestRequest::get().uri("/api/v1/associations").insert_header(("X-Filler", "x".repeat(20_000))),
            admin,
            431,
            "request_header_fields_too_large",
        ),
    ]
}

#[actix_web::test]
async fn problems_are_vietnamese_when_asked_and_english_otherwise() {
    let app = TestApp::spawn().await;
    let mut kinds = 0;
    for (vi, lang) in [(true, "vi"), (false, "en")] {
        for (req, roles, status, code) in each_kind(&app, &format!("Hội Tin học {lang}")).await {
            let req = if vi { req.insert_header(VI) } else { req };
            let res = if roles.is_empty() { app.call(req).await } else { app.call_as(roles, &[], req).await };
            let problem = res.assert_problem(status, code);
            assert_eq!(res.header("Content-Language"), Some(lang), "{code}");
            let title = problem["title"].as_str().expect("title");
            let detail = problem["detail"].as_str().expect("detail");
            assert_eq!(title, messages::title(if vi { messages::Lang::Vi } else { messages::Lang::En }, code));
            if vi {
                assert_ne!(title, messages::title(messages::Lang::En, code), "{code}: a Vietnamese title");
                assert!(
                    detail.ends_with(')') && detail.contains(" ("),
                    "{code}: Vietnamese, then the specifics: {detail}"
                );
                for error in problem["errors"].as_array().into_iter().flatten() {
                    let message = error["message"].as_str().expect("message");
                    let code = error["code"].as_str().expect("code");
                    assert!(
                        message.starts_with(messages::field(messages::Lang::Vi, code, "").trim_end_matches(" ()")),
                        "{message}"
                    );
                }
            } else {
                assert!(!detail.contains("Không"), "{code}: English: {detail}");
            }
            if code == "validation_failed" {
                assert_eq!(problem["errors"].as_array().map(Vec::len), Some(3), "{problem}");
            }
            kinds += 1;
        }
    }
    assert_eq!(kinds, 20);
    // A successful answer says its language too.
    let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/associations").insert_header(VI)).await;
    assert_eq!((res.status.as_u16(), res.header("Content-Language")), (200, Some("vi")));
}

/// The string literal that `call(…)`'s argument number `index` (from 0) is, at each call in
/// `text`, when it is one.
fn literal_args(text: &str, call: &str, index: usize) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(call) {
        let mut depth = 0;
        let mut arg = 0;
        let mut current = String::new();
        let mut chars = text[at + call.len()..].chars();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match c {
                '"' if depth == 0 || in_string => {
                    in_string = !in_string;
                    current.push(c);
                }
                '\\' if in_string => {
                    current.push(c);
                    current.extend(chars.next());
                }
                _ if in_string => current.push(c),
                '(' | '[' | '{' => {
                    depth += 1;
                    current.push(c);
                }
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => {
                    depth -= 1;
                    current.push(c);
                }
                ',' if depth == 0 => {
                    if arg == index {
                        break;
                    }
                    arg += 1;
                    current.clear();
                }
                _ => current.push(c),
            }
        }
        let current = current.trim();
        if arg == index {
            if let Some(code) = current.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
                found.push(code.to_owned());
            }
        }
    }
    found
}

/// The field-error codes the source writes literally: given to `FieldError::new`,
/// `ApiError::invalid`, a validator's `error`, or a file's `row_error`.
fn codes_in_source() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root];
    let mut codes = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).expect("dir").map(|e| e.expect("entry").path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source");
            codes.extend(literal_args(&text, "FieldError::new(", 1));
            codes.extend(literal_args(&text, "ApiError::invalid(", 1));
            codes.extend(literal_args(&text, " error(", 0));
            codes.extend(literal_args(&text, "row_error(", 3));
        }
    }
    codes.retain(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_error_code_has_both_languages() {
    let codes = codes_in_source();
    assert!(codes.len() >= 25 && codes.iter().any(|c| c == "required"), "the scan finds the codes: {codes:?}");
    // The validator's own rules, named by the derive rather than written out.
    for code in codes.iter().map(String::as_str).chain(["length", "range", "email", "url", "required"]) {
        assert!(messages::has_field(code), "field-error code {code:?} needs an entry in both catalogues (messages)");
    }
    for status in [400, 401, 403, 404, 405, 408, 409, 410, 412, 413, 415, 422, 429, 431, 500, 503, 418] {
        let status = actix_web::http::StatusCode::from_u16(status).expect("status");
        let code = lienhiep::error::ApiError::from_status(status, None).code();
        assert!(messages::has_problem(code), "problem code {code:?} needs an entry in both catalogues");
    }
}

/// The field-error codes in the docs are the catalogues'.
#[test]
fn the_docs_list_every_field_error_code() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/api/errors.md");
    let doc = std::fs::read_to_string(&path).expect("docs/api/errors.md");
    let (start, end) = ("<!-- field-codes:start -->\n", "<!-- field-codes:end -->");
    let (Some(a), Some(b)) = (doc.find(start), doc.find(end)) else {
        panic!("docs/api/errors.md needs {start:?} and {end:?}")
    };
    let mut table = String::from("| code | the rule | in Vietnamese |\n|---|---|---|\n");
    for (code, en, vi) in messages::field_codes() {
        table.push_str(&format!("| `{code}` | {en} | {vi} |\n"));
    }
    if doc[a + start.len()..b] != table {
        if std::env::var("LIENHIEP_UPDATE_DOCS").is_ok() {
            std::fs::write(&path, format!("{}{}{}", &doc[..a + start.len()], table, &doc[b..])).expect("write");
        } else {
            panic!("the field-error codes of docs/api/errors.md are out of date; run: LIENHIEP_UPDATE_DOCS=1 cargo test languages");
        }
    }
}
