//! The OpenAPI 3.1 document, generated from the handlers' annotations.
//!
//! `lienhiep openapi` prints it; `openapi/openapi.json` is that output, committed and
//! checked by a test.

use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::security::{
    ClientCredentials, Flow, Http, HttpAuthScheme, OAuth2, Password, Scopes, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::server::Server;
use utoipa::openapi::{Ref, RefOr};
use utoipa::IntoParams;
use utoipa::{Modify, OpenApi};

use crate::api::responses;
use crate::error::{FieldError, Problem};

/// The document's fixed parts: info, tags, shared components.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "lienhiep API",
        description = "REST/JSON API of a provincial Union of Science and Technology Associations \
(Liên hiệp các hội Khoa học và Kỹ thuật): member associations, members and rosters, awards, \
contests, advisory opinions, activities and statistics.\n\n\
Conventions: JSON with snake_case fields; instants in RFC 3339 UTC; dates `YYYY-MM-DD`. \
Every error is an RFC 9457 `application/problem+json` document with a stable `code` and the \
`request_id` (also in the `X-Request-Id` header of every answer; send your own `X-Request-Id`, 1 to 128 \
of `A-Za-z0-9._-`, to find a call in the service's logs).",
        license(name = "MIT", identifier = "MIT"),
        contact(name = "The union's secretariat (Văn phòng Liên hiệp hội), which issues API clients")
    ),
    components(
        schemas(Problem, FieldError),
        responses(
            responses::BadRequest,
            responses::Unauthorized,
            responses::Forbidden,
            responses::NotFound,
            responses::Conflict,
            responses::PreconditionFailed,
            responses::Gone,
            responses::PayloadTooLarge,
            responses::UnsupportedMediaType,
            responses::ValidationFailed,
            responses::ServiceUnavailable,
            responses::JobStarted,
            responses::InternalError,
            responses::RequestTimeout,
            responses::TooManyRequests,
            responses::HeadersTooLarge,
            crate::api::roster::dto::SyncRefused,
            crate::api::bulk::ImportRefused,
        )
    ),
    modifiers(&SecuritySchemes),
    tags(
        (name = "auth", description = "Tokens (OAuth 2 token endpoint) and the caller's identity"),
        (name = "associations", description = "Member associations and collective members, their status changes, branches and annual reports"),
        (name = "members", description = "Individual members: people and their memberships, Vietnamese name search, personal data for those who need it"),
        (name = "jobs", description = "Background jobs: big roster syncs, their progress and reports"),
        (name = "people", description = "People who look like one (same national ID, or same name and birth date) and merging them, with undo (staff)"),
        (name = "roster", description = "Rosters in bulk: sync from an association's files and systems (JSON, CSV, XLSX, forms), dry runs, exports that sync back unchanged"),
        (name = "awards", description = "Award categories, honour rounds and their honourees (propose, decide, publish), nominations to national honours, commendations received"),
        (name = "activities", description = "Workshops, research projects, transfer models, council participation, publications, social activities and training of the union and its associations"),
        (name = "contests", description = "Contests: the technical innovation contest and the youth and children's creativity contest, their editions with criteria and prize quotas, entries and eligibility"),
        (name = "statistics", description = "Statistics for provincial systems: every figure of a year by resource, one metric year by year, and the development indicators of the union's report, as JSON or CSV"),
        (name = "union", description = "The union itself: its profile, congress terms, office staff by year, its own departments and centres, and the province's figures it measures itself against"),
        (name = "advisory", description = "Advisory opinions: consultation, critique and social assessment cases requested by provincial authorities, from request to outcome, with deadlines"),
        (name = "users", description = "People who log in: roles, association scope, disabling, temporary passwords (admin)"),
        (name = "api-clients", description = "Machine clients that get tokens with the client credentials grant (admin)"),
        (name = "audit-log", description = "Every write: who, what, when (admin, read-only)"),
        (name = "imports", description = "What every file-taking endpoint reads: its columns as data and a template workbook"),
        (name = "reference", description = "Code lists (ethnic groups, education levels, titles, kinds and statuses) that other resources use"),
        (name = "operations", description = "Health, readiness and metrics for operators"),
    )
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut bearer = Http::new(HttpAuthScheme::Bearer);
        bearer.bearer_format = Some("JWT".into());
        bearer.description = Some("An access token from `POST /api/v1/auth/token`".into());
        components.add_security_scheme("bearer", SecurityScheme::Http(bearer));
        let token_url = "/api/v1/auth/token";
        let mut oauth2 = OAuth2::new([
            Flow::Password(Password::new(token_url, Scopes::new())),
            Flow::ClientCredentials(ClientCredentials::new(token_url, Scopes::new())),
        ]);
        oauth2.description = Some(
            "The token endpoint's grants: `password` for people, `client_credentials` for machine clients. \
Its access token is the `bearer` token: either requirement is met by the same `Authorization` header."
                .into(),
        );
        components.add_security_scheme("oauth2", SecurityScheme::OAuth2(oauth2));
        let mut server = Server::new("/");
        server.description = Some("This service: the host that served this document".into());
        openapi.servers = Some(vec![server]);
        let mut metrics = Http::new(HttpAuthScheme::Bearer);
        metrics.description = Some("The static token configured in `LIENHIEP_METRICS_TOKEN`".into());
        components.add_security_scheme("metrics_token", SecurityScheme::Http(metrics));
    }
}

