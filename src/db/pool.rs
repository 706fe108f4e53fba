//! Choosing the backend from the URL, the r2d2 pool, SQLite pragmas and migrations.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use diesel::connection::{Instrumentation, InstrumentationEvent, SimpleConnection};
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::connection::{Backend, DbConnection};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// The pool every handler borrows connections from.
pub type DbPool = r2d2::Pool<ConnectionManager>;

/// A pooled connection.
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// A database URL whose scheme has been checked.
#[derive(Clone, PartialEq, Eq)]
pub enum DbUrl {
    /// `postgres://…` or `postgresql://…`, passed to libpq unchanged.
    Postgres(String),
    /// `sqlite://PATH` (or `sqlite:PATH`): the path of the database file.
    Sqlite(PathBuf),
}

impl std::fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a password that may be in a PostgreSQL URL.
        match self {
            DbUrl::Postgres(_) => f.write_str("DbUrl::Postgres(..)"),
            DbUrl::Sqlite(path) => write!(f, "DbUrl::Sqlite({})", path.display()),
        }
    }
}

impl DbUrl {
    /// Parses a URL, choosing the backend by its scheme. Any other scheme is rejected with a
    /// message that says what is accepted.
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbUrl::Postgres(url.to_owned()));
        }
        if let Some(rest) = url.strip_prefix("sqlite:") {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            if path.is_empty() {
                return Err("a sqlite URL needs a file path, e.g. sqlite://./data/lienhiep.db".into());
            }
            if path.starts_with(':') || path.starts_with("file:") {
                return Err("give the SQLite database as a file path, e.g. sqlite://./data/lienhiep.db".into());
            }
            return Ok(DbUrl::Sqlite(PathBuf::from(path)));
        }
        let scheme = url.split_once("://").map(|(s, _)| s).unwrap_or(url);
        Err(format!(
            "unsupported database URL scheme '{}': use postgres://… (or postgresql://…) or sqlite://PATH",
            scheme.chars().take(40).collect::<String>()
        ))
    }

    /// The backend this URL selects.
    pub fn backend(&self) -> Backend {
        match self {
            DbUrl::Postgres(_) => Backend::Postgres,
            DbUrl::Sqlite(_) => Backend::Sqlite,
        }
    }

    /// A form of the URL safe to log (no password).
    pub fn redacted(&self) -> String {
        match self {
            DbUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
            DbUrl::Postgres(url) => redact_postgres_url(url),
        }
    }
}

fn redact_postgres_url(url: &str) -> String {
    // postgres://user:password@host/db → postgres://user:***@host/db
    let Some((scheme, rest)) = url.split_once("://") else {
        return "postgres://***".into();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            if userinfo.contains(':') {
                format!("{scheme}://{user}:***@{host}")
            } else {
                format!("{scheme}://{user}@{host}")
            }
        }
        None => format!("{scheme}://{rest}"),
    }
}

/// Opens connections for the pool, choosing the backend from the checked URL (the derived
/// `establish` of a multi-connection tries each backend in turn and reports a vague error).
#[derive(Debug)]
pub struct ConnectionManager {
    url: DbUrl,
    sqlite_busy_timeout_ms: u64,
    sqlite_cache_kib: i64,
    statements: StatementCounter,
}

/// The SQL statements sent on a pool's connections since it was built: every query and every
/// batch. Tests hold endpoints to a statement budget with it (see `build_counted_pool`).
#[derive(Debug, Clone, Default)]
pub struct StatementCounter(Arc<AtomicU64>);

