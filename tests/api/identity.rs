//! Identity and access: refresh tokens, machine clients, user administration, throttling,
//! key rotation and the audit-log API.

use actix_web::test::TestRequest;
use base64::Engine;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::{json, TestApp, TestResponse};

const PASSWORD: &str = "a long passphrase 42";

fn form(uri: &str, body: &str) -> TestRequest {
    TestRequest::post()
        .uri(uri)
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(body.to_owned())
}

async fn login(app: &TestApp, username: &str, password: &str) -> TestResponse {
    let body =
        serde_urlencoded::to_string([("grant_type", "password"), ("username", username), ("password", password)])
            .expect("form");
    app.call(form("/api/v1/auth/token", &body).peer_addr("10.1.2.3:5000".parse().expect("addr"))).await
}

async fn refresh(app: &TestApp, token: &str) -> TestResponse {
    let body = serde_urlencoded::to_string([("grant_type", "refresh_token"), ("refresh_token", token)]).expect("form");
    app.call(form("/api/v1/auth/token", &body)).await
}

fn bearer(token: &Value) -> String {
    format!("Bearer {}", token["access_token"].as_str().expect("access token"))
}

#[actix_web::test]
async fn refresh_rotates_and_a_reused_token_revokes_its_family() {
    let app = TestApp::spawn().await;
    app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let first = login(&app, "an.nguyen", PASSWORD).await.json();
    let r1 = first["refresh_token"].as_str().expect("refresh token").to_owned();

    let second = refresh(&app, &r1).await;
    assert_eq!(second.status, 200, "{:?}", second.body);
    let second = second.json();
    let r2 = second["refresh_token"].as_str().expect("rotated").to_owned();
    assert_ne!(r1, r2);
    let me = app.call(TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", bearer(&second)))).await;
    assert_eq!(me.status, 200);

    // r1 was rotated: presenting it again is theft; the whole family dies, r2 included.
    let reused = refresh(&app, &r1).await;
    assert_eq!(reused.status, 400);
    assert_eq!(reused.json()["error"], "invalid_grant");
    let after = refresh(&app, &r2).await;
    assert_eq!(after.json()["error"], "invalid_grant", "the family is revoked");

    // Another login is a new family and works.
    let third = login(&app, "an.nguyen", PASSWORD).await.json();
    assert_eq!(refresh(&app, third["refresh_token"].as_str().expect("token")).await.status, 200);
}

#[actix_web::test]
async fn revoke_ends_a_login_and_answers_200_for_unknown_tokens() {
    let app = TestApp::spawn().await;
    app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let tokens = login(&app, "an.nguyen", PASSWORD).await.json();
    let r = tokens["refresh_token"].as_str().expect("token");
    let res = app.call(form("/api/v1/auth/revoke", &format!("token={r}&token_type_hint=refresh_token"))).await;
    assert_eq!(res.status, 200);
    assert_eq!(refresh(&app, r).await.json()["error"], "invalid_grant");
    assert_eq!(app.call(form("/api/v1/auth/revoke", "token=never-issued")).await.status, 200);
    assert_eq!(app.call(form("/api/v1/auth/revoke", "")).await.json()["error"], "invalid_request");
}

#[actix_web::test]
async fn a_disabled_users_refresh_fails_at_once_and_login_too() {
    let app = TestApp::spawn().await;
    let id = app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let tokens = login(&app, "an.nguyen", PASSWORD).await.json();
    let res = app.call_as(&[Role::Admin], &[], TestRequest::post().uri(&format!("/api/v1/users/{id}/disable"))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["enabled"], false);
    let r = refresh(&app, tokens["refresh_token"].as_str().expect("token")).await;
    assert_eq!(r.json()["error"], "invalid_grant");
    assert_eq!(login(&app, "an.nguyen", PASSWORD).await.json()["error"], "invalid_grant");

    let res = app.call_as(&[Role::Admin], &[], TestRequest::post().uri(&format!("/api/v1/users/{id}/enable"))).await;
    assert_eq!(res.json()["enabled"], true);
    assert_eq!(login(&app, "an.nguyen", PASSWORD).await.status, 200);
    assert_eq!(app.audit_count("user", id), 3, "create, disable, enable");
}

#[actix_web::test]
async fn the_sixth_bad_password_in_a_row_answers_429_with_retry_after() {
    let app = TestApp::spawn().await;
    app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    for attempt in 1..=5 {
        let res = login(&app, "an.nguyen", "wrong password here").await;
        assert_eq!(res.status, 400, "attempt {attempt}");
    }
    let sixth = login(&app, "an.nguyen", "wrong password here").await;
    assert_eq!(sixth.status, 429);
    assert_eq!(sixth.json()["error"], "temporarily_unavailable");
    let wait: u64 = sixth.header("retry-after").expect("Retry-After").parse().expect("seconds");
    assert!((1..=900).contains(&wait), "{wait}");
    let right = login(&app, "an.nguyen", PASSWORD).await;
    assert_eq!(right.status, 429, "even the right password waits while throttled");

    // Unknown usernames are throttled the same way.
    for _ in 0..5 {
        login(&app, "nobody", "wrong password here").await;
    }
    assert_eq!(login(&app, "nobody", "wrong password here").await.status, 429);
}

#[actix_web::test]
async fn concurrent_guesses_are_counted_as_they_arrive_and_at_most_the_limit_are_checked() {
    let app = TestApp::spawn_with(|c| c.login_throttle.max_per_address = 1_000).await;
    app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let guesses = (0..30).map(|_| login(&app, "an.nguyen", "wrong password here"));
    let answers = futures_util::future::join_all(guesses).await;
    let checked = answers.iter().filter(|r| r.status == 400).count();
    assert_eq!(checked + answers.iter().filter(|r| r.status == 429).count(), 30);
    assert!(checked <= 5, "{checked} of 30 concurrent guesses were checked; the limit is 5");
    // Every checked guess counted and no refused one did: exactly 5 - checked more are checked.
    let mut more = 0;
    while login(&app, "an.nguyen", "wrong password here").await.status == 400 {
        more += 1;
        assert!(more <= 5, "the limit does not hold");
    }
    assert_eq!(checked + more, 5, "{checked} in the burst, {more} after");
}

#[actix_web::test]
async fn many_failures_from_one_address_are_throttled_too() {
    let app = TestApp::spawn_with(|c| c.login_throttle.max_per_address = 3).await;
    for name in ["a.one", "a.two", "a.three"] {
        assert_eq!(login(&app, name, "wrong password here").await.status, 400);
    }
    assert_eq!(login(&app, "a.four", "wrong password here").await.status, 429);
}

#[actix_web::test]
async fn machine_clients_get_tokens_by_body_or_basic_and_a_statistics_reader_is_refused_every_write() {
    let app = TestApp::spawn().await;
    let created = app
        .call_as(
            &[Role::Admin],
            &[],
            json(
                TestRequest::post().uri("/api/v1/api-clients"),
                json!({"name": "Sở KH&CN", "roles": ["statistics_reader"]}),
            ),
        )
        .await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let client = created.json();
    let (client_id, secret) =
        (client["client_id"].as_str().expect("id"), client["client_secret"].as_str().expect("secret"));
    let pk = client["id"].as_i64().expect("pk");
    let listed = app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/api-clients")).await.json();
    assert!(!listed.to_string().contains(secret), "the secret is never shown again");

    let by_body = app
        .call(form(
            "/api/v1/auth/token",
            &format!("grant_type=client_credentials&client_id={client_id}&client_secret={secret}"),
        ))
        .await;
    assert_eq!(by_body.status, 200, "{:?}", by_body.body);
    assert!(by_body.json().get("refresh_token").is_none(), "no refresh token for machines");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{secret}"));
    let by_basic = app
        .call(
            form("/api/v1/auth/token", "grant_type=client_credentials")
                .insert_header(("Authorization", format!("Basic {basic}"))),
        )
        .await;
    assert_eq!(by_basic.status, 200);
    let token = bearer(&by_basic.json());

    let me =
        app.call(TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", token.clone()))).await.json();
    assert_eq!(me["subject"], format!("client:{client_id}"));
    assert_eq!(me["roles"], json!(["statistics_reader"]));

    let association = create_ok(&app, "Hội Tin học").await;
    let writes = [
        json(TestRequest::post().uri("/api/v1/associations"), json!({"name": "Hội X", "kind": "member_association"})),
        json(TestRequest::patch().uri(&format!("/api/v1/associations/{association}")), json!({"short_name": "X"})),
        TestRequest::post().uri(&format!("/api/v1/associations/{association}/suspend")),
        json(
            TestRequest::post().uri(&format!("/api/v1/associations/{association}/branches")),
            json!({"name": "Chi hội A"}),
        ),
        json(
            TestRequest::post().uri("/api/v1/users"),
            json!({"username": "x.y", "password": PASSWORD, "roles": ["admin"]}),
        ),
        json(TestRequest::post().uri("/api/v1/api-clients"), json!({"name": "X", "roles": ["staff"]})),
    ];
    for req in writes {
        app.call(req.insert_header(("Authorization", token.clone()))).await.assert_problem(403, "forbidden");
    }

    let wrong = base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:wrong"));
    let res = app
        .call(
            form("/api/v1/auth/token", "grant_type=client_credentials")
                .insert_header(("Authorization", format!("Basic {wrong}"))),
        )
        .await;
    assert_eq!(res.status, 401);
    assert_eq!(res.json()["error"], "invalid_client");
    assert!(res.header("www-authenticate").is_some_and(|v| v.starts_with("Basic")));

    // Disabling the client stops new tokens; a new secret replaces the old.
    let patch = json(TestRequest::patch().uri(&format!("/api/v1/api-clients/{pk}")), json!({"enabled": false}));
    assert_eq!(app.call_as(&[Role::Admin], &[], patch).await.json()["enabled"], false);
    let res = app
        .call(form(
            "/api/v1/auth/token",
            &format!("grant_type=client_credentials&client_id={client_id}&client_secret={secret}"),
        ))
        .await;
    assert_eq!(res.status, 401);
    let patch = json(TestRequest::patch().uri(&format!("/api/v1/api-clients/{pk}")), json!({"enabled": true}));
    app.call_as(&[Role::Admin], &[], patch).await;
    let rotated = app
        .call_as(&[Role::Admin], &[], TestRequest::post().uri(&format!("/api/v1/api-clients/{pk}/secret")))
        .await
        .json();
    let new_secret = rotated["client_secret"].as_str().expect("new secret");
    let old = app
        .call(form(
            "/api/v1/auth/token",
            &format!("grant_type=client_credentials&client_id={client_id}&client_secret={secret}"),
        ))
        .await;
    assert_eq!(old.status, 401);
    let new = app
        .call(form(
            "/api/v1/auth/token",
            &format!("grant_type=client_credentials&client_id={client_id}&client_secret={new_secret}"),
        ))
        .await;
    assert_eq!(new.status, 200);
}

#[actix_web::test]
async fn an_association_system_acts_only_for_its_association() {
    let app = TestApp::spawn().await;
    let own = create_ok(&app, "Hội Khuyến học").await;
    let other = create_ok(&app, "Hội Y học").await;
    let body = json!({"name": "Hệ thống Hội Khuyến học", "roles": ["association_manager"], "association_ids": [own]});
    let client =
        app.call_as(&[Role::Admin], &[], json(TestRequest::post().uri("/api/v1/api-clients"), body)).await.json();
    let res = app
        .call(form(
            "/api/v1/auth/token",
            &format!(
                "grant_type=client_credentials&client_id={}&client_secret={}",
                client["client_id"].as_str().expect("id"),
                client["client_secret"].as_str().expect("secret")
            ),
        ))
        .await;
    let token = bearer(&res.json());
    let branch = |id: i64| {
        json(
            TestRequest::post().uri(&format!("/api/v1/associations/{id}/branches")),
            json!({"name": "Chi hội Mai Sơn"}),
        )
    };
    assert_eq!(app.call(branch(own).insert_header(("Authorization", token.clone()))).await.status, 201);
    app.call(branch(other).insert_header(("Authorization", token))).await.assert_problem(403, "forbidden");

    let bad = json!({"name": "X system", "roles": ["admin"]});
    app.call_as(&[Role::Admin], &[], json(TestRequest::post().uri("/api/v1/api-clients"), bad))
        .await
        .assert_problem(422, "validation_failed");
    let bad = json!({"name": "X system", "roles": ["association_manager"]});
    app.call_as(&[Role::Admin], &[], json(TestRequest::post().uri("/api/v1/api-clients"), bad))
        .await
        .assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn admins_manage_users_and_a_temporary_password_must_be_changed_first() {
    let app = TestApp::spawn().await;
    let association = create_ok(&app, "Hội Khuyến học").await;
    let admin = &[Role::Admin][..];
    let body = json!({"username": "binh.tran", "password": "temporary pass 123", "roles": ["association_manager"], "association_ids": [association]});
    let res = app.call_as(admin, &[], json(TestRequest::post().uri("/api/v1/users"), body)).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    let user = res.json();
    let id = user["id"].as_i64().expect("id");
    assert_eq!(user["must_change_password"], true);
    assert!(!res.body.windows(9).any(|w| w == b"temporary"), "no password in the answer");

    let bad = json!({"username": "x", "password": "short", "roles": []});
    let problem = app
        .call_as(admin, &[], json(TestRequest::post().uri("/api/v1/users"), bad))
        .await
        .assert_problem(422, "validation_failed");
    let fields: Vec<&str> =
        problem["errors"].as_array().expect("errors").iter().filter_map(|e| e["field"].as_str()).collect();
    assert_eq!(fields, ["password", "roles", "username"]);
    let dup = json!({"username": "binh.tran", "password": "another pass 123", "roles": ["staff"]});
    app.call_as(admin, &[], json(TestRequest::post().uri("/api/v1/users"), dup)).await.assert_problem(409, "conflict");

    // The temporary password logs in, but only to change it.
    let tokens = login(&app, "binh.tran", "temporary pass 123").await.json();
    let token = bearer(&tokens);
    let blocked = app
        .call(
            json(
                TestRequest::post().uri(&format!("/api/v1/associations/{association}/branches")),
                json!({"name": "Chi hội A"}),
            )
            .insert_header(("Authorization", token.clone())),
        )
        .await;
    blocked.assert_problem(403, "forbidden");
    let me =
        app.call(TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", token.clone()))).await.json();
    assert_eq!(me["must_change_password"], true);
    let weak = json!({"current_password": "temporary pass 123", "new_password": "binh.tran"});
    app.call(
        json(TestRequest::post().uri("/api/v1/me/password"), weak).insert_header(("Authorization", token.clone())),
    )
    .await
    .assert_problem(422, "validation_failed");
    let wrong = json!({"current_password": "not it at all", "new_password": "a brand new passphrase"});
    app.call(
        json(TestRequest::post().uri("/api/v1/me/password"), wrong).insert_header(("Authorization", token.clone())),
    )
    .await
    .assert_problem(422, "validation_failed");
    let change = json!({"current_password": "temporary pass 123", "new_password": "a brand new passphrase"});
    let res = app
        .call(json(TestRequest::post().uri("/api/v1/me/password"), change).insert_header(("Authorization", token)))
        .await;
    assert_eq!(res.status, 204);
    assert_eq!(
        refresh(&app, tokens["refresh_token"].as_str().expect("token")).await.json()["error"],
        "invalid_grant",
        "old sessions end"
    );
    let fresh = login(&app, "binh.tran", "a brand new passphrase").await.json();
    let ok = app
        .call(
            json(
                TestRequest::post().uri(&format!("/api/v1/associations/{association}/branches")),
                json!({"name": "Chi hội A"}),
            )
            .insert_header(("Authorization", bearer(&fresh))),
        )
        .await;
    assert_eq!(ok.status, 201);

    // Roles and scope change by merge patch; the list shows every user.
    let patch = json(
        TestRequest::patch().uri(&format!("/api/v1/users/{id}")),
        json!({"roles": ["staff"], "association_ids": null}),
    );
    let res = app.call_as(admin, &[], patch.insert_header(("If-Match", "\"v2\""))).await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    assert_eq!(res.json()["roles"], json!(["staff"]));
    let list = app.call_as(admin, &[], TestRequest::get().uri("/api/v1/users")).await.json();
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));

    // An admin resets a forgotten password: temporary again.
    let reset = json(
        TestRequest::post().uri(&format!("/api/v1/users/{id}/password")),
        json!({"password": "reset passphrase 77"}),
    );
    assert_eq!(app.call_as(admin, &[], reset).await.status, 204);
    assert!(login(&app, "binh.tran", "reset passphrase 77").await.json()["access_token"].is_string());
    let user = app.call_as(admin, &[], TestRequest::get().uri(&format!("/api/v1/users/{id}"))).await.json();
    assert_eq!(user["must_change_password"], true);

    for roles in [&[Role::Staff][..], &[Role::AssociationManager], &[Role::StatisticsReader]] {
        app.call_as(roles, &[association], TestRequest::get().uri("/api/v1/users"))
            .await
            .assert_problem(403, "forbidden");
    }
}

#[actix_web::test]
async fn the_audit_log_filters_by_actor_entity_and_time_and_pages() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Tin học").await;
    let b = create_ok(&app, "Hội Y học").await;
    let patch = json(TestRequest::patch().uri(&format!("/api/v1/associations/{a}")), json!({"short_name": "THSL"}));
    app.call_as(&[Role::Staff], &[], patch).await;
    let admin = &[Role::Admin][..];
    let get = |uri: &str| app.call_as(admin, &[], TestRequest::get().uri(uri));

    let all = get("/api/v1/audit-log").await.json();
    let items = all["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["action"], "association.update", "newest first");
    let of_a = get(&format!("/api/v1/audit-log?entity_type=association&entity_id={a}")).await.json();
    assert_eq!(of_a["items"].as_array().map(Vec::len), Some(2));
    let of_b = get(&format!("/api/v1/audit-log?entity_type=association&entity_id={b}")).await.json();
    assert_eq!(of_b["items"][0]["action"], "association.create");
    let by_actor = get("/api/v1/audit-log?actor=user:900001").await.json();
    assert_eq!(by_actor["items"].as_array().map(Vec::len), Some(3));
    let nobody = get("/api/v1/audit-log?actor=user:9").await.json();
    assert_eq!(nobody["items"].as_array().map(Vec::len), Some(0));
    let future = get("/api/v1/audit-log?from=2999-01-01T00:00:00Z").await.json();
    assert_eq!(future["items"].as_array().map(Vec::len), Some(0));
    let page = get("/api/v1/audit-log?limit=2").await.json();
    let cursor = page["next_cursor"].as_str().expect("more");
    let rest = get(&format!("/api/v1/audit-log?limit=2&cursor={cursor}")).await.json();
    assert_eq!(rest["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(rest["next_cursor"], Value::Null);
    get("/api/v1/audit-log?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
        .await
        .assert_problem(422, "validation_failed");
    app.call_as(&[Role::Staff], &[], TestRequest::get().uri("/api/v1/audit-log"))
        .await
        .assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn tokens_signed_with_the_previous_key_are_accepted_during_a_rotation() {
    use lienhiep::auth::keys::AuthKeys;
    use lienhiep::auth::tokens::{issue, TokenSubject};
    let old = AuthKeys::from_secret(
        b"the-old-secret-of-thirty-two-bytes!!",
        "lienhiep",
        "lienhiep-api",
        std::time::Duration::from_secs(900),
    );
    let subject = TokenSubject {
        sub: "user:1".into(),
        name: "a".into(),
        roles: vec![Role::Staff],
        association_ids: vec![],
        person_id: None,
        must_change_password: false,
    };
    let (old_token, _) = issue(&old, &subject).expect("token");
    let app = TestApp::spawn().await;
    let me = |t: &str| TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", format!("Bearer {t}")));
    app.call(me(&old_token)).await.assert_problem(401, "unauthorized");
    let rotated = lienhiep::state::AppState {
        keys: std::sync::Arc::new(
            AuthKeys::from_secret(
                b"the-new-secret-of-thirty-two-bytes!!",
                "lienhiep",
                "lienhiep-api",
                std::time::Duration::from_secs(900),
            )
            .with_previous(b"the-old-secret-of-thirty-two-bytes!!"),
        ),
        ..(**app.state).clone()
    };
    let state = actix_web::web::Data::new(rotated);
    assert_eq!(crate::helpers::call_app(&state, me(&old_token)).await.status, 200);
}

#[actix_web::test]
async fn with_an_ed25519_key_tokens_are_eddsa_and_verifiable_from_the_published_jwks() {
    use lienhiep::auth::keys::{generate_ed25519_pem, AuthKeys};
    let app = TestApp::spawn().await;
    app.create_user("an.nguyen", PASSWORD, &[Role::Staff], &[]).await;
    let hs = AuthKeys::from_secret(
        b"the-hs256-secret-of-thirty-two-bytes",
        "lienhiep",
        "lienhiep-api",
        std::time::Duration::from_secs(900),
    );
    let subject = lienhiep::auth::tokens::TokenSubject {
        sub: "user:1".into(),
        name: "an.nguyen".into(),
        roles: vec![Role::Staff],
        association_ids: vec![],
        person_id: None,
        must_change_password: false,
    };
    let (old_hs_token, _) = lienhiep::auth::tokens::issue(&hs, &subject).expect("token");
    let ed = AuthKeys::ed25519(
        &generate_ed25519_pem().expect("key"),
        "lienhiep",
        "lienhiep-api",
        std::time::Duration::from_secs(900),
    )
    .expect("ed25519 keys")
    .with_previous(b"the-hs256-secret-of-thirty-two-bytes");
    let state =
        actix_web::web::Data::new(lienhiep::state::AppState { keys: std::sync::Arc::new(ed), ..(**app.state).clone() });
    let call = |req| crate::helpers::call_app(&state, req);

    let body =
        serde_urlencoded::to_string([("grant_type", "password"), ("username", "an.nguyen"), ("password", PASSWORD)])
            .expect("form");
    let tokens = call(form("/api/v1/auth/token", &body)).await.json();
    let token = tokens["access_token"].as_str().expect("token").to_owned();
    let header = jsonwebtoken::decode_header(&token).expect("header");
    assert_eq!(header.alg, jsonwebtoken::Algorithm::EdDSA);

    let jwks = call(TestRequest::get().uri("/api/v1/auth/jwks.json")).await.json();
    let key = &jwks["keys"][0];
    assert_eq!(key["kty"], "OKP");
    assert_eq!(key["crv"], "Ed25519");
    assert_eq!(Some(key["kid"].as_str().expect("kid")), header.kid.as_deref());
    // An outside system verifies the token with nothing but the published key.
    let public = jsonwebtoken::DecodingKey::from_ed_components(key["x"].as_str().expect("x")).expect("jwk");
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::EdDSA);
    validation.set_audience(&["lienhiep-api"]);
    validation.set_issuer(&["lienhiep"]);
    let claims = jsonwebtoken::decode::<serde_json::Value>(&token, &public, &validation).expect("verifies");
    assert_eq!(claims.claims["name"], "an.nguyen");

    let me = |t: &str| TestRequest::get().uri("/api/v1/me").insert_header(("Authorization", format!("Bearer {t}")));
    assert_eq!(call(me(&token)).await.status, 200);
    assert_eq!(call(me(&old_hs_token)).await.status, 200, "tokens signed before the switch stay valid");

    // The HS256 default publishes nothing.
    assert_eq!(app.get("/api/v1/auth/jwks.json").await.json(), json!({"keys": []}));
}