/// The fixed parts, before the routes add their paths.
pub fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// Where each create puts what it creates (the `Location` it answers): the producer's path,
/// the address template of the created resource, and the field of the `201` body that fills
/// the address's last parameter (the others come from the producer's own path).
const CREATED: [(&str, &str, &str); 21] = [
    ("/api/v1/associations", "/api/v1/associations/{id}", "id"),
    ("/api/v1/associations/{id}/branches", "/api/v1/associations/{id}/branches/{branch_id}", "id"),
    ("/api/v1/associations/{id}/members", "/api/v1/members/{id}", "id"),
    ("/api/v1/people/merge", "/api/v1/people/merges/{id}", "id"),
    ("/api/v1/award-categories", "/api/v1/award-categories/{id}", "id"),
    ("/api/v1/honour-rounds", "/api/v1/honour-rounds/{id}", "id"),
    ("/api/v1/honour-rounds/{id}/honourees", "/api/v1/honour-rounds/{id}/honourees/{honouree_id}", "id"),
    ("/api/v1/nominations", "/api/v1/nominations/{id}", "id"),
    ("/api/v1/commendations", "/api/v1/commendations/{id}", "id"),
    ("/api/v1/activities", "/api/v1/activities/{id}", "id"),
    ("/api/v1/advisory-opinions", "/api/v1/advisory-opinions/{id}", "id"),
    ("/api/v1/advisory-opinions/{id}/experts", "/api/v1/advisory-opinions/{id}/experts/{expert_id}", "id"),
    ("/api/v1/advisory-opinions/{id}/drafts", "/api/v1/advisory-opinions/{id}/drafts/{number}", "number"),
    ("/api/v1/contests", "/api/v1/contests/{id}", "id"),
    ("/api/v1/contests/{id}/editions", "/api/v1/editions/{id}", "id"),
    ("/api/v1/editions/{id}/entries", "/api/v1/entries/{id}", "id"),
    ("/api/v1/entries/{id}/judges", "/api/v1/entries/{id}/judges/{assignment_id}", "id"),
    ("/api/v1/entries/{id}/international-awards", "/api/v1/entries/{id}/international-awards/{award_id}", "id"),
    ("/api/v1/statistics/indicator-definitions", "/api/v1/statistics/indicator-definitions/{code}", "code"),
    ("/api/v1/users", "/api/v1/users/{id}", "id"),
    ("/api/v1/api-clients", "/api/v1/api-clients/{id}", "id"),
];

/// The path parameters of a path template, in order.
fn path_params(path: &str) -> Vec<&str> {
    path.split('/').filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))).collect()
}

