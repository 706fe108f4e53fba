//! The data version: one number in the database that every committed change of the union's
//! data moves on, so that caches (the statistics) know when what they hold may be stale.

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
    Ok(())
}
