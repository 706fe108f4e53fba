//! Builds the application: the one route table, used by `main` and by the tests alike.

use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::{from_fn, Condition};
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use diesel::connection::SimpleConnection;
use utoipa_actix_web::{scope, AppExt};
use utoipa_swagger_ui::SwaggerUi;

use crate::api::{
    activities, advisory, annual_reports, api_clients, associations, audit_log, auth, award_categories, branches,
    commendations, contests, entries, extract, honours, jobs, judging, members, nominations, operations, people,
    reference, roster, statistics, users,
};
use crate::config::{Config, CorsOrigins};
use crate::db::{self, DbConnection, DbPool};
use crate::error::ApiError;
use crate::{middleware, models, openapi};

/// What every handler can reach (cheap to clone: pools and shared pointers).
#[derive(Clone)]
pub struct AppState {
    /// The database pool.
    pub pool: DbPool,
    /// The read replica's pool (`DATABASE_READ_URL`), for statistics and exports.
    pub read_pool: Option<DbPool>,
    /// The checked configuration.
    pub config: Arc<Config>,
    /// The keys that sign and verify access tokens.
    pub keys: Arc<crate::auth::keys::AuthKeys>,
    /// The key of national-ID hashes.
    pub id_hash_key: Arc<crate::domain::national_id::IdHashKey>,
    /// A small pool of the primary for statistics when there is no replica, so that they never
    /// wait behind other reads for a connection (`None`: they use [`Self::pool`]).
    pub statistics_pool: Option<DbPool>,
    /// Statistics by year, computed once per data version.
    pub statistics: Arc<crate::models::statistics::Cache>,
    /// Each client's allowance of writes (kept in this process).
    pub write_limiter: Arc<crate::limits::WriteLimiter>,
    /// Turns for uploads (`LIENHIEP_CONCURRENT_UPLOADS`).
    pub uploads: Arc<crate::limits::UploadGate>,
    /// Turns for the database work of requests that only read (`LIENHIEP_CONCURRENT_READS`).
    pub read_turns: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// The state over these pools, keys and settings, with empty caches and allowances.
    pub fn new(
        pool: DbPool,
        read_pool: Option<DbPool>,
        config: Arc<Config>,
        keys: Arc<crate::auth::keys::AuthKeys>,
        id_hash_key: Arc<crate::domain::national_id::IdHashKey>,
    ) -> Self {
        let uploads = Arc::new(crate::limits::UploadGate::new(config.limits.concurrent_uploads));
        let statistics = Arc::new(crate::models::statistics::Cache::new(statistics_connections(&config) - 1));
        let read_turns = Arc::new(tokio::sync::Semaphore::new(config.limits.concurrent_reads.max(1)));
        crate::api::pagination::set_cursor_key(id_hash_key.derive("pagination cursors"));
        AppState {
            pool,
            read_pool,
            config,
            keys,
            id_hash_key,
            statistics_pool: None,
            statistics,
            write_limiter: Arc::default(),
            uploads,
            read_turns,
        }
    }

    /// The state with statistics on their own pool (see [`Self::statistics_pool`]).
    pub fn with_statistics_pool(self, statistics_pool: DbPool) -> Self {
        AppState { statistics_pool: Some(statistics_pool), ..self }
    }

    /// Runs a heavy read (statistics, exports) on the read replica, or the primary without
    /// one; see [`db::run_read`].
    pub async fn read<T, F>(&self, f: F) -> crate::error::ApiResult<T>
    where
        F: FnOnce(&mut db::DbConnection) -> crate::error::ApiResult<T> + Send + 'static,
        T: Send + 'static,
    {
        db::run_read(&self.pool, self.read_pool.as_ref(), f).await
    }

    /// The pools statistics read: the replica, or else their own pool, and the primary's main
    /// pool when neither gives a connection.
    pub fn statistics_pools(&self) -> crate::models::statistics::Pools {
        crate::models::statistics::Pools {
            primary: self.pool.clone(),
            replica: self.read_pool.clone().or_else(|| self.statistics_pool.clone()),
        }
    }
}

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
                .service(members::handlers::list_members)
                .service(members::handlers::list_association_members)
                .service(members::handlers::create_member)
                .service(members::handlers::get_member)
                .service(members::handlers::update_member)
                .service(members::handlers::delete_member)
                .service(roster::handlers::sync_roster)
                .service(roster::handlers::export_roster)
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
                .service(advisory::experts::list_advisory_experts)
                .service(advisory::experts::add_advisory_expert)
                .service(advisory::experts::get_advisory_expert)
                .service(advisory::experts::update_advisory_expert)
                .service(advisory::experts::remove_advisory_expert)
                .service(advisory::experts::declare_advisory_conflicts)
                .service(advisory::experts::list_advisory_drafts)
                .service(advisory::experts::write_advisory_draft)
                .service(advisory::experts::get_advisory_draft)
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
                .service(entries::handlers::list_entries)
                .service(entries::handlers::import_edition_entries)
                .service(entries::handlers::submit_entry)
                .service(entries::handlers::get_entry)
                .service(entries::handlers::update_entry)
                .service(entries::handlers::withdraw_entry)
                .service(entries::handlers::decide_entry_eligibility)
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
                .service(statistics::handlers::get_statistics_summary)
                .service(statistics::handlers::get_statistics_series)
                .service(statistics::indicators::get_indicators)
                .service(statistics::indicators::list_indicator_definitions)
                .service(statistics::indicators::create_indicator_definition)
                .service(statistics::indicators::get_indicator_definition)
                .service(statistics::indicators::update_indicator_definition)
                .service(statistics::indicators::delete_indicator_definition)
                .service(statistics::indicators::list_indicator_values)
                .service(statistics::indicators::put_indicator_value)
                .service(statistics::indicators::delete_indicator_value)
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
                .service(reference::handlers::get_reference_list),
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