/// Adds OpenAPI links to each create's `201` answer: to every operation on the created
/// resource, or below it, whose path parameters the create's path and answer fill. Clients
/// (and the contract fuzzer's stateful phase) follow them from a create to what it created.
fn add_links(api: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::link::Link;
    let mut consumers: Vec<(String, String, Vec<String>)> = Vec::new(); // path, operation id, params
    for (path, item) in &api.paths.paths {
        let ops = [&item.get, &item.put, &item.post, &item.delete, &item.patch];
        for op in ops.into_iter().flatten() {
            if let Some(id) = &op.operation_id {
                consumers.push((path.clone(), id.clone(), path_params(path).into_iter().map(str::to_owned).collect()));
            }
        }
    }
    for (producer, address, field) in CREATED {
        let Some(op) = api.paths.paths.get_mut(producer).and_then(|item| item.post.as_mut()) else {
            continue;
        };
        let Some(RefOr::T(created)) = op.responses.responses.get_mut("201") else {
            continue;
        };
        let address_params = path_params(address);
        let (last, own) = address_params.split_last().map_or(("", &[][..]), |(l, o)| (*l, o));
        let producer_params = path_params(producer);
        if !own.iter().all(|p| producer_params.contains(p)) {
            continue;
        }
        for (path, operation_id, params) in &consumers {
            let below = path == address || path.starts_with(&format!("{address}/"));
            if !below || !params.iter().all(|p| address_params.contains(&p.as_str())) {
                continue;
            }
            let mut link = Link::builder().operation_id(operation_id);
            for param in params {
                let value =
                    if param == last { format!("$response.body#/{field}") } else { format!("$request.path.{param}") };
                link = link.parameter(param, value);
            }
            created.links.insert(operation_id.clone(), RefOr::T(link.build()));
        }
    }
}

/// Completes the document after the routes were added: every operation documents `500` and
/// `431` (see `limits`), every operation with a body, or path or query parameters, documents
/// `400`, every operation with path parameters `404` (a path whose id does not parse names
/// nothing), and every write `408` and `429` (see `limits`), so that no answer the service can
/// give is missing from the contract.
pub fn finish(mut api: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    for item in api.paths.paths.values_mut() {
        let writes = [&mut item.put, &mut item.post, &mut item.delete, &mut item.patch];
        for op in writes.into_iter().flatten() {
            complete_operation(op, true);
        }
        let reads = [&mut item.get, &mut item.head, &mut item.options, &mut item.trace];
        for op in reads.into_iter().flatten() {
            complete_operation(op, false);
        }
    }
    if let Some(components) = api.components.as_mut() {
        for response in components.responses.values_mut() {
            if let RefOr::T(response) = response {
                add_common_headers(response);
            }
        }
    }
    mark_deprecated(&mut api);
    add_links(&mut api);
    api
}

fn string_header(description: &str) -> utoipa::openapi::header::Header {
    use utoipa::openapi::header::HeaderBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    HeaderBuilder::new().schema(ObjectBuilder::new().schema_type(Type::String)).description(Some(description)).build()
}

/// The headers of every answer (`middleware::request`).
fn add_common_headers(response: &mut utoipa::openapi::Response) {
    response.headers.insert(
        "X-Request-Id".into(),
        string_header("The request's id: the one sent, when well formed, or one made up; quote it when reporting"),
    );
    response.headers.insert(
        "Content-Language".into(),
        string_header("`vi` or `en`: the language of the answer's messages (see `Accept-Language`)"),
    );
}

