//! Handlers of members.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{Member, MemberInput, MemberListQuery, MemberPage, MemberPatch, MemberSort, MembersScope};
use crate::api::caller::AuthUser;
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination::{self, Cursor};
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::codes::MembershipStatus;
use crate::domain::patch::Patch;
use crate::domain::time::today;
use crate::domain::vn;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::member::{self as model, Filter, Sort};
use crate::models::{association, branch};
use crate::state::AppState;
use crate::usecases::member_search::{self, Listing};

/// Roles that may read members at all.
const READERS: &[Role] = &[Role::Admin, Role::Staff, Role::AssociationManager, Role::Judge, Role::Expert];

fn check_branch(conn: &mut DbConnection, association_id: i64, branch_id: Option<i64>) -> Result<(), ApiError> {
    if let Some(b) = branch_id {
        if branch::get(conn, association_id, b).is_err() {
            return Err(ApiError::invalid(
                "branch_id",
                "not_found",
                format!("association {association_id} has no branch {b}"),
            ));
        }
    }
    Ok(())
}

/// A page of members: of the association `association` (its roster: a `404` when it does not
/// exist), or of every association the caller may read, `only_association` if given.
async fn list(
    state: web::Data<AppState>,
    p: Principal,
    query: MemberListQuery,
    association: Option<i64>,
    only_association: Option<i64>,
) -> ApiResult<HttpResponse> {
    let limit = pagination::limit(query.limit)?;
    let association_ids = match association.or(only_association) {
        Some(id) => {
            p.require_manages(id)?;
            Some(vec![id])
        }
        None if p.is_union_staff() => None,
        None if p.has(Role::AssociationManager) => Some(p.association_ids.iter().copied().collect()),
        None => return Err(ApiError::Forbidden("this needs the role admin, staff or association_manager".into())),
    };
    if query.ethnicity.as_ref().is_some_and(|e| e.len() != 2 || !e.bytes().all(|b| b.is_ascii_digit())) {
        return Err(ApiError::invalid(
            "ethnicity",
            "format",
            "must be a two-digit code of /api/v1/reference/ethnic_groups",
        ));
    }
    if query.q.as_ref().is_some_and(|q| q.chars().count() > 100) {
        return Err(ApiError::invalid("q", "length", "must be at most 100 characters long"));
    }
    let words: Vec<String> = query.q.as_deref().map(vn::words).unwrap_or_default();
    // Ranking by exact diacritics matters only when the query has some.
    let exact = query
        .q
        .as_deref()
        .map(|q| vn::normalize_name(q).to_lowercase())
        .filter(|q| !q.is_empty() && !words.is_empty() && !q.is_ascii());
    let sort_param = query.sort.unwrap_or_default();
    let sort = match sort_param {
        MemberSort::GivenName => Sort::GivenName,
        MemberSort::FullName => Sort::FullName,
        MemberSort::CreatedAt => Sort::CreatedAt,
    };
    let sort_name = match sort_param {
        MemberSort::GivenName => "given_name",
        MemberSort::FullName => "full_name",
        MemberSort::CreatedAt => "created_at",
    };
    let mut filter = Filter {
        association_ids,
        branch_id: query.branch_id,
        gender: query.gender,
        ethnicity: query.ethnicity,
        education_level: query.education_level,
        academic_title: query.academic_title,
        intellectual: query.intellectual,
        status: query.status,
        birth_year_from: query.birth_year_from,
        birth_year_to: query.birth_year_to,
        exact,
        ..Filter::default()
    };
    filter.search(words);
    // A cursor holds only a position in the list these filters make.
    let scope = pagination::Scope::of(&filter);
    let after = match query.cursor.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(text) => {
            let c = Cursor::decode(text, sort_name, &scope)?;
            Some((c.k, c.i))
        }
        None => None,
    };
    let include_total = query.include_total.unwrap_or(false);
    let listing = match association {
        Some(id) => Listing::Roster(id),
        None => Listing::Members,
    };
    let page = run_blocking(&state.pool, move |conn| {
        member_search::page(conn, listing, filter, sort, after, limit, include_total)
    })
    .await?
    .ok_or_else(pagination::invalid_cursor)?;
    let next = page.next.map(|(key, id)| Cursor::new(sort_name, key, id).bound(&scope).encode());
    let (rows, total) = (page.rows, page.total);
    let items = rows
        .into_iter()
        .map(|row| {
            let personal = p.manages(row.0.association_id);
            Member::from_row(row, personal)
        })
        .collect();
    Ok(pagination::ok(next.as_ref()).json(MemberPage { items, next_cursor: next, total }))
}

