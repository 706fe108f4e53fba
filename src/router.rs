//! The route table and the application around it: used by `main` (through `startup`) and
//! by the tests alike.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::{from_fn, Condition};
use actix_web::{web, App, HttpRequest, HttpResponse};
use utoipa_actix_web::{scope, AppExt};
use utoipa_swagger_ui::SwaggerUi;

use crate::api::{
    activities, advisory, annual_reports, api_clients, associations, audit_log, auth, award_categories, branches,
    commendations, contest_entries, contests, extract, honours, imports, jobs, judging, members, national_standing,
    nominations, operations, people, reference, roster, statistics, union_profile, users,
};
use crate::config::CorsOrigins;
use crate::error::ApiError;
use crate::state::{AppState, RouteIndex};
use crate::{middleware, openapi};

/// The route table. Every route is registered through utoipa-actix-web so that none is
/// missing from the OpenAPI document.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(operations::handlers::get_healthz)
        .service(operations::handlers::get_readyz)
        .service(operations::handlers::get_metrics)
        .service(
            scope::scope("/api/v1")
                .service(operations::handlers::get_openapi)
                .service(auth::handlers::create_token)
                .service(auth::handlers::revoke_token)
                .service(auth::handlers::get_jwks)
                .service(auth::handlers::get_me)
                .service(auth::handlers::change_my_password)
                .service(associations::handlers::list_associations)
                .service(associations::handlers::create_association)
                .service(associations::handlers::get_association)
                .service(associations::handlers::update_association)
                .service(associations::handlers::suspend_association)
                .service(associations::handlers::reactivate_association)
                .service(associations::handlers::dissolve_association)
                .service(associations::handlers::list_association_status_history)
                .service(branches::handlers::list_branches)
                .service(branches::handlers::create_branch)
                .service(branches::handlers::get_branch)
                .service(branches::handlers::update_branch)
                .service(annual_reports::handlers::list_annual_reports)
                .service(annual_reports::handlers::get_annual_report)
                .service(annual_reports::handlers::put_annual_report)
                .service(annual_reports::handlers::delete_annual_report)
                .service(national_standing::handlers::list_national_standing)
                .service(national_standing::handlers::get_national_standing)
                .service(national_standing::handlers::put_national_standing)
                .service(national_standing::handlers::delete_national_standing)
                .service(members::handlers::list_members)
                .service(members::handlers::list_association_members)
                .service(members::handlers::create_member)
                .service(members::handlers::get_member)
                .service(members::handlers::update_member)
                .service(members::handlers::delete_member)
                .service(roster::handlers::sync_roster)
                .service(roster::handlers::export_roster)
                .service(roster::handlers::export_roster_csv)
                .service(roster::handlers::export_roster_xlsx)
                .service(roster::handlers::list_roster_changes)
                .service(roster::handlers::get_roster_template)
                .service(jobs::handlers::get_job)
                .service(people::handlers::list_duplicates)
                .service(people::handlers::merge_people)
                .service(people::handlers::get_merge)
                .service(people::handlers::undo_merge)
                .service(award_categories::handlers::list_award_categories)
                .service(award_categories::handlers::create_award_category)
                .service(award_categories::handlers::get_award_category)
                .service(award_categories::handlers::update_award_category)
                .service(award_categories::handlers::delete_award_category)
                .service(honours::handlers::list_honour_rounds)
                .service(honours::handlers::create_honour_round)
                .service(honours::handlers::get_honour_round)
                .service(honours::handlers::update_honour_round)
                .service(honours::handlers::open_honour_round_nominations)
                .service(honours::handlers::close_honour_round_nominations)
                .service(honours::handlers::reopen_honour_round_nominations)
                .service(honours::handlers::publish_honour_round)
                .service(honours::handlers::list_honourees)
                .service(honours::handlers::import_honourees)
                .service(honours::handlers::propose_honouree)
                .service(honours::handlers::get_honouree)
                .service(honours::handlers::update_honouree)
                .service(honours::handlers::withdraw_honouree)
                .service(honours::handlers::decide_honouree)
                .service(nominations::handlers::list_nominations)
                .service(nominations::handlers::create_nomination)
                .service(nominations::handlers::get_nomination)
                .service(nominations::handlers::update_nomination)
                .service(nominations::handlers::delete_nomination)
                .service(nominations::handlers::submit_nomination)
                .service(nominations::handlers::record_nomination_honoured)
                .service(nominations::handlers::record_nomination_not_selected)
                .service(commendations::handlers::list_commendations)
                .service(commendations::handlers::create_commendation)
                .service(commendations::handlers::get_commendation)
                .service(commendations::handlers::update_commendation)
                .service(commendations::handlers::delete_commendation)
                .service(activities::handlers::list_activities)
                .service(activities::handlers::import_activities)
                .service(activities::handlers::create_activity)
                .service(activities::handlers::get_activity)
                .service(activities::handlers::update_activity)
                .service(activities::handlers::delete_activity)
                .service(union_profile::handlers::get_union_profile)
                .service(union_profile::handlers::update_union_profile)
                .service(union_profile::handlers::list_union_terms)
                .service(union_profile::handlers::get_union_term)
                .service(union_profile::handlers::put_union_term)
                .service(union_profile::handlers::delete_union_term)
                .service(union_profile::handlers::list_union_staff)
                .service(union_profile::handlers::get_union_staff_record)
                .service(union_profile::handlers::put_union_staff_record)
                .service(union_profile::handlers::delete_union_staff_record)
                .service(union_profile::handlers::list_province_figures)
                .service(union_profile::handlers::get_province_figures)
                .service(union_profile::handlers::put_province_figures)
                .service(union_profile::handlers::delete_province_figures)
                .service(union_profile::handlers::list_union_units)
                .service(union_profile::handlers::get_union_unit)
                .service(union_profile::handlers::put_union_unit)
                .service(union_profile::handlers::delete_union_unit)
                .service(advisory::handlers::list_advisory_cases)
                .service(advisory::handlers::import_advisory_cases)
                .service(advisory::handlers::create_advisory_case)
                .service(advisory::handlers::get_advisory_case)
                .service(advisory::handlers::update_advisory_case)
                .service(advisory::handlers::accept_advisory_case)
                .service(advisory::handlers::decline_advisory_case)
                .service(advisory::handlers::start_advisory_case)
                .service(advisory::handlers::submit_advisory_opinion)
                .service(advisory::handlers::record_advisory_outcome)
                .service(advisory::handlers::close_advisory_case)
                .service(advisory::team::list_advisory_experts)
                .service(advisory::team::add_advisory_expert)
                .service(advisory::team::get_advisory_expert)
                .service(advisory::team::update_advisory_expert)
                .service(advisory::team::remove_advisory_expert)
                .service(advisory::team::declare_advisory_conflicts)
                .service(advisory::team::list_advisory_drafts)
                .service(advisory::team::write_advisory_draft)
                .service(advisory::team::get_advisory_draft)
                .service(contests::handlers::list_contests)
                .service(contests::handlers::create_contest)
                .service(contests::handlers::get_contest)
                .service(contests::handlers::update_contest)
                .service(contests::handlers::list_editions)
                .service(contests::handlers::create_edition)
                .service(contests::handlers::get_edition)
                .service(contests::handlers::update_edition)
                .service(contests::handlers::open_edition)
                .service(contests::handlers::start_edition_judging)
                .service(contest_entries::handlers::list_entries)
                .service(contest_entries::handlers::import_edition_entries)
                .service(contest_entries::handlers::submit_entry)
                .service(contest_entries::handlers::get_entry)
                .service(contest_entries::handlers::update_entry)
                .service(contest_entries::handlers::withdraw_entry)
                .service(contest_entries::handlers::decide_entry_eligibility)
                .service(contests::handlers::close_edition)
                .service(judging::handlers::list_entry_judges)
                .service(judging::handlers::assign_entry_judge)
                .service(judging::handlers::get_entry_judge)
                .service(judging::handlers::remove_entry_judge)
                .service(judging::handlers::declare_entry_conflict)
                .service(judging::handlers::get_entry_scores)
                .service(judging::handlers::score_entry)
                .service(judging::handlers::list_entry_score_changes)
                .service(judging::handlers::get_edition_results)
                .service(judging::handlers::award_edition_prizes)
                .service(judging::handlers::set_entry_prize)
                .service(judging::handlers::publish_edition_results)
                .service(judging::handlers::record_entry_national_result)
                .service(judging::handlers::list_entry_international_awards)
                .service(judging::handlers::add_entry_international_award)
                .service(judging::handlers::get_entry_international_award)
                .service(judging::handlers::remove_entry_international_award)
                .service(statistics::handlers::get_statistics_summary)
                .service(statistics::handlers::get_statistics_summary_csv)
                .service(statistics::handlers::get_statistics_series)
                .service(statistics::handlers::get_statistics_series_csv)
                .service(statistics::indicators::get_indicators)
                .service(statistics::indicators::get_indicators_csv)
                .service(statistics::indicators::list_indicator_definitions)
                .service(statistics::indicators::create_indicator_definition)
                .service(statistics::indicators::get_indicator_definition)
                .service(statistics::indicators::update_indicator_definition)
                .service(statistics::indicators::delete_indicator_definition)
                .service(statistics::indicators::list_indicator_values)
                .service(statistics::indicators::put_indicator_value)
                .service(statistics::indicators::delete_indicator_value)
                .service(statistics::indicators::put_union_value)
                .service(statistics::indicators::delete_union_value)
                .service(statistics::indicators::put_national_value)
                .service(statistics::indicators::delete_national_value)
                .service(users::handlers::list_users)
                .service(users::handlers::create_user)
                .service(users::handlers::get_user)
                .service(users::handlers::update_user)
                .service(users::handlers::disable_user)
                .service(users::handlers::enable_user)
                .service(users::handlers::set_user_password)
                .service(api_clients::handlers::list_api_clients)
                .service(api_clients::handlers::create_api_client)
                .service(api_clients::handlers::get_api_client)
                .service(api_clients::handlers::update_api_client)
                .service(api_clients::handlers::rotate_api_client_secret)
                .service(audit_log::handlers::list_audit_log)
                .service(reference::handlers::list_reference_lists)
                .service(reference::handlers::get_reference_list)
                .service(imports::handlers::list_imports)
                .service(imports::handlers::get_import_columns)
                .service(imports::handlers::get_import_template),
        );
}