/// Marks what [`crate::api::deprecation::DEPRECATIONS`] names: an operation, or a parameter.
fn mark_deprecated(api: &mut utoipa::openapi::OpenApi) {
    use crate::api::deprecation::{Deprecated, DEPRECATIONS};
    use utoipa::openapi::Deprecated as Flag;
    for d in DEPRECATIONS {
        let Some(item) = api.paths.paths.get_mut(d.path) else { continue };
        let op = match d.method {
            "GET" => item.get.as_mut(),
            "POST" => item.post.as_mut(),
            "PUT" => item.put.as_mut(),
            "PATCH" => item.patch.as_mut(),
            "DELETE" => item.delete.as_mut(),
            _ => None,
        };
        let Some(op) = op else { continue };
        match d.what {
            Deprecated::Operation => op.deprecated = Some(Flag::True),
            Deprecated::Parameter(name) => {
                for p in op.parameters.iter_mut().flatten().filter(|p| p.name == name) {
                    p.deprecated = Some(Flag::True);
                }
            }
            // Not in the contract: the answer is kept for clients older than it.
            Deprecated::Answer(_) => {}
        }
    }
}

/// Whether an operation takes the access token (its security names `bearer`).
fn takes_token(op: &Operation) -> bool {
    op.security.iter().flatten().any(|r| serde_json::to_value(r).is_ok_and(|v| v.get("bearer").is_some()))
}

fn complete_operation(op: &mut Operation, write: bool) {
    // An operation open to all says so with no requirement (`security: []`): the empty one that
    // utoipa writes for `security(())`, `[{}]`, reads to generators as "a token is required".
    let open = |r: &SecurityRequirement| serde_json::to_value(r).is_ok_and(|v| v == serde_json::json!({}));
    if op.security.as_ref().is_some_and(|requirements| requirements.iter().all(open)) {
        op.security = Some(Vec::new());
    }
    op.parameters.get_or_insert_with(Vec::new).extend(crate::api::http::CommonHeaders::into_params(|| None));
    for response in op.responses.responses.values_mut() {
        if let RefOr::T(response) = response {
            add_common_headers(response);
        }
    }
    if takes_token(op) {
        // The same token by the OAuth 2 scheme, so that tools that know the token URL
        // (Swagger UI's "Authorize", generators) can get it themselves.
        let security = op.security.get_or_insert_with(Vec::new);
        security.push(SecurityRequirement::new("oauth2", Vec::<String>::new()));
        // The idempotency middleware keeps every authenticated write's answer by its key.
        let parameters = op.parameters.get_or_insert_with(Vec::new);
        if write && !parameters.iter().any(|p| p.name == "Idempotency-Key") {
            parameters.extend(crate::api::http::IdempotencyHeader::into_params(|| None));
        }
    }
    let takes_key = op.parameters.iter().flatten().any(|p| p.name == "Idempotency-Key");
    let has_params = op.request_body.is_some()
        || op.parameters.iter().flatten().any(|p| matches!(p.parameter_in, ParameterIn::Path | ParameterIn::Query));
    let responses = &mut op.responses.responses;
    if has_params && !responses.contains_key("400") {
        responses.insert("400".into(), RefOr::Ref(Ref::from_response_name("BadRequest")));
    }
    let has_path = op.parameters.iter().flatten().any(|p| matches!(p.parameter_in, ParameterIn::Path));
    if has_path && !responses.contains_key("404") {
        responses.insert("404".into(), RefOr::Ref(Ref::from_response_name("NotFound")));
    }
    if write {
        for (status, response) in responses.iter_mut() {
            if let (true, RefOr::T(response)) = (status.starts_with('2'), response) {
                add_rate_limit_headers(response);
            }
        }
    }
    let mut add = |status: &str, name: &str| {
        if !responses.contains_key(status) {
            responses.insert(status.into(), RefOr::Ref(Ref::from_response_name(name)));
        }
    };
    if write && takes_key {
        // A reused Idempotency-Key: 422 with another request, 409 while the first still runs.
        add("409", "Conflict");
        add("422", "ValidationFailed");
    }
    if write {
        add("408", "RequestTimeout");
        add("429", "TooManyRequests");
    }
    add("431", "HeadersTooLarge");
    add("500", "InternalError");
}