/// List members
///
/// Memberships with their person. Staff and admin see every association; an
/// association_manager only its own (naming another association is a `403`). Filter by
/// association, branch, gender, ethnicity, education, academic title, intellectual, status,
/// birth-year range and `q` (name search ignoring case and diacritics, exact-diacritics
/// matches first). Sort by given name (default), full name or creation; pages by cursor.
#[utoipa::path(
    tag = "members",
    params(MembersScope, MemberListQuery),
    responses(
        (status = 200, description = "A page of members", body = MemberPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    scope: web::Query<MembersScope>,
    query: web::Query<MemberListQuery>,
) -> ApiResult<HttpResponse> {
    list(state, p, query.into_inner(), None, scope.association_id).await
}

/// List the members of an association
///
/// As `GET /api/v1/members` for one association: staff, admin and its managers.
#[utoipa::path(
    tag = "members",
    params(("id" = i64, Path, description = "Association id"), MemberListQuery),
    responses(
        (status = 200, description = "A page of members", body = MemberPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/members")]
pub async fn list_association_members(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    query: web::Query<MemberListQuery>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    p.require_manages(id)?;
    list(state, p, query.into_inner(), Some(id), None).await
}

/// Add a member to an association
///
/// Creates the person and the membership. Staff, admin and the association's managers.
/// `external_id` (the association's own key) is unique within the association. The national
/// ID, if given, is kept only as a keyed hash. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "members",
    params(("id" = i64, Path, description = "Association id"), crate::api::http::IdempotencyHeader),
    request_body = MemberInput,
    responses(
        (status = 201, description = "Created", body = Member,
            headers(("Location" = String, description = "Address of the new member"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/associations/{id}/members")]
pub async fn create_member(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<MemberInput>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    let key = state.id_hash_key.clone();
    let (person, membership) = body.into_inner()?.into_data(today(state.config.timezone), &|n| key.hash(n), None)?;
    let ctx = WriteContext::new(&p);
    let row = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        check_branch(conn, association_id, membership.branch_id)?;
        model::insert(conn, &ctx, association_id, &person, &membership)
    })
    .await?;
    let version = row.0.version;
    let location = format!("/api/v1/members/{}", row.0.id);
    created(&location, &Member::from_row(row, true), version)
}

/// Get a member
///
/// One membership with its person. Admin, staff and the association's managers see the
/// personal data (phone, email, birth date, ethnicity); other managers, judges and experts
/// get the membership without it.
#[utoipa::path(
    tag = "members",
    params(("id" = i64, Path, description = "Membership id"), ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The member", body = Member, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/members/{id}")]
pub async fn get_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    p.require_any(READERS)?;
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let personal = p.manages(row.0.association_id);
    let version = row.0.version;
    get_with_version(&req, &Member::from_row(row, personal), version)
}

/// Update a member
///
/// Changes the person and the membership with a JSON Merge Patch. Staff, admin and the
/// association's managers. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "members",
    params(("id" = i64, Path, description = "Membership id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = MemberPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated member", body = Member, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/members/{id}")]
pub async fn update_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<MemberPatch>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&p);
    let key = state.id_hash_key.clone();
    let today = today(state.config.timezone);
    let principal = p.clone();
    let row = run_blocking(&state.pool, move |conn| {
        let (membership, _) = model::get(conn, id)?;
        principal.require_manages(membership.association_id)?;
        let patch = body.into_inner()?;
        let association_id = membership.association_id;
        let national_id = match &patch.national_id {
            Patch::Absent => None,
            Patch::Null => Some(None),
            Patch::Value(_) => None,
        };
        let branch_changed = patch.branch_id.is_present();
        let updated = model::update(conn, &ctx, id, if_match, |(m, person)| {
            let input = patch.apply(&person.data(), &m.data())?;
            let (mut person_data, membership_data) = input.into_data(today, &|n| key.hash(n), m.left_on)?;
            if person_data.national_id_hash.is_none() {
                person_data.national_id_hash = match &national_id {
                    Some(cleared) => cleared.clone(),
                    None => person.national_id_hash.clone(),
                };
            }
            Ok((person_data, membership_data))
        })?;
        if branch_changed {
            check_branch(conn, association_id, updated.0.branch_id)?;
        }
        Ok(updated)
    })
    .await?;
    let version = row.0.version;
    ok_with_version(&Member::from_row(row, true), version)
}

/// Remove a member
///
/// Marks the membership `left` (left today) and keeps it, with its history; the person stays.
/// Staff, admin and the association's managers.
#[utoipa::path(
    tag = "members",
    params(("id" = i64, Path, description = "Membership id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 200, description = "The membership, now left", body = Member),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 409, response = crate::api::responses::Conflict),
        (status = 412, response = crate::api::responses::PreconditionFailed),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[delete("/members/{id}")]
pub async fn delete_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&p);
    let today = today(state.config.timezone);
    let principal = p.clone();
    let row = run_blocking(&state.pool, move |conn| {
        let (membership, _) = model::get(conn, id)?;
        principal.require_manages(membership.association_id)?;
        model::update(conn, &ctx, id, if_match, |(m, person)| {
            let mut data = m.data();
            if data.status == MembershipStatus::Active {
                data.status = MembershipStatus::Left;
                data.left_on = Some(today);
            }
            Ok((person.data(), data))
        })
    })
    .await?;
    let version = row.0.version;
    ok_with_version(&Member::from_row(row, true), version)
}
