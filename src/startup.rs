//! Starting the service: the database prepared (migrations, reference data), the pools
//! opened, the HTTP server run over the application of `router`.

use std::sync::Arc;

use actix_web::{web, HttpServer};
use diesel::connection::SimpleConnection;

use crate::config::Config;
use crate::db::{self, DbConnection, DbPool};
use crate::models;
use crate::router::build_app;
use crate::state::{statistics_connections, AppState};

/// Applies the migrations, writes the compiled-in reference lists and marks failed the
/// background jobs a stop interrupted, holding a PostgreSQL
/// advisory lock so that replicas starting together take turns. Returns the migrations applied.
pub fn prepare_database(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    let lock = format!("SELECT pg_advisory_lock({})", db::pool::MIGRATION_LOCK_KEY);
    let unlock = format!("SELECT pg_advisory_unlock({})", db::pool::MIGRATION_LOCK_KEY);
    let postgres = matches!(conn, DbConnection::Pg(_));
    if postgres {
        conn.batch_execute(&lock)?;
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
        if let Err(e) = conn.batch_execute(&unlock) {
            tracing::warn!(error = %e, "could not release the migration lock; it ends with the connection");
        }
    }
    result
}

/// Each SQLite connection's page cache: `LIENHIEP_SQLITE_CACHE_MIB` shared by the main pool and
/// the statistics pool beside it.
fn sqlite_cache_kib(config: &Config) -> i64 {
    let statistics = u32::try_from(statistics_connections(config)).unwrap_or(2);
    db::pool::sqlite_cache_share(config.sqlite_cache_kib, config.db_pool_size.saturating_add(statistics))
}

/// Opens the pool for `config` and prepares the database (migrations, reference data).
pub fn connect_and_prepare(config: &Config) -> anyhow::Result<(DbPool, Vec<String>)> {
    let options = db::pool::PoolOptions {
        max_size: config.db_pool_size,
        connection_timeout: config.db_pool_timeout,
        sqlite_busy_timeout: std::time::Duration::from_secs(5),
        sqlite_cache_kib: sqlite_cache_kib(config),
    };
    let pool = db::pool::build_pool(&config.database, &options).map_err(anyhow::Error::msg)?;
    let mut conn = pool.get().map_err(|e| {
        anyhow::anyhow!("cannot connect to the database {} (DATABASE_URL): {e}", config.database.redacted())
    })?;
    let applied = prepare_database(&mut conn)?;
    drop(conn);
    Ok((pool, applied))
}

/// The most blocking threads a worker keeps. A request's database work runs on one
/// (`db::run_blocking`) with a pooled connection, so a thread more than there are connections
/// would only wait for one, while every thread that ever ran keeps its stack and its share of
/// the allocator's pages (actix's default is 512 shared by the cores' workers, and a burst of
/// requests starts many more threads than it has turns). Each worker may still use every
/// connection, and two more for work that holds none (the readiness probe waits for one, a
/// file's rows are parsed before the sync takes one).
fn blocking_threads(config: &Config) -> usize {
    let replica = if config.read_database.is_some() { config.db_pool_size as usize } else { 0 };
    config.db_pool_size as usize + statistics_connections(config) + replica + 2
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
                sqlite_cache_kib: db::pool::SQLITE_MIN_CACHE_KIB,
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
            sqlite_cache_kib: sqlite_cache_kib(&config),
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
        .worker_max_blocking_threads(blocking_threads(&config))
        .shutdown_timeout(config.shutdown_timeout.as_secs())
        .client_request_timeout(config.limits.head_timeout)
        .bind(config.bind)?
        .run()
        .await
}