impl StatementCounter {
    /// Statements so far.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Counts each statement a connection starts.
struct Counting(Arc<AtomicU64>);

impl Instrumentation for Counting {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if let InstrumentationEvent::StartQuery { .. } = event {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// Why a connection could not be opened or checked.
#[derive(Debug, thiserror::Error)]
pub enum ConnectionError {
    /// The server could not be reached or refused the connection.
    #[error(transparent)]
    Connect(#[from] diesel::ConnectionError),
    /// A query run on the new connection failed.
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// The page cache of a SQLite connection that works alone (the command line's backups,
/// restores and demo data), in KiB. The service's connections share `LIENHIEP_SQLITE_CACHE_MIB`
/// ([`sqlite_cache_share`]); large syncs borrow [`SQLITE_WRITER_CACHE_KIB`].
pub const SQLITE_CACHE_KIB: i64 = 32 * 1024;

/// The smallest page cache a SQLite connection gets, in KiB (SQLite's own default).
pub const SQLITE_MIN_CACHE_KIB: i64 = 2 * 1024;

/// Each connection's page cache when `total_kib` is shared by `connections` (every pooled
/// connection keeps its own cache, so their sum is most of the service's memory on SQLite).
pub fn sqlite_cache_share(total_kib: u64, connections: u32) -> i64 {
    i64::try_from(total_kib / u64::from(connections.max(1))).unwrap_or(i64::MAX).max(SQLITE_MIN_CACHE_KIB)
}

/// The page cache a SQLite connection borrows while it writes a large batch (a roster sync
/// of thousands of rows), in KiB: the changed index pages then stay in memory until the
/// commit instead of spilling to the WAL mid-transaction. Only one connection writes at a time.
pub const SQLITE_WRITER_CACHE_KIB: i64 = 128 * 1024;

/// SQLite's automatic checkpoint, in pages of write-ahead log (SQLite's default), which a
/// bulk roster sync turns off for its own commit (`models::roster::sync`).
pub const SQLITE_AUTOCHECKPOINT_PAGES: i64 = 1000;

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = ConnectionError;

    fn connect(&self) -> Result<DbConnection, ConnectionError> {
        let mut conn = self.open()?;
        conn.set_instrumentation(Counting(self.statements.0.clone()));
        Ok(conn)
    }

    /// Checks a connection as it leaves the pool without a round trip: a `SELECT 1` here was
    /// half the statements of a one-row read.
    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), ConnectionError> {
        match conn {
            DbConnection::Pg(c) => pg_still_open(c),
            // A connection to a file cannot be cut off.
            DbConnection::Sqlite(_) => Ok(()),
        }
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

/// Whether the server is still at the other end of an idle PostgreSQL connection, read from
/// the socket without sending anything (libpq's `PQconsumeInput`, through diesel's
/// notification reader; pool connections never `LISTEN`, so nothing is lost). A server that
/// restarted, shut down or ended the session sent its last message and closed: the first read
/// takes the message, the second meets the end of the stream and fails, and so does every
/// read of a connection that already broke. The pool then drops it and opens another, so a
/// restart of the database costs no request an error.
fn pg_still_open(conn: &mut PgConnection) -> Result<(), ConnectionError> {
    for _ in 0..2 {
        if let Some(Err(e)) = conn.notifications_iter().next() {
            return Err(e.into());
        }
    }
    Ok(())
}

impl ConnectionManager {
    fn sqlite_path(path: &Path) -> String {
        path.to_string_lossy().into_owned()
    }

    /// A new connection to the configured database, its SQLite settings applied.
    fn open(&self) -> Result<DbConnection, ConnectionError> {
        match &self.url {
            DbUrl::Postgres(url) => Ok(DbConnection::Pg(PgConnection::establish(url)?)),
            DbUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&Self::sqlite_path(path))?;
                // busy_timeout first, or switching to WAL can fail with "database is locked".
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                     PRAGMA cache_size = -{}; PRAGMA temp_store = MEMORY;",
                    self.sqlite_busy_timeout_ms, self.sqlite_cache_kib
                ))?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

/// Pool settings.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    /// Most connections held open.
    pub max_size: u32,
    /// How long a request waits for a free connection before it is answered 503.
    pub connection_timeout: Duration,
    /// SQLite `busy_timeout`: how long a writer waits for the write lock.
    pub sqlite_busy_timeout: Duration,
    /// SQLite page cache of each connection, in KiB.
    pub sqlite_cache_kib: i64,
}

/// Builds the pool without opening a connection up front, so that a service whose database
/// is down still starts and answers `/readyz` with 503 until it comes back. For SQLite the
/// folder of the database file is created.
pub fn build_pool(url: &DbUrl, options: &PoolOptions) -> Result<DbPool, String> {
    build_counted_pool(url, options, StatementCounter::default())
}

/// [`build_pool`], counting the statements its connections send into `statements`.
pub fn build_counted_pool(url: &DbUrl, options: &PoolOptions, statements: StatementCounter) -> Result<DbPool, String> {
    if let DbUrl::Sqlite(path) = url {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create the database folder {}: {e}", parent.display()))?;
        }
    }
    let manager = ConnectionManager {
        url: url.clone(),
        sqlite_busy_timeout_ms: u64::try_from(options.sqlite_busy_timeout.as_millis()).unwrap_or(u64::MAX),
        sqlite_cache_kib: options.sqlite_cache_kib.max(SQLITE_MIN_CACHE_KIB),
        statements,
    };
    Ok(r2d2::Pool::builder()
        .max_size(options.max_size)
        .min_idle(Some(0))
        .connection_timeout(options.connection_timeout)
        .build_unchecked(manager))
}

/// The names of the migrations built into this program for `backend`, in order.
pub fn embedded_migrations(backend: Backend) -> Vec<String> {
    use diesel::migration::MigrationSource;
    let names = match backend {
        Backend::Postgres => MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES_MIGRATIONS)
            .map(|m| m.iter().map(|m| m.name().to_string()).collect()),
        Backend::Sqlite => MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS)
            .map(|m| m.iter().map(|m| m.name().to_string()).collect()),
    };
    names.unwrap_or_default()
}

/// The key of the PostgreSQL advisory lock that replicas starting together take turns on
/// while they migrate and prepare the database ("lienhiep" in ASCII). The lock is re-entrant
/// within a session, so [`run_migrations`] may take it inside `startup::prepare_database`.
pub const MIGRATION_LOCK_KEY: i64 = 0x6c69_656e_6869_6570;

/// Applies the pending migrations of the connection's backend. On PostgreSQL the advisory
/// lock [`MIGRATION_LOCK_KEY`] makes replicas that start together take turns.
pub fn run_migrations(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    let applied = match conn {
        DbConnection::Pg(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
            let result = c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.iter().map(ToString::to_string).collect::<Vec<_>>());
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
            result
        }
        DbConnection::Sqlite(c) => {
            c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.iter().map(ToString::to_string).collect::<Vec<_>>())
        }
    };
    applied.map_err(|e| anyhow::anyhow!("applying migrations failed: {e}"))
}

