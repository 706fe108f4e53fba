//! What the benchmarks share: the database they run on and the application state with a
//! staff token.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use lienhiep::auth::keys::AuthKeys;
use lienhiep::auth::tokens::{issue, TokenSubject};
use lienhiep::auth::Role;
use lienhiep::config::Config;
use lienhiep::db::pool::{build_pool, DbPool, PoolOptions};
use lienhiep::db::DbUrl;
use lienhiep::startup::prepare_database;
use lienhiep::state::AppState;

/// The database of `BENCH_DATABASE_URL`, or SQLite in `dir`, migrated, with a pool of four.
pub fn database(dir: &Path) -> (DbUrl, DbPool) {
    let url = match std::env::var("BENCH_DATABASE_URL") {
        Ok(u) => DbUrl::parse(&u).expect("BENCH_DATABASE_URL"),
        Err(_) => DbUrl::Sqlite(dir.join("bench.db")),
    };
    let options = PoolOptions {
        max_size: 4,
        connection_timeout: Duration::from_secs(30),
        sqlite_busy_timeout: Duration::from_secs(5),
        sqlite_cache_kib: lienhiep::db::pool::SQLITE_CACHE_KIB,
    };
    let pool = build_pool(&url, &options).expect("pool");
    let mut conn = pool.get().expect("connection");
    prepare_database(&mut conn).expect("migrations");
    drop(conn);
    (url, pool)
}

/// The application state over `pool`, with `adjust` applied to the configuration, and a
/// bearer token of a staff user.
pub fn state(url: &DbUrl, pool: DbPool, dir: &Path, adjust: impl FnOnce(&mut Config)) -> (web::Data<AppState>, String) {
    let mut config = Config::for_database(url.clone(), dir.to_path_buf());
    adjust(&mut config);
    let keys = AuthKeys::random("lienhiep", "lienhiep-api", Duration::from_secs(3600));
    let subject = TokenSubject {
        sub: "user:1".into(),
        name: "bench".into(),
        roles: vec![Role::Staff],
        association_ids: vec![],
        person_id: None,
        must_change_password: false,
    };
    let token = format!("Bearer {}", issue(&keys, &subject).expect("token").0);
    let id_hash_key = Arc::new(lienhiep::domain::national_id::IdHashKey::new(b"benchmark id hash key, 32 bytes."));
    let state = web::Data::new(AppState::new(pool, None, Arc::new(config), Arc::new(keys), id_hash_key));
    (state, token)
}
