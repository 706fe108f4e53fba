//! Storage: one connection type over SQLite and PostgreSQL, the pool, migrations and the
//! helpers that every model uses (blocking execution, write transactions).

pub mod connection;
pub mod data_version;
pub mod pool;
pub mod schema;
pub mod search;
pub mod sql;
pub mod version;

use diesel::connection::{AnsiTransactionManager, TransactionManager};

pub use connection::{Backend, DbConnection, MultiBackend};
pub use pool::{DbPool, DbUrl};

thread_local! {
    /// The write transactions open on this thread, and whether the innermost one changed the
    /// union's data (recorded an audit record).
    static WRITES: std::cell::Cell<(u32, bool)> = const { std::cell::Cell::new((0, false)) };
}

/// Notes that the data changed: inside a write transaction, the data version moves on as it
/// commits; outside one, at once. The audit record of every write calls it.
pub fn data_changed(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    let (depth, _) = WRITES.get();
    if depth > 0 {
        WRITES.set((depth, true));
        Ok(())
    } else {
        data_version::bump(conn)
    }
}

/// Restores the outer transaction's state when a write transaction ends, however it ends.
struct WriteScope((u32, bool));

impl WriteScope {
    fn enter() -> Self {
        let outer = WRITES.get();
        WRITES.set((outer.0 + 1, false));
        WriteScope(outer)
    }
}

impl Drop for WriteScope {
    fn drop(&mut self) {
        let (_, changed) = WRITES.get();
        WRITES.set((self.0 .0, self.0 .1 || changed));
    }
}

/// `f`, then the data version moved on if `f` changed the data: the last statement before
/// the commit, so that its row lock is held only while the transaction commits.
fn with_version<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let value = f(conn)?;
    if WRITES.get().1 {
        data_version::bump(conn)?;
        let (depth, _) = WRITES.get();
        WRITES.set((depth, false));
    }
    Ok(value)
}

/// Runs `f` in a write transaction: `BEGIN IMMEDIATE` on SQLite (so two writers never
/// deadlock upgrading a read lock), a plain transaction (or a savepoint inside one) on
/// PostgreSQL. Commits when `f` returns `Ok`, rolls back otherwise — and always inside
/// [`rehearse`]. A transaction that changed the union's data moves the data version on as it
/// commits.
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let _scope = WriteScope::enter();
    match conn {
        DbConnection::Sqlite(inner) => AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?,
        DbConnection::Pg(inner) => AnsiTransactionManager::begin_transaction(inner)?,
    }
    let outermost = WRITES.get().0 == 1;
    let outcome = with_version(conn, f);
    let commit = outcome.is_ok() && !(outermost && REHEARSING.get());
    let end = match (conn, commit) {
        (DbConnection::Sqlite(inner), true) => AnsiTransactionManager::commit_transaction(inner),
        (DbConnection::Sqlite(inner), false) => AnsiTransactionManager::rollback_transaction(inner),
        (DbConnection::Pg(inner), true) => AnsiTransactionManager::commit_transaction(inner),
        (DbConnection::Pg(inner), false) => AnsiTransactionManager::rollback_transaction(inner),
    };
    match end {
        Ok(()) => outcome,
        Err(diesel::result::Error::BrokenTransactionManager) if outcome.is_err() => outcome,
        Err(e) => Err(e.into()),
    }
}

thread_local! {
    /// Whether the write transactions of this thread roll back what they did ([`rehearse`]).
    static REHEARSING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with every (outermost) write transaction it opens rolled back at its end, as if
/// it had failed: a dry run that does everything a write would (its checks, its constraints, its
/// triggers) and keeps nothing.
pub fn rehearse<T>(f: impl FnOnce() -> T) -> T {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            REHEARSING.set(self.0);
        }
    }
    let _reset = Reset(REHEARSING.replace(true));
    f()
}

tokio::task_local! {
    /// The turns a request that only reads takes for its database work (see [`as_read`]).
    static READ_TURNS: std::sync::Arc<tokio::sync::Semaphore>;
}

/// Runs `request`, one that only reads, so that its database work ([`run_read`],
/// [`run_blocking`]) takes a turn from `turns` first: reads then hold at most that many
/// connections, and writes always find one. Work spawned from it takes no turn.
pub async fn as_read<F: std::future::Future>(turns: std::sync::Arc<tokio::sync::Semaphore>, request: F) -> F::Output {
    READ_TURNS.scope(turns, request).await
}

/// [`run_blocking`] on the read replica when there is one: for heavy reads
/// (statistics, roster exports) that may lag the primary by moments. When the replica has no
/// connection to give (it is down, or its pool is exhausted), `f` reads the primary.
pub async fn run_read<T, F>(primary: &DbPool, replica: Option<&DbPool>, f: F) -> crate::error::ApiResult<T>
where
    F: FnOnce(&mut DbConnection) -> crate::error::ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    let turns = READ_TURNS.try_with(std::sync::Arc::clone).ok();
    let _turn = match turns {
        Some(turns) => Some(turns.acquire_owned().await.map_err(|e| crate::error::ApiError::Internal(e.into()))?),
        None => None,
    };
    run_read_untaxed(primary, replica, f).await
}

/// [`run_read`] without taking a read turn: for work that bounds its own connections (the
/// statistics, on their own pool).
pub async fn run_read_untaxed<T, F>(primary: &DbPool, replica: Option<&DbPool>, f: F) -> crate::error::ApiResult<T>
where
    F: FnOnce(&mut DbConnection) -> crate::error::ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    let (primary, replica) = (primary.clone(), replica.cloned());
    let span = tracing::Span::current();
    actix_web::web::block(move || {
        let _entered = span.enter();
        let mut conn = match replica.map(|r| r.get()) {
            Some(Ok(conn)) => conn,
            Some(Err(e)) => {
                tracing::warn!(error = %e, "the read pool gave no connection; reading the primary's main pool");
                primary.get()?
            }
            None => primary.get()?,
        };
        data_version::counting_moves(|| f(&mut conn))
    })
    .await?
}

/// Runs `f` with a pooled connection on the blocking thread pool, so that the async workers
/// never wait on the database. The caller's tracing span (with its request id) is carried in.
pub async fn run_blocking<T, F>(pool: &DbPool, f: F) -> crate::error::ApiResult<T>
where
    F: FnOnce(&mut DbConnection) -> crate::error::ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    run_read(pool, None, f).await
}

/// Copies SQLite's write-ahead log back into the database on a blocking thread, after the
/// caller has answered: a bulk write turns its own commit's automatic checkpoint off
/// (`models::roster::sync`), and the copy (a third of a second after 30,000 new members)
/// need not hold up the request. `PASSIVE`: it never waits for readers or writers, and
/// whatever it cannot copy now the next commit's automatic checkpoint copies. A no-op on
/// PostgreSQL.
pub fn checkpoint_soon(pool: &DbPool) {
    let pool = pool.clone();
    actix_web::rt::spawn(async move {
        let done = run_blocking(&pool, |conn| {
            if let DbConnection::Sqlite(c) = conn {
                diesel::connection::SimpleConnection::batch_execute(c, "PRAGMA wal_checkpoint(PASSIVE)")?;
            }
            Ok(())
        })
        .await;
        if let Err(e) = done {
            tracing::warn!(error = %e, "checkpointing the SQLite log after a bulk write failed");
        }
    });
}
