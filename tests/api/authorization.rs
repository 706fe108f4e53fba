//! The authorization matrix: every route of the OpenAPI document × every kind of caller →
//! the status it gets. Each route runs on a fresh database, least privileged caller first.
//! The test fails when a route of the document has no row, so no endpoint lands without
//! one. docs/authorization.md shows this table (`LIENHIEP_UPDATE_DOCS=1 cargo test authorization`
//! rewrites it).

use std::collections::BTreeSet;
use std::path::PathBuf;

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::json;

use crate::helpers::{json, TestApp};

/// The callers, least privileged first.
const CALLERS: [&str; 8] = [
    "anonymous",
    "statistics_reader (client)",
    "judge",
    "expert",
    "manager of another association",
    "association_manager",
    "staff",
    "admin",
];
const PASSWORD: &str = "matrix passphrase 1";

/// Writes whose association is named by the body (see `check_route`).
const SCOPE_IN_BODY: [&str; 3] =
    ["POST /api/v1/activities", "POST /api/v1/editions/{id}/entries", "POST /api/v1/honour-rounds/{id}/honourees"];

/// What every route's requests refer to.
struct Fixture {
    /// Managed by the `association_manager` caller.
    own: i64,
    /// A branch of `own`.
    branch: i64,
    /// Fresh associations, one per caller, for status changes.
    active: Vec<i64>,
    /// Suspended associations, one per caller.
    suspended: Vec<i64>,
    /// A user to administer.
    user: i64,
    /// A machine client to administer.
    client: i64,
    /// A member of `own`.
    member: i64,
    /// Two people per caller, to merge.
    pairs: Vec<(i64, i64)>,
    /// A merge per caller, to undo.
    merges: Vec<i64>,
    /// A background job of `own`.
    job: i64,
    /// Bearer tokens per caller (none for anonymous).
    tokens: Vec<Option<String>>,
    /// Award records, built only for the awards routes.
    awards: Option<Awards>,
    /// Public activities of `own`, one per caller, built only for the activities routes.
    activities: Vec<i64>,
    /// Advisory cases by status (`received`, `accepted`, `in_progress`, `opinion_submitted`,
    /// `outcome_recorded`), one per caller each, built only for the advisory routes. The
    /// `expert` caller is a reviewer on each `in_progress` case (its entries under
    /// `expert_entries`), has declared no conflict there, and each has a first draft.
    cases: std::collections::HashMap<&'static str, Vec<i64>>,
    /// Contest records, built only for the contest routes.
    contests: Option<Contests>,
}

/// What the contest routes refer to; lists have one entry per caller.
struct Contests {
    /// A contest staff added.
    contest: i64,
    /// Draft editions.
    drafts: Vec<i64>,
    /// Open editions.
    opened: Vec<i64>,
    /// An open edition with the entries below.
    edition: i64,
    /// Entries of `own` in `edition`.
    entries: Vec<i64>,
    /// Editions in judging with no entries.
    judging: Vec<i64>,
    /// Editions with results published and no entries.
    published: Vec<i64>,
    /// A past edition, imported: closed, its entries with prizes.
    imported: i64,
    /// Entries of `imported`.
    imported_entries: Vec<i64>,
    /// An award abroad recorded for each of `imported_entries`.
    awards_abroad: Vec<i64>,
    /// Eligible entries of an edition in judging, each with the `judge` caller assigned.
    judged: Vec<i64>,
    /// The assignments of `judged`.
    assignments: Vec<i64>,
    /// Eligible entries of the same edition with no judge.
    unjudged: Vec<i64>,
    /// The `judge` caller's user id.
    judge: i64,
}

/// What the awards routes refer to; lists have one entry per caller.
struct Awards {
    /// Categories no honouree uses.
    categories: Vec<i64>,
    /// A round with nominations open.
    open_round: i64,
    /// Pending honourees of `own` in `open_round`.
    own_honourees: Vec<i64>,
    /// A round under review.
    review_round: i64,
    /// Pending honourees in `review_round`.
    review_honourees: Vec<i64>,
    /// Rounds in status planned, nominations_open and under_review.
    planned: Vec<i64>,
    /// See `planned`.
    opened: Vec<i64>,
    /// See `planned`.
    reviewed: Vec<i64>,
    /// Drafted nominations.
    drafted: Vec<i64>,
    /// Submitted nominations.
    submitted: Vec<i64>,
    /// An honoured nomination.
    honoured: i64,
    /// Commendations.
    commendations: Vec<i64>,
}

impl Fixture {
    fn aw(&self) -> &Awards {
        self.awards.as_ref().expect("awards fixture")
    }

    fn ct(&self) -> &Contests {
        self.contests.as_ref().expect("contests fixture")
    }
}

struct Row {
    method: &'static str,
    path: &'static str,
    expect: [u16; 8],
    request: fn(&Fixture, usize) -> TestRequest,
}

const ALL_200: [u16; 8] = [200; 8];
const AUTHENTICATED_200: [u16; 8] = [401, 200, 200, 200, 200, 200, 200, 200];
const STAFF_WRITES_201: [u16; 8] = [401, 403, 403, 403, 403, 403, 201, 201];
const STAFF_WRITES_200: [u16; 8] = [401, 403, 403, 403, 403, 403, 200, 200];
const MANAGER_WRITES_200: [u16; 8] = [401, 403, 403, 403, 403, 200, 200, 200];
const MANAGER_WRITES_201: [u16; 8] = [401, 403, 403, 403, 403, 201, 201, 201];
const ADMIN_200: [u16; 8] = [401, 403, 403, 403, 403, 403, 403, 200];
const ADMIN_201: [u16; 8] = [401, 403, 403, 403, 403, 403, 403, 201];
const STAFF_DELETES_204: [u16; 8] = [401, 403, 403, 403, 403, 403, 204, 204];
/// Rounds that are not published: managers and staff see them, others get 404.
const MANAGERS_SEE_200: [u16; 8] = [404, 404, 404, 404, 200, 200, 200, 200];
/// Advisory case work: staff, admin and the expert on the case.
const EXPERT_ON_CASE_200: [u16; 8] = [401, 403, 403, 200, 403, 403, 200, 200];
/// An edition past draft: managers and judges see it, staff too; others get 404.
const STARTED_EDITION_200: [u16; 8] = [404, 404, 200, 404, 200, 200, 200, 200];
/// An entry of `own`: a manager of another association does not see it (404).
const OWN_ENTRY_200: [u16; 8] = [401, 403, 403, 403, 404, 200, 200, 200];
/// Staff and admin read; everyone else is refused.
const STAFF_READS_200: [u16; 8] = [401, 403, 403, 403, 403, 403, 200, 200];
/// The judge assigned to the entry, staff and admin.
const JUDGE_OR_STAFF_200: [u16; 8] = [401, 403, 200, 403, 403, 403, 200, 200];
/// Statistics: their readers, staff and admin (public statistics are off by default).
const STATISTICS_200: [u16; 8] = [401, 200, 403, 403, 403, 403, 200, 200];
const ADMIN_204: [u16; 8] = [401, 403, 403, 403, 403, 403, 403, 204];
/// An association's annual reports: statistics readers, its managers, staff and admin.
const REPORT_READERS_200: [u16; 8] = [401, 200, 403, 403, 403, 200, 200, 200];
/// A manager of the association, staff and admin delete.
const MANAGER_DELETES_204: [u16; 8] = [401, 403, 403, 403, 403, 204, 204, 204];
/// Indicators with values for 2019 (seeded), one per caller, to delete.
const SEEDED_2019: [&str; 8] = [
    "founding_seniority",
    "member_associations",
    "members",
    "intellectual_members",
    "full_time_staff",
    "department_level_office",
    "service_car",
    "newsletter",
];