/// The write rate limit's headers, which every write answers when the limit is on (see
/// `middleware::limits`).
fn add_rate_limit_headers(response: &mut utoipa::openapi::Response) {
    response.headers.insert(
        "RateLimit-Policy".into(),
        string_header("The write rate limit, when on (IETF httpapi draft): `\"writes\";q=<writes>;w=60`, per client"),
    );
    response.headers.insert(
        "RateLimit".into(),
        string_header(
            "What is left of it for this client: `\"writes\";r=<writes left>;t=<seconds until the allowance is full>`",
        ),
    );
}

/// A document as pretty JSON with a final newline.
pub fn to_json(api: &utoipa::openapi::OpenApi) -> String {
    let mut json = match serde_json::to_value(api) {
        Ok(mut doc) => {
            share_common_parts(&mut doc);
            serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
        }
        Err(e) => format!("{{\"error\": \"{e}\"}}"),
    };
    // utoipa 5.5 writes a link's fields in snake case; OpenAPI names them `operationId`.
    // No other key of the document is `operation_id` (a test checks the links).
    json = json.replace("\"operation_id\": \"", "\"operationId\": \"");
    json.push('\n');
    json
}

/// The header parameters and response headers that operations repeat, with the names they
/// get under `components`.
const SHARED_PARAMETERS: [(&str, &str); 2] =
    [("Accept-Language", "AcceptLanguage"), ("Idempotency-Key", "IdempotencyKey")];
const SHARED_HEADERS: [(&str, &str); 4] = [
    ("X-Request-Id", "XRequestId"),
    ("Content-Language", "ContentLanguage"),
    ("RateLimit", "RateLimit"),
    ("RateLimit-Policy", "RateLimitPolicy"),
];

/// Writes each repeated parameter and header once under `components` and refers to it from
/// every place that has the same one (OpenAPI 3.1 allows a `$ref` in both), so that the
/// document does not repeat them hundreds of times.
fn share_common_parts(doc: &mut serde_json::Value) {
    use serde_json::{Map, Value};
    let mut parameters: Map<String, Value> = Map::new();
    let mut headers: Map<String, Value> = Map::new();
    let share_headers = |response: &mut Value, headers: &mut Map<String, Value>| {
        for (name, header) in response.get_mut("headers").and_then(Value::as_object_mut).into_iter().flatten() {
            share(header, name, &SHARED_HEADERS, "headers", headers);
        }
    };
    for item in doc.get_mut("paths").and_then(Value::as_object_mut).into_iter().flat_map(|p| p.values_mut()) {
        for op in item.as_object_mut().into_iter().flat_map(|i| i.values_mut()) {
            for p in op.get_mut("parameters").and_then(Value::as_array_mut).into_iter().flatten() {
                if p["in"] == "header" {
                    let name = p["name"].as_str().unwrap_or("").to_owned();
                    share(p, &name, &SHARED_PARAMETERS, "parameters", &mut parameters);
                }
            }
            for response in
                op.get_mut("responses").and_then(Value::as_object_mut).into_iter().flat_map(|r| r.values_mut())
            {
                share_headers(response, &mut headers);
            }
        }
    }
    let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) else { return };
    for response in
        components.get_mut("responses").and_then(Value::as_object_mut).into_iter().flat_map(|r| r.values_mut())
    {
        share_headers(response, &mut headers);
    }
    components.insert("parameters".into(), Value::Object(parameters));
    components.insert("headers".into(), Value::Object(headers));
}

/// Replaces `value`, the parameter or header `name`, by a reference to the component of its
/// name in `shared` under `components/<kind>`: the first one met becomes the component; a
/// later one that differs from it stays as it is.
fn share(
    value: &mut serde_json::Value,
    name: &str,
    shared: &[(&str, &str)],
    kind: &str,
    store: &mut serde_json::Map<String, serde_json::Value>,
) {
    let Some((_, component)) = shared.iter().find(|(n, _)| *n == name) else { return };
    let canonical = store.entry((*component).to_owned()).or_insert_with(|| value.clone());
    if canonical == value {
        *value = serde_json::json!({"$ref": format!("#/components/{kind}/{component}")});
    }
}