/// Answers a request that no route took: 405 with `Allow` when the path exists with other
/// methods, else 404.
async fn unknown_route(req: HttpRequest, index: web::Data<RouteIndex>) -> Result<HttpResponse, ApiError> {
    let allow = index.methods_for(req.path());
    if allow.is_empty() {
        Err(ApiError::NotFound(
            "nothing exists at this address; the API is under /api/v1 and documented at /docs/".into(),
        ))
    } else {
        Err(ApiError::MethodNotAllowed(allow))
    }
}

async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect().insert_header((header::LOCATION, "/docs/")).finish()
}

/// The application with its state, route table, documentation and middleware.
pub fn build_app(
    state: web::Data<AppState>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let config = state.config.clone();
    crate::api::pagination::set_cursor_key(state.id_hash_key.derive("pagination cursors"));
    // Install the metrics recorder before the first request records anything.
    crate::telemetry::metrics_handle();
    let (app, api) = App::new().into_utoipa_app().openapi(openapi::base()).configure(routes).split_for_parts();
    let api = openapi::finish(api);
    let index = web::Data::new(RouteIndex::from_openapi(&api));
    let document = web::Data::new(operations::handlers::OpenApiJson(openapi::to_json(&api).into_bytes()));
    app.app_data(state)
        .app_data(index)
        .app_data(document)
        .app_data(extract::json_config(config.json_limit))
        .app_data(extract::path_config())
        .app_data(extract::query_config())
        .app_data(web::PayloadConfig::new(config.upload_limit))
        .service(web::resource("/docs").to(docs_redirect))
        // The authorization given to "Authorize" (a token, or a login through the OAuth 2
        // scheme) is kept in the browser's local storage across reloads.
        .service(
            SwaggerUi::new("/docs/{_:.*}")
                .config(utoipa_swagger_ui::Config::from("/api/v1/openapi.json").persist_authorization(true)),
        )
        .default_service(web::to(unknown_route))
        .wrap(from_fn(middleware::idempotency::idempotency))
        .wrap(from_fn(middleware::limits::limits))
        .wrap(Condition::new(config.cors_origins != CorsOrigins::None, middleware::request::cors(&config.cors_origins)))
        .wrap(from_fn(middleware::request::request_context))
}

/// The complete document, as served at `/api/v1/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_app, api) = App::new().into_utoipa_app().openapi(openapi::base()).configure(routes).split_for_parts();
    openapi::finish(api)
}

/// The document as pretty JSON with a final newline, the form committed in `openapi/openapi.json`.
pub fn document_json() -> String {
    openapi::to_json(&document())
}