fn rows() -> Vec<Row> {
    vec![
        Row { method: "GET", path: "/healthz", expect: ALL_200, request: |_, _| TestRequest::get().uri("/healthz") },
        Row { method: "GET", path: "/readyz", expect: ALL_200, request: |_, _| TestRequest::get().uri("/readyz") },
        Row { method: "GET", path: "/metrics", expect: [401; 8], request: |_, _| TestRequest::get().uri("/metrics") },
        Row {
            method: "GET",
            path: "/api/v1/openapi.json",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/openapi.json"),
        },
        Row {
            method: "POST",
            path: "/api/v1/auth/token",
            expect: ALL_200,
            request: |_, _| {
                TestRequest::post()
                    .uri("/api/v1/auth/token")
                    .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
                    .set_payload("grant_type=password&username=matrix.admin&password=matrix+passphrase+1")
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/auth/revoke",
            expect: ALL_200,
            request: |_, _| {
                TestRequest::post()
                    .uri("/api/v1/auth/revoke")
                    .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
                    .set_payload("token=unknown")
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/auth/jwks.json",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/auth/jwks.json"),
        },
        Row {
            method: "GET",
            path: "/api/v1/me",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/me"),
        },
        Row {
            method: "POST",
            path: "/api/v1/me/password",
            // A machine client has no password.
            expect: [401, 403, 204, 204, 204, 204, 204, 204],
            request: |_, _| {
                json(
                    TestRequest::post().uri("/api/v1/me/password"),
                    json!({"current_password": PASSWORD, "new_password": "matrix passphrase 2"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/associations",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/associations"),
        },
        Row {
            method: "POST",
            path: "/api/v1/associations",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/associations"),
                    json!({"name": format!("Hội mới {i}"), "kind": "member_association"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}", f.own)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/associations/{id}",
            expect: MANAGER_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/associations/{}", f.own)),
                    json!({"description": format!("by caller {i}")}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/associations/{id}/suspend",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/associations/{}/suspend", f.active[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/associations/{id}/reactivate",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/associations/{}/reactivate", f.suspended[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/associations/{id}/dissolve",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/associations/{}/dissolve", f.active[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/status-history",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/status-history", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/branches",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/branches", f.own)),
        },
        Row {
            method: "POST",
            path: "/api/v1/associations/{id}/branches",
            expect: MANAGER_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/associations/{}/branches", f.own)),
                    json!({"name": format!("Chi hội {i}")}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/branches/{branch_id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/branches/{}", f.own, f.branch)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/associations/{id}/branches/{branch_id}",
            expect: MANAGER_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/associations/{}/branches/{}", f.own, f.branch)),
                    json!({"member_count_reported": i}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/annual-reports",
            expect: REPORT_READERS_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/annual-reports", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/annual-reports/{year}",
            expect: REPORT_READERS_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/annual-reports/2020", f.own)),
        },
        Row {
            method: "PUT",
            path: "/api/v1/associations/{id}/annual-reports/{year}",
            expect: MANAGER_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::put().uri(&format!("/api/v1/associations/{}/annual-reports/{}", f.own, 2000 + i)),
                    json!({"members": 100 + i}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/associations/{id}/annual-reports/{year}",
            expect: MANAGER_DELETES_204,
            request: |f, i| {
                TestRequest::delete().uri(&format!("/api/v1/associations/{}/annual-reports/{}", f.own, 1990 + i))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/national-standing",
            expect: REPORT_READERS_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/national-standing", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/national-standing/{year}",
            expect: REPORT_READERS_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/national-standing/2020", f.own)),
        },
        Row {
            method: "PUT",
            path: "/api/v1/associations/{id}/national-standing/{year}",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::put().uri(&format!("/api/v1/associations/{}/national-standing/{}", f.own, 2000 + i)),
                    json!({"ranking": "good"}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/associations/{id}/national-standing/{year}",
            expect: STAFF_DELETES_204,
            request: |f, i| {
                TestRequest::delete().uri(&format!("/api/v1/associations/{}/national-standing/{}", f.own, 1990 + i))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/union",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union"),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/union",
            expect: STAFF_WRITES_200,
            request: |_, i| json(TestRequest::patch().uri("/api/v1/union"), json!({"short_name": format!("LHH {i}")})),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/terms",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/terms"),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/terms/{number}",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/terms/1"),
        },
        Row {
            method: "PUT",
            path: "/api/v1/union/terms/{number}",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                let year = 2010 + i;
                json(
                    TestRequest::put().uri(&format!("/api/v1/union/terms/{}", 20 + i)),
                    json!({"congress_on": format!("{year}-10-01"), "first_year": year, "last_year": year}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/union/terms/{number}",
            expect: STAFF_DELETES_204,
            request: |_, i| TestRequest::delete().uri(&format!("/api/v1/union/terms/{}", 10 + i)),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/staff",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/staff"),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/staff/{year}",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/staff/2019"),
        },
        Row {
            method: "PUT",
            path: "/api/v1/union/staff/{year}",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(TestRequest::put().uri(&format!("/api/v1/union/staff/{}", 2000 + i)), json!({"full_time": 5}))
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/union/staff/{year}",
            expect: STAFF_DELETES_204,
            request: |_, i| TestRequest::delete().uri(&format!("/api/v1/union/staff/{}", 1990 + i)),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/province",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/province"),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/province/{year}",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/province/2019"),
        },
        Row {
            method: "PUT",
            path: "/api/v1/union/province/{year}",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::put().uri(&format!("/api/v1/union/province/{}", 2000 + i)),
                    json!({"st_intellectuals": 40000}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/union/province/{year}",
            expect: STAFF_DELETES_204,
            request: |_, i| TestRequest::delete().uri(&format!("/api/v1/union/province/{}", 1990 + i)),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/units",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/units"),
        },
        Row {
            method: "GET",
            path: "/api/v1/union/units/{code}",
            expect: AUTHENTICATED_200,
            request: |_, _| TestRequest::get().uri("/api/v1/union/units/office"),
        },
        Row {
            method: "PUT",
            path: "/api/v1/union/units/{code}",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::put().uri(&format!("/api/v1/union/units/unit_{i}")),
                    json!({"name": "Văn phòng", "kind": "department"}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/union/units/{code}",
            expect: STAFF_DELETES_204,
            request: |_, i| TestRequest::delete().uri(&format!("/api/v1/union/units/gone_{i}")),
        },
        Row {
            method: "GET",
            path: "/api/v1/members",
            expect: [401, 403, 403, 403, 200, 200, 200, 200],
            request: |_, _| TestRequest::get().uri("/api/v1/members"),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/members",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/members", f.own)),
        },
        Row {
            method: "POST",
            path: "/api/v1/associations/{id}/members",
            expect: MANAGER_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/associations/{}/members", f.own)),
                    json!({"full_name": format!("Lò Văn Pọm {i}")}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/members/{id}",
            // Other managers, judges and experts get the membership without personal data.
            expect: [401, 403, 200, 200, 200, 200, 200, 200],
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/members/{}", f.member)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/members/{id}",
            expect: MANAGER_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/members/{}", f.member)),
                    json!({"position": format!("caller {i}")}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/members/{id}",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::delete().uri(&format!("/api/v1/members/{}", f.member)),
        },
        Row {
            method: "POST",
            path: "/api/v1/associations/{id}/roster/sync",
            expect: MANAGER_WRITES_200,
            request: |f, i| {
                TestRequest::post()
                    .uri(&format!("/api/v1/associations/{}/roster/sync", f.own))
                    .insert_header(("Content-Type", "text/csv"))
                    .set_payload(format!("external_id,full_name\nMX-{i},Lò Văn Pọm {i}\n"))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/roster/changes",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/roster/changes", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/roster/template.xlsx",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/roster/template.xlsx", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/roster",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/roster", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/roster.csv",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/roster.csv", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/associations/{id}/roster.xlsx",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/associations/{}/roster.xlsx", f.own)),
        },
        Row {
            method: "GET",
            path: "/api/v1/jobs/{id}",
            expect: MANAGER_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/jobs/{}", f.job)),
        },
        Row {
            method: "GET",
            path: "/api/v1/people/duplicates",
            expect: STAFF_WRITES_200,
            request: |_, _| TestRequest::get().uri("/api/v1/people/duplicates"),
        },
        Row {
            method: "POST",
            path: "/api/v1/people/merge",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                let (keep, merge) = f.pairs[i];
                json(
                    TestRequest::post().uri("/api/v1/people/merge"),
                    json!({"keep_person_id": keep, "merge_person_ids": [merge]}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/people/merges/{id}",
            expect: STAFF_WRITES_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/people/merges/{}", f.merges[0])),
        },
        Row {
            method: "POST",
            path: "/api/v1/people/merges/{id}/undo",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/people/merges/{}/undo", f.merges[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/award-categories",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/award-categories"),
        },
        Row {
            method: "POST",
            path: "/api/v1/award-categories",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/award-categories"),
                    json!({"code": format!("new_{i}"), "name_vi": "Giải mới", "name_en": "New prize", "level": "provincial", "kind": "prize"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/award-categories/{id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/award-categories/{}", f.aw().categories[0])),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/award-categories/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/award-categories/{}", f.aw().categories[0])),
                    json!({"position": 1000 + i}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/award-categories/{id}",
            expect: STAFF_DELETES_204,
            request: |f, i| TestRequest::delete().uri(&format!("/api/v1/award-categories/{}", f.aw().categories[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/honour-rounds",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/honour-rounds"),
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/honour-rounds"),
                    json!({"year": 2025, "name": format!("Đợt mới {i}")}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/honour-rounds/{id}",
            expect: MANAGERS_SEE_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/honour-rounds/{}", f.aw().open_round)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/honour-rounds/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/honour-rounds/{}", f.aw().open_round)),
                    json!({"description": format!("Mô tả {i}")}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/open-nominations",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/honour-rounds/{}/open-nominations", f.aw().planned[i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/close-nominations",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/honour-rounds/{}/close-nominations", f.aw().opened[i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/reopen-nominations",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/honour-rounds/{}/reopen-nominations", f.aw().reviewed[i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/publish",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/honour-rounds/{}/publish", f.aw().reviewed[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/honour-rounds/{id}/honourees",
            expect: MANAGERS_SEE_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/honour-rounds/{}/honourees", f.aw().open_round)),
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/honourees",
            expect: MANAGER_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/honour-rounds/{}/honourees", f.aw().open_round)),
                    json!({"full_name": format!("Người Mới {i}"), "association_id": f.own, "categories": ["doctorate"]}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/import",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/honour-rounds/{}/import", f.aw().open_round)),
                    json!([{"full_name": format!("Người Nhập {i}"), "categories": ["Anh hùng Lao động"]}]),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/honour-rounds/{id}/honourees/{honouree_id}",
            expect: [404, 404, 404, 404, 404, 200, 200, 200],
            request: |f, _| {
                TestRequest::get().uri(&format!(
                    "/api/v1/honour-rounds/{}/honourees/{}",
                    f.aw().open_round,
                    f.aw().own_honourees[0]
                ))
            },
        },
        Row {
            method: "PATCH",
            path: "/api/v1/honour-rounds/{id}/honourees/{honouree_id}",
            expect: MANAGER_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!(
                        "/api/v1/honour-rounds/{}/honourees/{}",
                        f.aw().open_round,
                        f.aw().own_honourees[0]
                    )),
                    json!({"citation": format!("Thành tích {i}")}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/honour-rounds/{id}/honourees/{honouree_id}",
            expect: [401, 403, 403, 403, 403, 204, 204, 204],
            request: |f, i| {
                TestRequest::delete().uri(&format!(
                    "/api/v1/honour-rounds/{}/honourees/{}",
                    f.aw().open_round,
                    f.aw().own_honourees[i]
                ))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/honour-rounds/{id}/honourees/{honouree_id}/decision",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!(
                        "/api/v1/honour-rounds/{}/honourees/{}/decision",
                        f.aw().review_round,
                        f.aw().review_honourees[i]
                    )),
                    json!({"decision": "approved"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/nominations",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/nominations"),
        },
        Row {
            method: "POST",
            path: "/api/v1/nominations",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/nominations"),
                    json!({"programme": "golden_book_creativity", "year": 2019, "nominee_name": format!("Học Sinh {i}")}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/nominations/{id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/nominations/{}", f.aw().honoured)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/nominations/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/nominations/{}", f.aw().drafted[0])),
                    json!({"notes": format!("Ghi chú {i}")}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/nominations/{id}",
            expect: STAFF_DELETES_204,
            request: |f, i| TestRequest::delete().uri(&format!("/api/v1/nominations/{}", f.aw().drafted[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/nominations/{id}/submit",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/nominations/{}/submit", f.aw().drafted[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/nominations/{id}/record-honoured",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/nominations/{}/record-honoured", f.aw().submitted[i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/nominations/{id}/record-not-selected",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/nominations/{}/record-not-selected", f.aw().submitted[i]))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/commendations",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/commendations"),
        },
        Row {
            method: "POST",
            path: "/api/v1/commendations",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/commendations"),
                    json!({"recipient_kind": "person", "recipient_name": format!("Người Được Khen {i}"), "type": "labour_order", "order_class": "third", "issuer": "state_president", "year": 2020}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/commendations/{id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/commendations/{}", f.aw().commendations[0])),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/commendations/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/commendations/{}", f.aw().commendations[0])),
                    json!({"decision_number": format!("{i}/QĐ-LHHVN")}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/commendations/{id}",
            expect: STAFF_DELETES_204,
            request: |f, i| TestRequest::delete().uri(&format!("/api/v1/commendations/{}", f.aw().commendations[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/activities",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/activities"),
        },
        Row {
            method: "POST",
            path: "/api/v1/activities",
            expect: MANAGER_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri("/api/v1/activities"),
                    json!({"kind": "training", "title": format!("Tập huấn {i}"), "organiser_kind": "association", "association_id": f.own, "starts_on": "2020-05-05", "union_role": "took_part"}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/activities/import",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/activities/import"),
                    json!([{"kind": "workshop", "title": format!("Hội thảo nhập {i}"), "organiser_kind": "union", "starts_on": "2015-04-01", "union_role": "led"}]),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/activities/{id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/activities/{}", f.activities[0])),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/activities/{id}",
            expect: MANAGER_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/activities/{}", f.activities[0])),
                    json!({"participants": 100 + i}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/activities/{id}",
            expect: [401, 403, 403, 403, 403, 204, 204, 204],
            request: |f, i| TestRequest::delete().uri(&format!("/api/v1/activities/{}", f.activities[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/advisory-opinions",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/advisory-opinions"),
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/advisory-opinions"),
                    json!({"title": format!("Phản biện {i}"), "kind": "critique", "requester": "peoples_council", "received_on": "2021-01-04"}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/import",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/advisory-opinions/import"),
                    json!([{"title": format!("Góp ý {i}"), "kind": "draft_law_comment", "requester": "national_assembly_delegation", "received_on": "2013-03-01"}]),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/advisory-opinions/{id}",
            expect: [404, 404, 404, 404, 404, 404, 200, 200],
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{}", f.cases["received"][0])),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/advisory-opinions/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/advisory-opinions/{}", f.cases["received"][0])),
                    json!({"field": format!("Lĩnh vực {i}")}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/accept",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{}/accept", f.cases["received"][i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/decline",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{}/decline", f.cases["received"][i])),
                    json!({"reason": "Ngoài lĩnh vực"}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/start",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{}/start", f.cases["accepted"][i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/submit-opinion",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post()
                    .uri(&format!("/api/v1/advisory-opinions/{}/submit-opinion", f.cases["in_progress"][i]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/record-outcome",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::post()
                        .uri(&format!("/api/v1/advisory-opinions/{}/record-outcome", f.cases["opinion_submitted"][i])),
                    json!({"outcome": "adopted"}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/close",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{}/close", f.cases["outcome_recorded"][i]))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/advisory-opinions/{id}/experts",
            expect: EXPERT_ON_CASE_200,
            request: |f, _| {
                TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{}/experts", f.cases["in_progress"][0]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/experts",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{}/experts", f.cases["received"][0])),
                    json!({"person_id": f.pairs[i].0}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/advisory-opinions/{id}/experts/{expert_id}",
            expect: EXPERT_ON_CASE_200,
            request: |f, _| {
                TestRequest::get().uri(&format!(
                    "/api/v1/advisory-opinions/{}/experts/{}",
                    f.cases["in_progress"][0], f.cases["expert_entries"][0]
                ))
            },
        },
        Row {
            method: "PATCH",
            path: "/api/v1/advisory-opinions/{id}/experts/{expert_id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!(
                        "/api/v1/advisory-opinions/{}/experts/{}",
                        f.cases["in_progress"][i], f.cases["expert_entries"][i]
                    )),
                    json!({"role": "secretary"}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/advisory-opinions/{id}/experts/{expert_id}",
            expect: STAFF_DELETES_204,
            request: |f, i| {
                TestRequest::delete().uri(&format!(
                    "/api/v1/advisory-opinions/{}/experts/{}",
                    f.cases["in_progress"][i], f.cases["expert_entries"][i]
                ))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/experts/{expert_id}/declaration",
            expect: EXPERT_ON_CASE_200,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!(
                        "/api/v1/advisory-opinions/{}/experts/{}/declaration",
                        f.cases["in_progress"][i], f.cases["expert_entries"][i]
                    )),
                    json!({"has_conflict": false}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/advisory-opinions/{id}/drafts",
            expect: EXPERT_ON_CASE_200,
            request: |f, _| {
                TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{}/drafts", f.cases["in_progress"][0]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/advisory-opinions/{id}/drafts",
            expect: [401, 403, 403, 201, 403, 403, 201, 201],
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/advisory-opinions/{}/drafts", f.cases["in_progress"][i])),
                    json!({"text": format!("Dự thảo {i}")}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/advisory-opinions/{id}/drafts/{number}",
            expect: EXPERT_ON_CASE_200,
            request: |f, _| {
                TestRequest::get().uri(&format!("/api/v1/advisory-opinions/{}/drafts/1", f.cases["in_progress"][0]))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/contests",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/contests"),
        },
        Row {
            method: "POST",
            path: "/api/v1/contests",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/contests"),
                    json!({"code": format!("contest_{i}"), "name_vi": format!("Cuộc thi {i}"), "name_en": format!("Contest {i}"), "kind": "other"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/contests/{id}",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/contests/{}", f.ct().contest)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/contests/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/contests/{}", f.ct().contest)),
                    json!({"description": format!("Mô tả {i}")}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/contests/{id}/editions",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/contests/{}/editions", f.ct().contest)),
        },
        Row {
            method: "POST",
            path: "/api/v1/contests/{id}/editions",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/contests/{}/editions", f.ct().contest)),
                    json!({"number": 100 + i, "year": 2027}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/editions/{id}",
            expect: STARTED_EDITION_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/editions/{}", f.ct().edition)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/editions/{id}",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/editions/{}", f.ct().drafts[0])),
                    json!({"name": format!("Kỳ {i}")}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/open",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/editions/{}/open", f.ct().drafts[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/start-judging",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/editions/{}/start-judging", f.ct().opened[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/editions/{id}/entries",
            expect: STARTED_EDITION_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/editions/{}/entries", f.ct().edition)),
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/entries",
            expect: MANAGER_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/editions/{}/entries", f.ct().edition)),
                    json!({"title": format!("Sáng kiến {i}"), "association_id": f.own, "authors": [{"role": "author", "full_name": "Quàng Văn Đóng"}]}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}",
            expect: [404, 404, 404, 404, 404, 200, 200, 200],
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/entries/{}", f.ct().entries[0])),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/entries/{id}",
            expect: OWN_ENTRY_200,
            request: |f, i| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/entries/{}", f.ct().entries[0])),
                    json!({"summary": format!("Tóm tắt {i}")}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/withdraw",
            expect: OWN_ENTRY_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/entries/{}/withdraw", f.ct().entries[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/eligibility",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/entries/{}/eligibility", f.ct().entries[i])),
                    json!({"eligible": true}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/close",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/editions/{}/close", f.ct().published[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/import",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/editions/{}/import", f.ct().drafts[i])),
                    json!([{"title": "Giải pháp cũ", "authors": ["Lò Văn Cũ"], "prize": "first"}]),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/editions/{id}/results",
            expect: ALL_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/editions/{}/results", f.ct().imported)),
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/award-prizes",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/editions/{}/award-prizes", f.ct().judging[i])),
        },
        Row {
            method: "POST",
            path: "/api/v1/editions/{id}/publish-results",
            expect: STAFF_WRITES_200,
            request: |f, i| TestRequest::post().uri(&format!("/api/v1/editions/{}/publish-results", f.ct().judging[i])),
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}/judges",
            expect: STAFF_READS_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/entries/{}/judges", f.ct().judged[0])),
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/judges",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/entries/{}/judges", f.ct().unjudged[i])),
                    json!({"user_id": f.ct().judge}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}/judges/{assignment_id}",
            expect: STAFF_READS_200,
            request: |f, _| {
                TestRequest::get().uri(&format!(
                    "/api/v1/entries/{}/judges/{}",
                    f.ct().judged[0],
                    f.ct().assignments[0]
                ))
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/entries/{id}/judges/{assignment_id}",
            expect: STAFF_DELETES_204,
            request: |f, i| {
                TestRequest::delete().uri(&format!(
                    "/api/v1/entries/{}/judges/{}",
                    f.ct().judged[i],
                    f.ct().assignments[i]
                ))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/conflict",
            expect: [401, 403, 204, 403, 403, 403, 403, 403],
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/entries/{}/conflict", f.ct().judged[i])),
                    json!({"note": "Người quen của tác giả"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}/scores",
            expect: JUDGE_OR_STAFF_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/entries/{}/scores", f.ct().judged[0])),
        },
        Row {
            method: "PUT",
            path: "/api/v1/entries/{id}/scores",
            expect: [401, 403, 200, 403, 403, 403, 403, 403],
            request: |f, i| {
                json(
                    TestRequest::put().uri(&format!("/api/v1/entries/{}/scores", f.ct().judged[i])),
                    json!({"scores": {"novelty": 7}}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}/score-changes",
            expect: JUDGE_OR_STAFF_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/entries/{}/score-changes", f.ct().judged[0])),
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/prize",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/entries/{}/prize", f.ct().judged[i])),
                    json!({"prize": null}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/national-result",
            expect: STAFF_WRITES_200,
            request: |f, i| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/entries/{}/national-result", f.ct().imported_entries[i])),
                    json!({"sent_on": "2026-11-28", "prize": "consolation"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}/international-awards",
            expect: ALL_200,
            request: |f, _| {
                TestRequest::get().uri(&format!("/api/v1/entries/{}/international-awards", f.ct().imported_entries[0]))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/entries/{id}/international-awards",
            expect: STAFF_WRITES_201,
            request: |f, i| {
                json(
                    TestRequest::post()
                        .uri(&format!("/api/v1/entries/{}/international-awards", f.ct().imported_entries[i])),
                    json!({"event": "Triển lãm quốc tế", "year": 2026, "award": "special_prize", "awarded_by": "Ma Cao"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/entries/{id}/international-awards/{award_id}",
            expect: ALL_200,
            request: |f, _| {
                TestRequest::get().uri(&format!(
                    "/api/v1/entries/{}/international-awards/{}",
                    f.ct().imported_entries[0],
                    f.ct().awards_abroad[0]
                ))
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/entries/{id}/international-awards/{award_id}",
            expect: STAFF_DELETES_204,
            request: |f, i| {
                TestRequest::delete().uri(&format!(
                    "/api/v1/entries/{}/international-awards/{}",
                    f.ct().imported_entries[i],
                    f.ct().awards_abroad[i]
                ))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/summary",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/summary?year=2025"),
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/summary.csv",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/summary.csv?year=2025"),
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/series",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/series?metric=members_total"),
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/series.csv",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/series.csv?metric=members_total"),
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/indicators",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/indicators?year=2019"),
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/indicators.csv",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/indicators.csv?year=2019"),
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/indicator-definitions",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/indicator-definitions"),
        },
        Row {
            method: "POST",
            path: "/api/v1/statistics/indicator-definitions",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/statistics/indicator-definitions"),
                    json!({"code": format!("matrix_{i}"), "section": "II", "number": "9", "name_vi": "Chỉ số thử",
                        "name_en": "Test indicator", "unit": "count"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/indicator-definitions/{code}",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/indicator-definitions/members"),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/statistics/indicator-definitions/{code}",
            expect: STAFF_WRITES_200,
            request: |_, i| {
                json(
                    TestRequest::patch().uri("/api/v1/statistics/indicator-definitions/journal"),
                    json!({"position": 100 + i}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/statistics/indicator-definitions/{code}",
            expect: STAFF_DELETES_204,
            request: |_, i| {
                TestRequest::delete().uri(&format!("/api/v1/statistics/indicator-definitions/matrix_delete_{i}"))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/statistics/indicator-definitions/{code}/values",
            expect: STATISTICS_200,
            request: |_, _| TestRequest::get().uri("/api/v1/statistics/indicator-definitions/members/values"),
        },
        Row {
            method: "PUT",
            path: "/api/v1/statistics/indicator-definitions/{code}/values/{year}",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::put()
                        .uri(&format!("/api/v1/statistics/indicator-definitions/journal/values/{}", 2000 + i)),
                    json!({"union_value": 1}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/statistics/indicator-definitions/{code}/values/{year}",
            expect: STAFF_DELETES_204,
            request: |_, i| {
                TestRequest::delete()
                    .uri(&format!("/api/v1/statistics/indicator-definitions/{}/values/2019", SEEDED_2019[i]))
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/statistics/indicator-definitions/{code}/values/{year}/union",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::put()
                        .uri(&format!("/api/v1/statistics/indicator-definitions/journal/values/{}/union", 2000 + i)),
                    json!({"union_value": 1}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/statistics/indicator-definitions/{code}/values/{year}/union",
            expect: STAFF_DELETES_204,
            request: |_, i| {
                TestRequest::delete()
                    .uri(&format!("/api/v1/statistics/indicator-definitions/{}/values/2019/union", SEEDED_2019[i]))
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/statistics/indicator-definitions/{code}/values/{year}/national",
            expect: STAFF_WRITES_201,
            request: |_, i| {
                json(
                    TestRequest::put()
                        .uri(&format!("/api/v1/statistics/indicator-definitions/journal/values/{}/national", 2000 + i)),
                    json!({"national_value": 3, "national_source": "LHHVN"}),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/statistics/indicator-definitions/{code}/values/{year}/national",
            expect: STAFF_DELETES_204,
            request: |_, i| {
                TestRequest::delete()
                    .uri(&format!("/api/v1/statistics/indicator-definitions/{}/values/2019/national", SEEDED_2019[i]))
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/users",
            expect: ADMIN_200,
            request: |_, _| TestRequest::get().uri("/api/v1/users"),
        },
        Row {
            method: "POST",
            path: "/api/v1/users",
            expect: ADMIN_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/users"),
                    json!({"username": format!("new.user{i}"), "password": PASSWORD, "roles": ["judge"]}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/users/{id}",
            expect: ADMIN_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/users/{}", f.user)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/users/{id}",
            expect: ADMIN_200,
            request: |f, _| {
                json(TestRequest::patch().uri(&format!("/api/v1/users/{}", f.user)), json!({"roles": ["expert"]}))
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/users/{id}/disable",
            expect: ADMIN_200,
            request: |f, _| TestRequest::post().uri(&format!("/api/v1/users/{}/disable", f.user)),
        },
        Row {
            method: "POST",
            path: "/api/v1/users/{id}/enable",
            expect: ADMIN_200,
            request: |f, _| TestRequest::post().uri(&format!("/api/v1/users/{}/enable", f.user)),
        },
        Row {
            method: "POST",
            path: "/api/v1/users/{id}/password",
            expect: ADMIN_204,
            request: |f, _| {
                json(
                    TestRequest::post().uri(&format!("/api/v1/users/{}/password", f.user)),
                    json!({"password": "temporary passphrase 9"}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/api-clients",
            expect: ADMIN_200,
            request: |_, _| TestRequest::get().uri("/api/v1/api-clients"),
        },
        Row {
            method: "POST",
            path: "/api/v1/api-clients",
            expect: ADMIN_201,
            request: |_, i| {
                json(
                    TestRequest::post().uri("/api/v1/api-clients"),
                    json!({"name": format!("System {i}"), "roles": ["statistics_reader"]}),
                )
            },
        },
        Row {
            method: "GET",
            path: "/api/v1/api-clients/{id}",
            expect: ADMIN_200,
            request: |f, _| TestRequest::get().uri(&format!("/api/v1/api-clients/{}", f.client)),
        },
        Row {
            method: "PATCH",
            path: "/api/v1/api-clients/{id}",
            expect: ADMIN_200,
            request: |f, _| {
                json(
                    TestRequest::patch().uri(&format!("/api/v1/api-clients/{}", f.client)),
                    json!({"name": "Renamed system"}),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/api-clients/{id}/secret",
            expect: ADMIN_200,
            request: |f, _| TestRequest::post().uri(&format!("/api/v1/api-clients/{}/secret", f.client)),
        },
        Row {
            method: "GET",
            path: "/api/v1/audit-log",
            expect: ADMIN_200,
            request: |_, _| TestRequest::get().uri("/api/v1/audit-log"),
        },
        Row {
            method: "GET",
            path: "/api/v1/reference",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/reference"),
        },
        Row {
            method: "GET",
            path: "/api/v1/reference/{list}",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/reference/ethnic_groups"),
        },
        Row {
            method: "GET",
            path: "/api/v1/imports",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/imports"),
        },
        Row {
            method: "GET",
            path: "/api/v1/imports/{kind}/columns",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/imports/activities/columns"),
        },
        Row {
            method: "GET",
            path: "/api/v1/imports/{kind}/template.xlsx",
            expect: ALL_200,
            request: |_, _| TestRequest::get().uri("/api/v1/imports/roster/template.xlsx"),
        },
    ]
}

async fn post_json(app: &TestApp, uri: &str, body: serde_json::Value) -> serde_json::Value {
    let res = app.call_as(&[Role::Admin], &[], json(TestRequest::post().uri(uri), body)).await;
    assert!(res.status.is_success(), "fixture {uri}: {:?}", res.body);
    res.json()
}

async fn token(app: &TestApp, username: &str) -> String {
    let body =
        serde_urlencoded::to_string([("grant_type", "password"), ("username", username), ("password", PASSWORD)])
            .expect("form");
    let res = app
        .call(
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
                .set_payload(body),
        )
        .await;
    assert_eq!(res.status, 200, "fixture login {username}: {:?}", res.body);
    format!("Bearer {}", res.json()["access_token"].as_str().expect("token"))
}

async fn fixture(app: &TestApp) -> Fixture {
    let own = post_json(app, "/api/v1/associations", json!({"name": "Hội của quản lý", "kind": "member_association"}))
        .await["id"]
        .as_i64()
        .expect("id");
    let other = post_json(app, "/api/v1/associations", json!({"name": "Hội khác", "kind": "member_association"})).await
        ["id"]
        .as_i64()
        .expect("id");
    let branch = post_json(app, &format!("/api/v1/associations/{own}/branches"), json!({"name": "Chi hội gốc"})).await
        ["id"]
        .as_i64()
        .expect("id");
    let mut active = Vec::new();
    let mut suspended = Vec::new();
    for i in 0..8 {
        active.push(
            post_json(
                app,
                "/api/v1/associations",
                json!({"name": format!("Hội hoạt động {i}"), "kind": "member_association"}),
            )
            .await["id"]
                .as_i64()
                .expect("id"),
        );
        let s = post_json(
            app,
            "/api/v1/associations",
            json!({"name": format!("Hội tạm ngừng {i}"), "kind": "member_association"}),
        )
        .await["id"]
            .as_i64()
            .expect("id");
        post_json(app, &format!("/api/v1/associations/{s}/suspend"), json!({})).await;
        suspended.push(s);
    }
    let user = app.create_user("matrix.target", PASSWORD, &[Role::Judge], &[]).await;
    let reader =
        post_json(app, "/api/v1/api-clients", json!({"name": "Provincial statistics", "roles": ["statistics_reader"]}))
            .await;
    let client =
        post_json(app, "/api/v1/api-clients", json!({"name": "Target system", "roles": ["statistics_reader"]})).await
            ["id"]
            .as_i64()
            .expect("id");
    let reader_token = {
        let body = format!(
            "grant_type=client_credentials&client_id={}&client_secret={}",
            reader["client_id"].as_str().expect("id"),
            reader["client_secret"].as_str().expect("secret")
        );
        let res = app
            .call(
                TestRequest::post()
                    .uri("/api/v1/auth/token")
                    .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
                    .set_payload(body),
            )
            .await;
        format!("Bearer {}", res.json()["access_token"].as_str().expect("token"))
    };
    app.create_user("matrix.judge", PASSWORD, &[Role::Judge], &[]).await;
    app.create_user("matrix.expert", PASSWORD, &[Role::Expert], &[]).await;
    app.create_user("matrix.othermgr", PASSWORD, &[Role::AssociationManager], &[other]).await;
    app.create_user("matrix.manager", PASSWORD, &[Role::AssociationManager], &[own]).await;
    app.create_user("matrix.staff", PASSWORD, &[Role::Staff], &[]).await;
    app.create_user("matrix.admin", PASSWORD, &[Role::Admin], &[]).await;
    let mut tokens = vec![None, Some(reader_token)];
    for name in ["matrix.judge", "matrix.expert", "matrix.othermgr", "matrix.manager", "matrix.staff", "matrix.admin"] {
        tokens.push(Some(token(app, name).await));
    }
    let member = post_json(
        app,
        &format!("/api/v1/associations/{own}/members"),
        json!({"full_name": "Nguyễn Văn An", "phone": "0912 345 678"}),
    )
    .await["id"]
        .as_i64()
        .expect("id");
    let mut pairs = Vec::new();
    let mut merges = Vec::new();
    for i in 0..16 {
        let mut people = Vec::new();
        for _ in 0..2 {
            let m = post_json(
                app,
                &format!("/api/v1/associations/{own}/members"),
                json!({"full_name": format!("Hà Văn Số {i}")}),
            )
            .await;
            people.push(m["person"]["id"].as_i64().expect("person"));
        }
        if i < 8 {
            pairs.push((people[0], people[1]));
        } else {
            let merge = post_json(
                app,
                "/api/v1/people/merge",
                json!({"keep_person_id": people[0], "merge_person_ids": [people[1]]}),
            )
            .await;
            merges.push(merge["id"].as_i64().expect("merge"));
        }
    }
    let job = post_json(
        app,
        &format!("/api/v1/associations/{own}/roster/sync?async=true"),
        json!([{"external_id": "JOB-1", "full_name": "Quàng Văn Job"}]),
    )
    .await["id"]
        .as_i64()
        .expect("job");
    Fixture {
        own,
        branch,
        active,
        suspended,
        user,
        client,
        member,
        pairs,
        merges,
        job,
        tokens,
        awards: None,
        activities: Vec::new(),
        cases: Default::default(),
        contests: None,
    }
}

async fn id_of(app: &TestApp, uri: &str, body: serde_json::Value) -> i64 {
    post_json(app, uri, body).await["id"].as_i64().expect("id")
}

async fn round(app: &TestApp, name: &str, steps: &[&str]) -> i64 {
    let id = id_of(app, "/api/v1/honour-rounds", json!({"year": 2024, "name": name})).await;
    for step in steps {
        post_json(app, &format!("/api/v1/honour-rounds/{id}/{step}"), json!({})).await;
    }
    id
}

async fn awards_fixture(app: &TestApp, own: i64) -> Awards {
    let mut categories = Vec::new();
    let (mut planned, mut opened, mut reviewed) = (Vec::new(), Vec::new(), Vec::new());
    let (mut own_honourees, mut review_honourees) = (Vec::new(), Vec::new());
    let (mut drafted, mut submitted, mut commendations) = (Vec::new(), Vec::new(), Vec::new());
    let open_round = round(app, "Đợt đang nhận đề xuất", &["open-nominations"]).await;
    let review_round = round(app, "Đợt đang xét", &["open-nominations"]).await;
    for i in 0..8 {
        categories.push(
            id_of(
                app,
                "/api/v1/award-categories",
                json!({"code": format!("unused_{i}"), "name_vi": format!("Hạng mục {i}"), "name_en": format!("Category {i}"), "level": "provincial", "kind": "prize"}),
            )
            .await,
        );
        planned.push(round(app, &format!("Đợt dự kiến {i}"), &[]).await);
        opened.push(round(app, &format!("Đợt mở {i}"), &["open-nominations"]).await);
        reviewed.push(round(app, &format!("Đợt xét {i}"), &["open-nominations", "close-nominations"]).await);
        own_honourees.push(
            id_of(
                app,
                &format!("/api/v1/honour-rounds/{open_round}/honourees"),
                json!({"full_name": format!("Lò Văn Đề Xuất {i}"), "association_id": own, "categories": ["doctorate"]}),
            )
            .await,
        );
        review_honourees.push(
            id_of(
                app,
                &format!("/api/v1/honour-rounds/{review_round}/honourees"),
                json!({"full_name": format!("Cầm Thị Xét {i}"), "association_id": own, "categories": ["labour_hero"]}),
            )
            .await,
        );
        let body = json!({"programme": "farmers_scientist", "year": 2019, "nominee_name": format!("Nhà Nông {i}")});
        drafted.push(id_of(app, "/api/v1/nominations", body.clone()).await);
        let s = id_of(app, "/api/v1/nominations", body).await;
        post_json(app, &format!("/api/v1/nominations/{s}/submit"), json!({})).await;
        submitted.push(s);
        commendations.push(
            id_of(
                app,
                "/api/v1/commendations",
                json!({"recipient_kind": "union", "type": "certificate_of_merit", "issuer": "vusta", "year": 2017}),
            )
            .await,
        );
    }
    post_json(app, &format!("/api/v1/honour-rounds/{review_round}/close-nominations"), json!({})).await;
    let honoured = id_of(
        app,
        "/api/v1/nominations",
        json!({"programme": "outstanding_intellectual", "year": 2019, "nominee_name": "Trí Thức Vinh Danh"}),
    )
    .await;
    post_json(app, &format!("/api/v1/nominations/{honoured}/submit"), json!({})).await;
    post_json(app, &format!("/api/v1/nominations/{honoured}/record-honoured"), json!({})).await;
    Awards {
        categories,
        open_round,
        own_honourees,
        review_round,
        review_honourees,
        planned,
        opened,
        reviewed,
        drafted,
        submitted,
        honoured,
        commendations,
    }
}

/// One imported case per caller in each workflow status.
/// A term, a staff record and a unit to read (term 1, 2019, `office`), and one of each per
/// caller to delete (terms 10-17, 1990-1997, `gone_0`-`gone_7`).
async fn union_fixture(app: &TestApp) {
    let mut writes = vec![
        (
            "/api/v1/union/terms/1".to_owned(),
            json!({"congress_on": "1995-10-01", "first_year": 1995, "last_year": 1999}),
        ),
        ("/api/v1/union/staff/2019".to_owned(), json!({"full_time": 10})),
        ("/api/v1/union/province/2019".to_owned(), json!({"st_intellectuals": 41700})),
        ("/api/v1/union/units/office".to_owned(), json!({"name": "Văn phòng", "kind": "department"})),
    ];
    for i in 0..8 {
        let year = 2000 + i;
        writes.push((
            format!("/api/v1/union/terms/{}", 10 + i),
            json!({"congress_on": format!("{year}-10-01"), "first_year": year, "last_year": year}),
        ));
        writes.push((format!("/api/v1/union/staff/{}", 1990 + i), json!({"full_time": 3})));
        writes.push((format!("/api/v1/union/province/{}", 1990 + i), json!({"st_intellectuals": 30000})));
        writes.push((format!("/api/v1/union/units/gone_{i}"), json!({"name": "Trung tâm", "kind": "centre"})));
    }
    for (uri, body) in writes {
        let res = app.call_as(&[Role::Admin], &[], json(TestRequest::put().uri(&uri), body)).await;
        assert_eq!(res.status, 201, "fixture {uri}: {:?}", res.body);
    }
}

async fn advisory_fixture(app: &TestApp, own: i64) -> std::collections::HashMap<&'static str, Vec<i64>> {
    let statuses = ["received", "accepted", "in_progress", "opinion_submitted", "outcome_recorded"];
    let mut records = Vec::new();
    for status in statuses {
        for i in 0..8 {
            let mut record = json!({"title": format!("{status} {i}"), "kind": "critique", "requester": "peoples_committee", "received_on": "2020-03-05", "status": status});
            if status == "opinion_submitted" || status == "outcome_recorded" {
                record["submitted_on"] = json!("2020-03-30");
            }
            if status == "outcome_recorded" {
                record["outcome"] = json!("adopted");
            }
            records.push(record);
        }
    }
    post_json(app, "/api/v1/advisory-opinions/import", json!(records)).await;
    let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri("/api/v1/advisory-opinions?limit=500")).await;
    let mut cases: std::collections::HashMap<&'static str, Vec<i64>> = std::collections::HashMap::new();
    let page = res.json();
    for status in statuses {
        for i in 0..8 {
            let title = format!("{status} {i}");
            let id = page["items"]
                .as_array()
                .expect("items")
                .iter()
                .find(|c| c["title"] == title.as_str())
                .and_then(|c| c["id"].as_i64())
                .expect("imported case");
            cases.entry(status).or_default().push(id);
        }
    }
    let expert = lienhiep::models::user::find_by_username(&mut app.conn(), "matrix.expert")
        .expect("query")
        .expect("the expert user")
        .user
        .id;
    let person =
        post_json(app, &format!("/api/v1/associations/{own}/members"), json!({"full_name": "Lò Văn Chuyên Gia"})).await
            ["person"]["id"]
            .as_i64()
            .expect("person");
    let res = app
        .call_as(
            &[Role::Admin],
            &[],
            json(TestRequest::patch().uri(&format!("/api/v1/users/{expert}")), json!({"person_id": person})),
        )
        .await;
    assert_eq!(res.status, 200, "fixture: link the expert to a person: {:?}", res.body);
    let mut entries = Vec::new();
    for case in cases["in_progress"].clone() {
        let entry = id_of(app, &format!("/api/v1/advisory-opinions/{case}/experts"), json!({"user_id": expert})).await;
        post_json(
            app,
            &format!("/api/v1/advisory-opinions/{case}/experts/{entry}/declaration"),
            json!({"has_conflict": false}),
        )
        .await;
        post_json(app, &format!("/api/v1/advisory-opinions/{case}/drafts"), json!({"text": "Dự thảo ý kiến"})).await;
        entries.push(entry);
    }
    cases.insert("expert_entries", entries);
    cases
}

/// The parts of the contests fixture a route uses (each part costs requests on every run).
fn contest_parts(path: &str) -> [bool; 6] {
    let drafts = path == "/api/v1/editions/{id}" || path.ends_with("/open") || path.ends_with("/import");
    let opened = path.ends_with("/start-judging");
    let judging = path.ends_with("/award-prizes") || path.ends_with("/publish-results");
    let published = path.ends_with("/close");
    let imported =
        path.ends_with("/results") || path.ends_with("/national-result") || path.contains("/international-awards");
    let judged = ["/judges", "/conflict", "/scores", "/score-changes", "/prize"].iter().any(|p| path.contains(p));
    [drafts, opened, judging, published, imported, judged]
}

async fn contests_fixture(app: &TestApp, own: i64, path: &str) -> Contests {
    let [need_drafts, need_opened, need_judging, need_published, need_imported, need_judged] = contest_parts(path);
    let contest = id_of(
        app,
        "/api/v1/contests",
        json!({"code": "matrix_contest", "name_vi": "Cuộc thi thử", "name_en": "Test contest", "kind": "technical_innovation"}),
    )
    .await;
    let criteria = json!([{"code": "novelty", "name": "Tính mới", "weight": 1, "max_score": 10}]);
    let mut number = 0;
    let mut new_edition = |open: bool| {
        number += 1;
        let body = json!({"number": number, "year": 2026, "criteria": criteria.clone()});
        async move {
            let id = id_of(app, &format!("/api/v1/contests/{contest}/editions"), body).await;
            if open {
                post_json(app, &format!("/api/v1/editions/{id}/open"), json!({})).await;
            }
            id
        }
    };
    let (mut drafts, mut opened) = (Vec::new(), Vec::new());
    for _ in 0..8 {
        if need_drafts {
            drafts.push(new_edition(false).await);
        }
        if need_opened {
            opened.push(new_edition(true).await);
        }
    }
    let edition = new_edition(true).await;
    let mut entries = Vec::new();
    for i in 0..8 {
        entries.push(
            id_of(
                app,
                &format!("/api/v1/editions/{edition}/entries"),
                json!({"title": format!("Giải pháp {i}"), "association_id": own, "authors": [{"role": "author", "full_name": "Lò Văn Pha"}]}),
            )
            .await,
        );
    }
    let (mut judging, mut published) = (Vec::new(), Vec::new());
    for _ in 0..8 {
        if need_judging {
            let j = new_edition(true).await;
            post_json(app, &format!("/api/v1/editions/{j}/start-judging"), json!({})).await;
            judging.push(j);
        }
        if need_published {
            let p = new_edition(true).await;
            post_json(app, &format!("/api/v1/editions/{p}/start-judging"), json!({})).await;
            post_json(app, &format!("/api/v1/editions/{p}/publish-results"), json!({})).await;
            published.push(p);
        }
    }
    let (mut imported, mut imported_entries, mut awards_abroad) = (0, Vec::new(), Vec::new());
    if need_imported {
        imported = new_edition(false).await;
        let records: Vec<serde_json::Value> = (0..8)
            .map(|i| json!({"title": format!("Giải pháp cũ {i}"), "authors": ["Lò Văn Cũ"], "prize": "consolation"}))
            .collect();
        post_json(app, &format!("/api/v1/editions/{imported}/import?published_on=2026-11-01"), json!(records)).await;
        imported_entries = get_json(app, &format!("/api/v1/editions/{imported}/entries")).await["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|e| e["id"].as_i64().expect("id"))
            .collect();
        for entry in &imported_entries {
            let award = json!({"event": "Triển lãm quốc tế", "year": 2026, "award": "silver_medal"});
            awards_abroad.push(id_of(app, &format!("/api/v1/entries/{entry}/international-awards"), award).await);
        }
    }
    let (mut judged, mut assignments, mut unjudged, mut judge) = (Vec::new(), Vec::new(), Vec::new(), 0);
    if need_judged {
        // The judge caller, linked to a member of another association.
        judge = lienhiep::models::user::find_by_username(&mut app.conn(), "matrix.judge")
            .expect("query")
            .expect("the judge user")
            .user
            .id;
        let elsewhere = crate::associations::create_ok(app, "Hội Giám khảo").await;
        let person =
            post_json(app, &format!("/api/v1/associations/{elsewhere}/members"), json!({"full_name": "Hà Văn Thẩm"}))
                .await["person"]["id"]
                .as_i64()
                .expect("person");
        let link = json(TestRequest::patch().uri(&format!("/api/v1/users/{judge}")), json!({"person_id": person}));
        let res = app.call_as(&[Role::Admin], &[], link).await;
        assert_eq!(res.status, 200, "fixture: link the judge to a person: {:?}", res.body);
        let scored = new_edition(true).await;
        for i in 0..16 {
            let e = id_of(
                app,
                &format!("/api/v1/editions/{scored}/entries"),
                json!({"title": format!("Giải pháp chấm {i}"), "association_id": own, "authors": [{"role": "author", "full_name": "Lò Văn Pha"}]}),
            )
            .await;
            post_json(app, &format!("/api/v1/entries/{e}/eligibility"), json!({"eligible": true})).await;
            if i < 8 {
                assignments.push(id_of(app, &format!("/api/v1/entries/{e}/judges"), json!({"user_id": judge})).await);
                judged.push(e);
            } else {
                unjudged.push(e);
            }
        }
        post_json(app, &format!("/api/v1/editions/{scored}/start-judging"), json!({})).await;
    }
    Contests {
        contest,
        drafts,
        opened,
        edition,
        entries,
        judging,
        published,
        imported,
        imported_entries,
        awards_abroad,
        judged,
        assignments,
        unjudged,
        judge,
    }
}

async fn get_json(app: &TestApp, uri: &str) -> serde_json::Value {
    let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri(uri)).await;
    assert!(res.status.is_success(), "fixture {uri}: {:?}", res.body);
    res.json()
}

fn render(rows: &[Row]) -> String {
    let mut out = String::from("| route | ");
    out.push_str(&CALLERS.join(" | "));
    out.push_str(" |\n|---|");
    out.push_str(&"---|".repeat(CALLERS.len()));
    out.push('\n');
    for row in rows {
        out.push_str(&format!("| `{} {}` |", row.method, row.path));
        for status in row.expect {
            out.push_str(&format!(" {status} |"));
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_route_of_the_openapi_document_has_a_row() {
    let doc: serde_json::Value = serde_json::from_str(&lienhiep::router::document_json()).expect("json");
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("item").keys() {
            documented.insert(format!("{} {path}", method.to_uppercase()));
        }
    }
    let tabled: BTreeSet<String> = rows().iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    let missing: Vec<_> = documented.difference(&tabled).collect();
    let extra: Vec<_> = tabled.difference(&documented).collect();
    assert!(missing.is_empty(), "routes without a row in the authorization matrix: {missing:?}");
    assert!(extra.is_empty(), "rows for routes the document does not have: {extra:?}");
}

#[test]
fn the_docs_show_the_matrix() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/authorization.md");
    let readme = std::fs::read_to_string(&path).expect("docs/authorization.md");
    let (start, end) = ("<!-- authorization-matrix:start -->\n", "<!-- authorization-matrix:end -->");
    let (Some(a), Some(b)) = (readme.find(start), readme.find(end)) else {
        panic!("docs/authorization.md needs the markers {start:?} and {end:?}");
    };
    let table = render(&rows());
    let current = &readme[a + start.len()..b];
    if current != table {
        if std::env::var("LIENHIEP_UPDATE_DOCS").is_ok() {
            let updated = format!("{}{}{}", &readme[..a + start.len()], table, &readme[b..]);
            std::fs::write(&path, updated).expect("write docs/authorization.md");
        } else {
            panic!("the authorization matrix of docs/authorization.md is out of date; run: LIENHIEP_UPDATE_DOCS=1 cargo test authorization");
        }
    }
}

async fn check_route(row: Row) -> Vec<String> {
    let app = TestApp::spawn().await;
    let mut f = fixture(&app).await;
    if ["/api/v1/award-categories", "/api/v1/honour-rounds", "/api/v1/nominations", "/api/v1/commendations"]
        .iter()
        .any(|p| row.path.starts_with(p))
    {
        f.awards = Some(awards_fixture(&app, f.own).await);
    }
    if row.path.starts_with("/api/v1/advisory-opinions") {
        f.cases = advisory_fixture(&app, f.own).await;
    }
    if row.path.starts_with("/api/v1/union/") {
        union_fixture(&app).await;
    }
    if ["/api/v1/contests", "/api/v1/editions", "/api/v1/entries"].iter().any(|p| row.path.starts_with(p)) {
        f.contests = Some(contests_fixture(&app, f.own, row.path).await);
    }
    if row.path == "/api/v1/associations/{id}/annual-reports/{year}" {
        for year in (1990..1998).chain([2020]) {
            let uri = format!("/api/v1/associations/{}/annual-reports/{year}", f.own);
            let res =
                app.call_as(&[Role::Admin], &[], json(TestRequest::put().uri(&uri), json!({"members": 10}))).await;
            assert_eq!(res.status, 201, "fixture {uri}: {:?}", res.body);
        }
    }
    if row.path == "/api/v1/associations/{id}/national-standing/{year}" {
        for year in (1990..1998).chain([2020]) {
            let uri = format!("/api/v1/associations/{}/national-standing/{year}", f.own);
            let res = app
                .call_as(&[Role::Admin], &[], json(TestRequest::put().uri(&uri), json!({"ranking": "leading"})))
                .await;
            assert_eq!(res.status, 201, "fixture {uri}: {:?}", res.body);
        }
    }
    if row.path == "/api/v1/statistics/indicator-definitions/{code}/values/{year}/union" {
        // The seeded 2019 values hold only the national reference: a union note to delete.
        for code in SEEDED_2019 {
            let uri = format!("/api/v1/statistics/indicator-definitions/{code}/values/2019/union");
            let res =
                app.call_as(&[Role::Admin], &[], json(TestRequest::put().uri(&uri), json!({"union_note": "x"}))).await;
            assert_eq!(res.status, 200, "fixture {uri}: {:?}", res.body);
        }
    }
    if row.path == "/api/v1/statistics/indicator-definitions/{code}" {
        for i in 0..8 {
            let body = json!({"code": format!("matrix_delete_{i}"), "section": "II", "number": "9",
                "name_vi": "Chỉ số thử", "name_en": "Test indicator", "unit": "count"});
            post_json(&app, "/api/v1/statistics/indicator-definitions", body).await;
        }
    }
    if row.path.starts_with("/api/v1/activities") {
        for i in 0..8 {
            let body = json!({"kind": "workshop", "title": format!("Hội thảo {i}"), "organiser_kind": "association", "association_id": f.own, "starts_on": "2019-10-18", "union_role": "co_organised"});
            f.activities.push(id_of(&app, "/api/v1/activities", body).await);
        }
    }
    let mut failures = Vec::new();
    let write = matches!(row.method, "POST" | "PUT" | "PATCH" | "DELETE");
    // Where the body names the association (a new record's), a manager's scope can only be
    // checked once the body is read: a manager of another association may hear 400 first.
    let scope_in_body = SCOPE_IN_BODY.contains(&format!("{} {}", row.method, row.path).as_str());
    for (i, caller) in CALLERS.iter().enumerate() {
        // A caller who may not write here is told so whatever the body: the role and the
        // association scope are checked before the body is read.
        if write
            && matches!(row.expect[i], 401 | 403)
            && !(*caller == "manager of another association" && scope_in_body)
        {
            let mut req = (row.request)(&f, i).set_payload("{\"not\": [valid");
            if let Some(token) = &f.tokens[i] {
                req = req.insert_header(("Authorization", token.clone()));
            }
            let res = app.call(req).await;
            if res.status.as_u16() != row.expect[i] {
                failures.push(format!(
                    "{} {} as {caller} with an invalid body: expected {}, got {} {}",
                    row.method,
                    row.path,
                    row.expect[i],
                    res.status.as_u16(),
                    String::from_utf8_lossy(&res.body).chars().take(120).collect::<String>()
                ));
            }
        }
        let mut req = (row.request)(&f, i);
        if let Some(token) = &f.tokens[i] {
            req = req.insert_header(("Authorization", token.clone()));
        }
        let res = app.call(req).await;
        if res.status.as_u16() != row.expect[i] {
            failures.push(format!(
                "{} {} as {caller}: expected {}, got {} {}",
                row.method,
                row.path,
                row.expect[i],
                res.status.as_u16(),
                String::from_utf8_lossy(&res.body).chars().take(200).collect::<String>()
            ));
        }
    }
    failures
}

#[actix_web::test]
async fn every_route_answers_each_caller_as_the_matrix_says() {
    let mut failures = Vec::new();
    let mut rows = rows();
    // A few routes at a time, each on its own database.
    while !rows.is_empty() {
        let batch: Vec<Row> = rows.drain(..rows.len().min(4)).collect();
        for f in futures_util::future::join_all(batch.into_iter().map(check_route)).await {
            failures.extend(f);
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
