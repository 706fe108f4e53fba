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

/// Seconds to wait when logins for this username or from this address are throttled.
pub fn retry_after(
    conn: &mut DbConnection,
    username_key: &str,
    client_addr: &str,
    now: NaiveDateTime,
    throttle: &LoginThrottle,
) -> QueryResult<Option<u64>> {
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
    if user_failures >= i64::from(throttle.max_per_user) {
        return Ok(Some(wait(user_oldest)));
    }
    if addr_failures >= i64::from(throttle.max_per_address) {
        return Ok(Some(wait(addr_oldest)));
    }
    Ok(None)
}

/// Records an attempt, and now and then forgets attempts older than a day.
pub fn record(
    conn: &mut DbConnection,
    username_key: &str,
    client_addr: &str,
    now: NaiveDateTime,
    succeeded: bool,
) -> QueryResult<()> {
    diesel::insert_into(la::table)
        .values((
            la::username_key.eq(username_key),
            la::client_addr.eq(client_addr),
            la::attempted_at.eq(now),
            la::succeeded.eq(succeeded),
        ))
        .execute(conn)?;
    if now.and_utc().timestamp_subsec_micros().is_multiple_of(64) {
        diesel::delete(la::table.filter(la::attempted_at.lt(now - Duration::days(1)))).execute(conn)?;
    }
    Ok(())
}
