//! The data version: one number in the database that every committed change of the union's
//! data moves on, so that caches (the statistics) know when what they hold may be stale.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

use diesel::prelude::*;

use super::connection::DbConnection;
use super::schema::data_version as dv;

/// The current data version: it grows with every committed write that records an audit
/// record (every change of the union's data does), in commit order, and is the same for
/// every replica because it lives in the database.
pub fn current(conn: &mut DbConnection) -> QueryResult<i64> {
    dv::table.find(1).select(dv::version).first(conn)
}

/// Moves the data version on; called at the end of a write transaction that recorded an
/// audit record, so that its row lock is held only while the transaction commits.
pub fn bump(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(dv::table.find(1))
        .set((dv::version.eq(dv::version + 1), dv::changed_at.eq(crate::domain::time::now())))
        .execute(conn)?;
    BUMPED.set(true);
    Ok(())
}

/// How many times database work of this process, on any database, moved a data version on
/// (counted once the work, and so its commit, is done). A reader that saw the version when
/// this count was the same knows that this process changed nothing since; only another
/// process can have.
pub fn moves() -> u64 {
    MOVES.load(Ordering::Acquire)
}

static MOVES: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// Whether the database work running on this thread moved the data version on.
    static BUMPED: Cell<bool> = const { Cell::new(false) };
}

/// Runs one piece of database work (`f`, which commits its own writes) and counts it in
/// [`moves`] if it moved the data version on.
pub(crate) fn counting_moves<T>(f: impl FnOnce() -> T) -> T {
    BUMPED.set(false);
    let out = f();
    if BUMPED.replace(false) {
        MOVES.fetch_add(1, Ordering::AcqRel);
    }
    out
}
