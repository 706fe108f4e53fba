//! The one connection type over both backends.

use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;

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
            $crate::db::connection::DbConnection::Pg($c) => $body,
            $crate::db::connection::DbConnection::Sqlite($c) => $body,
        }
    };
}

/// The two supported database backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// PostgreSQL.
    Postgres,
    /// Embedded SQLite.
    Sqlite,
}

impl Backend {
    /// The backend's name as shown in logs and metrics.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "postgresql",
            Backend::Sqlite => "sqlite",
        }
    }
}