/// The path templates of the OpenAPI document with their methods, to tell a wrong method
/// (405) from an unknown path (404), and which operations take files (their body limit is the
/// upload limit, see `body`).
pub struct RouteIndex {
    routes: Vec<(Vec<String>, Vec<Method>)>,
}

/// A documented operation of a path.
struct Method {
    name: &'static str,
    takes_files: bool,
}

impl RouteIndex {
    /// Builds the index from the document.
    pub fn from_openapi(api: &utoipa::openapi::OpenApi) -> Self {
        let routes = api
            .paths
            .paths
            .iter()
            .map(|(template, item)| {
                let segments = template.split('/').map(str::to_owned).collect();
                let methods = [
                    ("GET", &item.get),
                    ("POST", &item.post),
                    ("PUT", &item.put),
                    ("PATCH", &item.patch),
                    ("DELETE", &item.delete),
                ]
                .into_iter()
                .filter_map(|(name, operation)| {
                    let operation = operation.as_ref()?;
                    let takes_files = operation
                        .request_body
                        .as_ref()
                        .is_some_and(|body| body.content.keys().any(|media| is_file_media_type(media)));
                    Some(Method { name, takes_files })
                })
                .collect();
                (segments, methods)
            })
            .collect();
        RouteIndex { routes }
    }

    /// Whether `method` on `path` is an operation whose body may be a file (CSV, XLSX).
    pub fn takes_files(&self, method: &str, path: &str) -> bool {
        self.operations_for(path).into_iter().any(|m| m.name == method && m.takes_files)
    }

    /// Whether `method` on `path` is a documented operation.
    pub fn has(&self, method: &str, path: &str) -> bool {
        self.methods_for(path).iter().any(|m| m == method)
    }

    /// The methods allowed on `path`, or none when no template matches it. Where several
    /// templates match, the most specific wins, as in the router: `/activities/import` is
    /// the import route (POST), not `/activities/{id}` with the id "import".
    pub fn methods_for(&self, path: &str) -> Vec<String> {
        let mut allow: Vec<String> = self.operations_for(path).into_iter().map(|m| m.name.to_owned()).collect();
        allow.sort_unstable();
        allow.dedup();
        allow
    }

    fn operations_for(&self, path: &str) -> Vec<&Method> {
        let parts: Vec<&str> = path.split('/').collect();
        let matching: Vec<(usize, &Vec<Method>)> = self
            .routes
            .iter()
            .filter(|(segments, _)| {
                segments.len() == parts.len()
                    && segments
                        .iter()
                        .zip(&parts)
                        .all(|(s, p)| (s.starts_with('{') && s.ends_with('}') && !p.is_empty()) || s == p)
            })
            .map(|(segments, methods)| (segments.iter().filter(|s| !s.starts_with('{')).count(), methods))
            .collect();
        let best = matching.iter().map(|(literal, _)| *literal).max().unwrap_or(0);
        matching.into_iter().filter(|(literal, _)| *literal == best).flat_map(|(_, methods)| methods.iter()).collect()
    }
}

/// Whether a request body media type is a file rather than a JSON document or a form.
fn is_file_media_type(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    !(essence == "application/json"
        || essence.ends_with("+json")
        || essence == "application/x-www-form-urlencoded"
        || essence.is_empty())
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
        .service(SwaggerUi::new("/docs/{_:.*}").config(utoipa_swagger_ui::Config::from("/api/v1/openapi.json")))
        .default_service(web::to(unknown_route))
        .wrap(from_fn(crate::idempotency::idempotency))
        .wrap(from_fn(crate::limits::limits))
        .wrap(Condition::new(config.cors_origins != CorsOrigins::None, middleware::cors(&config.cors_origins)))
        .wrap(from_fn(middleware::request_context))
}

