//! Login, tokens and `/api/v1/me`.

use actix_web::test::TestRequest;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use lienhiep::auth::keys::AuthKeys;
use lienhiep::auth::tokens::Claims;
use lienhiep::auth::Role;
use serde_json::json;

use crate::helpers::{json, TestApp};

const PASSWORD: &str = "a long passphrase 42";

fn form(body: &str) -> TestRequest {
    TestRequest::post()
        .uri("/api/v1/auth/token")
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(body.to_owned())
}

#[actix_web::test]
async fn login_with_a_form_returns_a_bearer_token_that_me_accepts() {
    let app = TestApp::spawn().await;
    let id = app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let res = app.call(form("grant_type=password&username=an.nguyen&password=a+long+passphrase+42")).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.header("cache-control"), Some("no-store"));
    let body = res.json();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 900);
    let token = body["access_token"].as_str().expect("token");

    let me = app
        .call(TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", format!("Bearer {token}"))))
        .await;
    assert_eq!(me.status, 200);
    let me = me.json();
    assert_eq!(me["user_id"], id);
    assert_eq!(me["subject"], format!("user:{id}"));
    assert_eq!(me["name"], "an.nguyen");
    assert_eq!(me["roles"], json!(["staff"]));

    // The claims carry what the README lists ("First steps").
    let payload = token.split('.').nth(1).expect("payload");
    let claims: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("json");
    for claim in ["sub", "roles", "association_ids", "iss", "aud", "exp", "iat", "nbf", "jti"] {
        assert!(claims.get(claim).is_some(), "claim {claim}");
    }
}

#[actix_web::test]
async fn login_with_json_works_too() {
    let app = TestApp::spawn().await;
    app.create_user("binh.tran", PASSWORD, &[Role::Admin], &[]).await;
    let res = app
        .call(json(
            TestRequest::post().uri("/api/v1/auth/token"),
            json!({"grant_type": "password", "username": "binh.tran", "password": PASSWORD}),
        ))
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
}

#[actix_web::test]
async fn wrong_password_and_unknown_user_get_the_same_oauth_error() {
    let app = TestApp::spawn().await;
    app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let wrong = app.call(form("grant_type=password&username=an.nguyen&password=wrong+password+here")).await;
    let unknown = app.call(form("grant_type=password&username=nobody.here&password=wrong+password+here")).await;
    for res in [&wrong, &unknown] {
        assert_eq!(res.status, 400);
        assert_eq!(res.header("content-type"), Some("application/json"));
        assert_eq!(
            res.json(),
            json!({"error": "invalid_grant", "error_description": "the username or password is wrong"})
        );
    }
}

#[actix_web::test]
async fn token_endpoint_errors_are_rfc_6749_json() {
    let app = TestApp::spawn().await;
    let cases = [
        (form("grant_type=client_secret_jwt"), "unsupported_grant_type"),
        (form("grant_type=password&username=a"), "invalid_request"),
        (form(""), "invalid_request"),
        (form("%zz=1"), "invalid_request"),
        (
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .insert_header(("Content-Type", "text/plain"))
                .set_payload("x"),
            "invalid_request",
        ),
        (json(TestRequest::post().uri("/api/v1/auth/token"), json!({"grant_type": 5})), "invalid_request"),
    ];
    for (req, error) in cases {
        let res = app.call(req).await;
        assert_eq!(res.status, 400, "{:?}", res.body);
        let body = res.json();
        assert_eq!(body["error"], error, "{body}");
        assert!(body["error_description"].as_str().is_some_and(|d| !d.is_empty()));
        assert!(body.get("status").is_none(), "not a problem document");
    }
}

/// A token signed with `keys_secret`; the header names the key unless it names one already.
fn token_with(keys_secret: &[u8], mut header: Header, mutate: impl FnOnce(&mut Claims)) -> String {
    header.kid.get_or_insert_with(|| lienhiep::domain::national_id::key_id(keys_secret));
    let now = chrono::Utc::now().timestamp();
    let mut claims = Claims {
        sub: "user:1".into(),
        name: "x".into(),
        roles: vec!["admin".into()],
        association_ids: vec![],
        person_id: None,
        must_change_password: false,
        iss: "lienhiep".into(),
        aud: "lienhiep-api".into(),
        exp: now + 600,
        iat: now,
        nbf: now,
        jti: "j".into(),
    };
    mutate(&mut claims);
    jsonwebtoken::encode(&header, &claims, &EncodingKey::from_secret(keys_secret)).expect("encode")
}

#[actix_web::test]
async fn forged_expired_and_foreign_tokens_get_401() {
    let app = TestApp::spawn().await;
    let secret = b"a-secret-that-the-test-app-knows-32b";
    // An app whose key we know, to sign tokens that are right except for one thing.
    let app = TestApp::new(
        actix_web::web::Data::new(lienhiep::state::AppState {
            keys: std::sync::Arc::new(AuthKeys::from_secret(
                secret,
                "lienhiep",
                "lienhiep-api",
                std::time::Duration::from_secs(900),
            )),
            ..(**app.state).clone()
        }),
        app.db,
    );
    let good = token_with(secret, Header::new(Algorithm::HS256), |_| {});
    let me = |token: String| {
        TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", format!("Bearer {token}")))
    };
    assert_eq!(app.call(me(good.clone())).await.status, 200, "the control token is accepted");

    let none_header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = good.split('.').nth(1).expect("payload").to_owned();
    let alg_none = format!("{none_header}.{payload}.");
    let wrong_signature = token_with(b"another-secret-of-thirty-two-bytes!!", Header::new(Algorithm::HS256), |_| {});
    let wrong_iss = token_with(secret, Header::new(Algorithm::HS256), |c| c.iss = "someone-else".into());
    let wrong_aud = token_with(secret, Header::new(Algorithm::HS256), |c| c.aud = "another-api".into());
    let expired = token_with(secret, Header::new(Algorithm::HS256), |c| {
        c.exp = chrono::Utc::now().timestamp() - 3600;
        c.iat = c.exp - 900;
        c.nbf = c.iat;
    });
    let not_yet = token_with(secret, Header::new(Algorithm::HS256), |c| c.nbf = chrono::Utc::now().timestamp() + 3600);
    let hs512 = token_with(secret, Header::new(Algorithm::HS512), |_| {});
    let no_kid = {
        let claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(good.split('.').nth(1).expect("payload")).expect("base64"))
                .expect("claims");
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &EncodingKey::from_secret(secret))
            .expect("encode")
    };
    let mut other_kid = Header::new(Algorithm::HS256);
    other_kid.kid = Some("a-key-we-never-had".into());
    let other_kid = token_with(secret, other_kid, |_| {});
    for (what, token) in [
        ("alg none", alg_none),
        ("wrong signature", wrong_signature),
        ("wrong iss", wrong_iss),
        ("wrong aud", wrong_aud),
        ("expired", expired),
        ("not yet valid", not_yet),
        ("another algorithm", hs512),
        ("no kid: signed right, but naming no key", no_kid),
        ("a kid that is not ours", other_kid),
        ("garbage", "not.a.token".into()),
    ] {
        let res = app.call(me(token)).await;
        res.assert_problem(401, "unauthorized");
        assert!(res.header("www-authenticate").is_some_and(|v| v.starts_with("Bearer")), "{what}");
    }
    let res = app.call(TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", "Basic YTpi"))).await;
    res.assert_problem(401, "unauthorized");
    app.get("/api/v1/me").await.assert_problem(401, "unauthorized");
}
