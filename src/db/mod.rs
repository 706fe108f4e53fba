//! Storage: one connection type over SQLite and PostgreSQL, the pool, migrations and the
//! helpers that every model uses (blocking execution, write transactions).

pub mod pool;
pub mod schema;

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;
use diesel::Connection;

pub use pool::{Backend, DbPool, DbUrl};

/// A database connection to whichever backend the deployment uses.
///
/// Queries written once against `schema.rs` run on both variants. Where a statement cannot
/// go through the enum (upsert, multi-row insert), use [`with_backend!`](crate::with_backend)
/// to run the same query on the inner connection.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// PostgreSQL, chosen by a `postgres://` or `postgresql://` URL.
    Pg(PgConnection),
    /// Embedded SQLite, chosen by a `sqlite://` URL (the default).
    Sqlite(SqliteConnection),
}

impl DbConnection {
    /// Which backend this connection talks to.
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Pg(_) => Backend::Postgres,
            DbConnection::Sqlite(_) => Backend::Sqlite,
        }
    }
}

/// Runs the same expression on the inner connection of a [`DbConnection`], for the few
/// statements that do not compile through the enum (upsert, multi-row insert).
///
/// ```ignore
/// with_backend!(conn, |c| diesel::insert_into(t::table).values(&rows).execute(c))
/// ```
#[macro_export]
macro_rules! with_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Pg($c) => $body,
            $crate::db::DbConnection::Sqlite($c) => $body,
        }
    };
}

/// Runs `f` in a write transaction: `BEGIN IMMEDIATE` on SQLite (so two writers never
/// deadlock upgrading a read lock), a plain transaction on PostgreSQL. Commits when `f`
/// returns `Ok`, rolls back otherwise.
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let DbConnection::Sqlite(inner) = conn else {
        return conn.transaction(f);
    };
    AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
    let outcome = f(conn);
    let DbConnection::Sqlite(inner) = conn else {
        unreachable!("the backend of a connection never changes");
    };
    match outcome {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(inner)?;
            Ok(value)
        }
        Err(user_error) => match AnsiTransactionManager::rollback_transaction(inner) {
            Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(user_error),
            Err(rollback_error) => Err(rollback_error.into()),
        },
    }
}

/// Runs `f` with a pooled connection on the blocking thread pool, so that the async workers
/// never wait on the database. The caller's tracing span (with its request id) is carried in.
pub async fn run_blocking<T, F>(pool: &DbPool, f: F) -> crate::error::ApiResult<T>
where
    F: FnOnce(&mut DbConnection) -> crate::error::ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    let span = tracing::Span::current();
    actix_web::web::block(move || {
        let _entered = span.enter();
        let mut conn = pool.get()?;
        f(&mut conn)
    })
    .await?
}