/// Applies the migrations, writes the compiled-in reference lists and marks failed the
/// background jobs a stop interrupted, holding a PostgreSQL
/// advisory lock so that replicas starting together take turns. Returns the migrations applied.
pub fn prepare_database(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    const LOCK: &str = "SELECT pg_advisory_lock(7811632475613816112)";
    const UNLOCK: &str = "SELECT pg_advisory_unlock(7811632475613816112)";
    let postgres = matches!(conn, DbConnection::Pg(_));
    if postgres {
        conn.batch_execute(LOCK)?;
    }
    let result = (|| -> anyhow::Result<Vec<String>> {
        let applied = db::pool::run_migrations(conn)?;
        let catalogue = crate::domain::reference::catalogue()?;
        models::reference::sync(conn, &catalogue)?;
        if postgres && applied.iter().any(|v| v.ends_with("000022")) {
            // Rebuilt by that migration: searches read it by index-only scans, which need its
            // visibility map; autovacuum would set it, but only some time later.
            conn.batch_execute("VACUUM (ANALYZE) member_search")?;
        }
        let reindexed = models::member::reindex_search(conn)?;
        if reindexed > 0 {
            tracing::info!(persons = reindexed, "search words of names re-derived under the current rule");
        }
        let interrupted = models::job::fail_interrupted(conn)?;
        if interrupted > 0 {
            tracing::warn!(jobs = interrupted, "background jobs interrupted by a stop were marked failed");
        }
        Ok(applied)
    })();
    if postgres {
        if let Err(e) = conn.batch_execute(UNLOCK) {
            tracing::warn!(error = %e, "could not release the migration lock; it ends with the connection");
        }
    }
    result
}

/// Opens the pool for `config` and prepares the database (migrations, reference data).
pub fn connect_and_prepare(config: &Config) -> anyhow::Result<(DbPool, Vec<String>)> {
    let options = db::pool::PoolOptions {
        max_size: config.db_pool_size,
        connection_timeout: config.db_pool_timeout,
        sqlite_busy_timeout: std::time::Duration::from_secs(5),
    };
    let pool = db::pool::build_pool(&config.database, &options).map_err(anyhow::Error::msg)?;
    let mut conn = pool.get().map_err(|e| {
        anyhow::anyhow!("cannot connect to the database {} (DATABASE_URL): {e}", config.database.redacted())
    })?;
    let applied = prepare_database(&mut conn)?;
    drop(conn);
    Ok((pool, applied))
}

/// Connections statistics may hold: a quarter of the pool and one more, at least 2. All but
/// one may compute at once; the last is kept for reading the data version, which every
/// statistics request does.
fn statistics_connections(config: &Config) -> usize {
    (config.db_pool_size as usize / 4 + 1).max(2)
}

/// Runs the HTTP server until SIGTERM or Ctrl-C, then lets running requests finish.
pub async fn serve(
    config: Config,
    pool: DbPool,
    keys: crate::auth::keys::AuthKeys,
    id_hash_key: crate::domain::national_id::IdHashKey,
) -> std::io::Result<()> {
    let config = Arc::new(config);
    let read_pool = match &config.read_database {
        Some(url) => {
            let options = db::pool::PoolOptions {
                max_size: config.db_pool_size,
                // Short: when the replica does not answer, the read goes to the primary.
                connection_timeout: config.db_pool_timeout.min(std::time::Duration::from_secs(2)),
                sqlite_busy_timeout: std::time::Duration::from_secs(5),
            };
            let replica = db::pool::build_pool(url, &options).map_err(std::io::Error::other)?;
            tracing::info!(database = %url.redacted(), "statistics and exports read the replica");
            Some(replica)
        }
        None => None,
    };
    let statistics_pool = if read_pool.is_none() {
        let options = db::pool::PoolOptions {
            max_size: u32::try_from(statistics_connections(&config)).unwrap_or(2),
            connection_timeout: config.db_pool_timeout.min(std::time::Duration::from_secs(2)),
            sqlite_busy_timeout: std::time::Duration::from_secs(5),
        };
        Some(db::pool::build_pool(&config.database, &options).map_err(std::io::Error::other)?)
    } else {
        None
    };
    let mut state = AppState::new(pool, read_pool, config.clone(), Arc::new(keys), Arc::new(id_hash_key));
    if let Some(statistics_pool) = statistics_pool {
        state = state.with_statistics_pool(statistics_pool);
    }
    let state = web::Data::new(state);
    tracing::info!(
        bind = %config.bind,
        database = %config.database.redacted(),
        workers = config.workers,
        "lienhiep {} listening; API docs at http://{}/docs/",
        env!("CARGO_PKG_VERSION"),
        config.bind
    );
    HttpServer::new(move || build_app(state.clone()))
        .workers(config.workers)
        .shutdown_timeout(config.shutdown_timeout.as_secs())
        .client_request_timeout(config.limits.head_timeout)
        .bind(config.bind)?
        .run()
        .await
}
