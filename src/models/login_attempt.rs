//! Login throttling: failed password logins counted per username and per client address in
//! the database, so that every replica sees the same counts.

use chrono::{Duration, NaiveDateTime};
use diesel::dsl::{count_star, max, min};
use diesel::prelude::*;

use crate::config::LoginThrottle;
use crate::db::schema::login_attempts as la;
use crate::db::DbConnection;

/// The key under which a username is counted.
pub fn username_key(username: &str) -> String {
    username.trim().to_lowercase().chars().take(128).collect()
}

fn window(throttle: &LoginThrottle) -> Duration {
    Duration::seconds(i64::try_from(throttle.window.as_secs()).unwrap_or(900))
}

/// Reserves a login attempt before its password is checked, so that concurrent guesses are
/// counted as they arrive: the attempt is recorded as a failure first, then the failures are
/// counted, its own included. When they are over the limit (per username, from its last
/// success on, or per address), the reservation is removed and the seconds to wait come back;
/// otherwise the attempt's id, for [`succeeded`]. Whatever the interleaving, no more attempts
/// than the limit are checked in a window: the last to count sees every reservation made
/// before it.
pub fn reserve(
    conn: &mut DbConnection,
    username_key: &str,
    client_addr: &str,
    now: NaiveDateTime,
    throttle: &LoginThrottle,
) -> QueryResult<Result<i64, u64>> {
    let id: i64 = diesel::insert_into(la::table)
        .values((
            la::username_key.eq(username_key),
            la::client_addr.eq(client_addr),
            la::attempted_at.eq(now),
            la::succeeded.eq(false),
        ))
        .returning(la::id)
        .get_result(conn)?;
    if now.and_utc().timestamp_subsec_micros().is_multiple_of(64) {
        diesel::delete(la::table.filter(la::attempted_at.lt(now - Duration::days(1)))).execute(conn)?;
    }
    let since = now - window(throttle);
    // Failures for a username count from its last success on.
    let last_success: Option<NaiveDateTime> = la::table
        .filter(la::username_key.eq(username_key).and(la::succeeded.eq(true)).and(la::attempted_at.gt(since)))
        .select(max(la::attempted_at))
        .first(conn)?;
    let user_since = last_success.map_or(since, |s| s.max(since));
    let (user_failures, user_oldest): (i64, Option<NaiveDateTime>) = la::table
        .filter(la::username_key.eq(username_key).and(la::succeeded.eq(false)).and(la::attempted_at.gt(user_since)))
        .select((count_star(), min(la::attempted_at)))
        .first(conn)?;
    let (addr_failures, addr_oldest): (i64, Option<NaiveDateTime>) = la::table
        .filter(la::client_addr.eq(client_addr).and(la::succeeded.eq(false)).and(la::attempted_at.gt(since)))
        .select((count_star(), min(la::attempted_at)))
        .first(conn)?;
    let wait = |oldest: Option<NaiveDateTime>| {
        oldest.map_or(1, |o| u64::try_from((o + window(throttle) - now).num_seconds()).unwrap_or(1).max(1))
    };
    let over = if user_failures > i64::from(throttle.max_per_user) {
        Some(wait(user_oldest))
    } else if addr_failures > i64::from(throttle.max_per_address) {
        Some(wait(addr_oldest))
    } else {
        None
    };
    match over {
        Some(wait) => {
            // A refused attempt is not a guess: it does not lengthen the wait.
            diesel::delete(la::table.find(id)).execute(conn)?;
            Ok(Err(wait))
        }
        None => Ok(Ok(id)),
    }
}

/// Marks a reserved attempt as a success: the username's failures count from here on.
pub fn succeeded(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::update(la::table.find(id)).set(la::succeeded.eq(true)).execute(conn)?;
    Ok(())
}