/// The schema version of a database: the newest migration applied to it (`None` before any).
/// Read with a plain query (diesel's harness would create its table first, which a read-only
/// snapshot refuses).
pub fn schema_version(conn: &mut DbConnection) -> anyhow::Result<Option<String>> {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Version {
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        version: Option<String>,
    }
    let exists = match conn {
        DbConnection::Pg(_) => "SELECT to_regclass('__diesel_schema_migrations')::text AS version",
        DbConnection::Sqlite(_) => {
            "SELECT max(name) AS version FROM sqlite_master WHERE type = 'table' AND name = '__diesel_schema_migrations'"
        }
    };
    if diesel::sql_query(exists).get_result::<Version>(conn)?.version.is_none() {
        return Ok(None);
    }
    Ok(diesel::sql_query("SELECT max(version) AS version FROM __diesel_schema_migrations")
        .get_result::<Version>(conn)?
        .version)
}

/// The newest schema version this program knows for the connection's backend.
pub fn newest_schema_version(conn: &DbConnection) -> Option<String> {
    use diesel::migration::MigrationSource;
    match conn {
        DbConnection::Pg(_) => MigrationSource::<diesel::pg::Pg>::migrations(&POSTGRES_MIGRATIONS)
            .ok()
            .and_then(|m| m.iter().map(|m| m.name().version().to_string()).max()),
        DbConnection::Sqlite(_) => MigrationSource::<diesel::sqlite::Sqlite>::migrations(&SQLITE_MIGRATIONS)
            .ok()
            .and_then(|m| m.iter().map(|m| m.name().version().to_string()).max()),
    }
}

/// Applies the pending migrations up to and including `version`, and no further (a restore
/// loads a backup into the schema it was made with, then migrates the rest of the way).
pub fn migrate_to(conn: &mut DbConnection, version: &str) -> anyhow::Result<()> {
    fn up_to<DB: diesel::backend::Backend, C: MigrationHarness<DB>>(
        c: &mut C,
        source: EmbeddedMigrations,
        version: &str,
    ) -> diesel::migration::Result<()> {
        let mut pending = c.pending_migrations(source)?;
        pending.sort_by_key(|m| m.name().version().to_string());
        for migration in pending {
            if migration.name().version().to_string().as_str() > version {
                break;
            }
            c.run_migration(&*migration)?;
        }
        Ok(())
    }
    match conn {
        DbConnection::Pg(c) => up_to(c, POSTGRES_MIGRATIONS, version),
        DbConnection::Sqlite(c) => up_to(c, SQLITE_MIGRATIONS, version),
    }
    .map_err(|e| anyhow::anyhow!("applying migrations failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sqlite_cache_budget_is_shared_evenly_and_never_below_sqlites_default() {
        assert_eq!(sqlite_cache_share(128 * 1024, 13), 10_082);
        assert_eq!(sqlite_cache_share(128 * 1024, 1), 128 * 1024);
        assert_eq!(sqlite_cache_share(1024, 10), SQLITE_MIN_CACHE_KIB);
        assert_eq!(sqlite_cache_share(64 * 1024, 0), 64 * 1024, "no connections counts as one");
    }
}
