//! What every request can reach: the application state (pools, keys, caches, allowances)
//! and the index of documented routes. Built once by `startup`, shared by every worker.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::db::{self, DbPool};

/// What every handler can reach (cheap to clone: pools and shared pointers).
#[derive(Clone)]
pub struct AppState {
    /// The database pool.
    pub pool: DbPool,
    /// The read replica's pool (`DATABASE_READ_URL`), for statistics and exports.
    pub read_pool: Option<DbPool>,
    /// The checked configuration.
    pub config: Arc<Config>,
    /// The keys that sign and verify access tokens.
    pub keys: Arc<crate::auth::keys::AuthKeys>,
    /// The key of national-ID hashes.
    pub id_hash_key: Arc<crate::domain::national_id::IdHashKey>,
    /// A small pool of the primary for statistics when there is no replica, so that they never
    /// wait behind other reads for a connection (`None`: they use [`Self::pool`]).
    pub statistics_pool: Option<DbPool>,
    /// Statistics by year, computed once per data version.
    pub statistics: Arc<crate::models::statistics::Cache>,
    /// Statistics answers as sent, rendered once per computation of their figures.
    pub rendered: Arc<Rendered>,
    /// Each client's allowance of writes (kept in this process).
    pub write_limiter: Arc<WriteLimiter>,
    /// Turns for uploads (`LIENHIEP_CONCURRENT_UPLOADS`).
    pub uploads: Arc<UploadGate>,
    /// Turns for the database work of requests that only read (`LIENHIEP_CONCURRENT_READS`).
    pub read_turns: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// The state over these pools, keys and settings, with empty caches and allowances.
    pub fn new(
        pool: DbPool,
        read_pool: Option<DbPool>,
        config: Arc<Config>,
        keys: Arc<crate::auth::keys::AuthKeys>,
        id_hash_key: Arc<crate::domain::national_id::IdHashKey>,
    ) -> Self {
        let uploads = Arc::new(UploadGate::new(config.limits.concurrent_uploads));
        let statistics = Arc::new(crate::models::statistics::Cache::new(statistics_connections(&config) - 1));
        let read_turns = Arc::new(tokio::sync::Semaphore::new(config.limits.concurrent_reads.max(1)));
        AppState {
            pool,
            read_pool,
            config,
            keys,
            id_hash_key,
            statistics_pool: None,
            statistics,
            rendered: Arc::new(Rendered::new(RENDERED_BYTES)),
            write_limiter: Arc::default(),
            uploads,
            read_turns,
        }
    }

    /// The state with statistics on their own pool (see [`Self::statistics_pool`]).
    pub fn with_statistics_pool(self, statistics_pool: DbPool) -> Self {
        AppState { statistics_pool: Some(statistics_pool), ..self }
    }

    /// Runs a heavy read (statistics, exports) on the read replica, or the primary without
    /// one; see [`db::run_read`].
    pub async fn read<T, F>(&self, f: F) -> crate::error::ApiResult<T>
    where
        F: FnOnce(&mut db::DbConnection) -> crate::error::ApiResult<T> + Send + 'static,
        T: Send + 'static,
    {
        db::run_read(&self.pool, self.read_pool.as_ref(), f).await
    }

    /// What statistics answers are read from (see [`usecases::statistics`](crate::usecases::statistics)).
    pub fn statistics_readers(&self) -> crate::usecases::statistics::Readers {
        crate::usecases::statistics::Readers {
            cache: self.statistics.clone(),
            pools: self.statistics_pools(),
            primary: self.pool.clone(),
            replica: self.read_pool.clone(),
            max_staleness: self.config.statistics_max_staleness,
        }
    }

    /// The pools statistics read: the replica, or else their own pool, and the primary's main
    /// pool when neither gives a connection.
    pub fn statistics_pools(&self) -> crate::models::statistics::Pools {
        crate::models::statistics::Pools {
            primary: self.pool.clone(),
            replica: self.read_pool.clone().or_else(|| self.statistics_pool.clone()),
        }
    }
}

/// The bytes of answers [`Rendered`] keeps at most: a summary is about 80 KB, so every year
/// and format of the summary of a few years, and many series.
pub const RENDERED_BYTES: usize = 4 << 20;

/// Answers whose bytes depend only on what their key names (statistics answers: the request
/// and the computation of the figures they show), kept as sent with their entity tag, so that
/// a repeated request neither renders nor hashes them again. The key must name everything the
/// bytes depend on. When the kept bytes would pass the bound, everything kept is dropped: keys
/// of figures that were computed again are never asked for again, and this is how they go.
pub struct Rendered {
    kept: Mutex<(HashMap<String, Arc<Answer>>, usize)>,
    max_bytes: usize,
}

/// A rendered answer.
pub struct Answer {
    /// The body as sent.
    pub body: actix_web::web::Bytes,
    /// Its strong entity tag, quoted.
    pub etag: String,
}

impl Rendered {
    /// An empty store of at most `max_bytes` of answers.
    pub fn new(max_bytes: usize) -> Self {
        Rendered { kept: Mutex::default(), max_bytes }
    }

    /// The answer kept under `key`, or the one `render` makes (kept if it fits).
    pub fn get_or_render<E>(&self, key: String, render: impl FnOnce() -> Result<Answer, E>) -> Result<Arc<Answer>, E> {
        if let Some(kept) = self.get(&key) {
            return Ok(kept);
        }
        Ok(self.keep(key, render()?))
    }

    /// The answer kept under `key`.
    pub fn get(&self, key: &str) -> Option<Arc<Answer>> {
        lock(&self.kept).0.get(key).map(Arc::clone)
    }

    /// Keeps `answer` under `key` if it fits.
    pub fn keep(&self, key: String, answer: Answer) -> Arc<Answer> {
        let answer = Arc::new(answer);
        let key_len = key.len();
        let size = answer.body.len() + key_len;
        if size <= self.max_bytes {
            let mut kept = lock(&self.kept);
            if kept.1 + size > self.max_bytes {
                *kept = Default::default();
            }
            kept.1 += size;
            if let Some(old) = kept.0.insert(key, Arc::clone(&answer)) {
                // Two requests rendered the same answer at once.
                kept.1 -= old.body.len() + key_len;
            }
        }
        answer
    }

    /// Bytes kept now (keys included).
    pub fn bytes(&self) -> usize {
        lock(&self.kept).1
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Connections statistics may hold: a quarter of the pool and one more, at least 2. All but
/// one may compute at once; the last is kept for reading the data version, which every
/// statistics request does.
pub fn statistics_connections(config: &Config) -> usize {
    (config.db_pool_size as usize / 4 + 1).max(2)
}

/// The path templates of the OpenAPI document with their methods, to tell a wrong method
/// (405) from an unknown path (404), and which operations take files (their body limit is the
/// upload limit, see `body`).
pub struct RouteIndex {
    routes: Vec<(Vec<String>, Vec<Method>)>,
}

/// A documented operation of a path.
struct Method {
    name: &'static str,
    takes_files: bool,
}

impl RouteIndex {
    /// Builds the index from the document.
    pub fn from_openapi(api: &utoipa::openapi::OpenApi) -> Self {
        let routes = api
            .paths
            .paths
            .iter()
            .map(|(template, item)| {
                let segments = template.split('/').map(str::to_owned).collect();
                let methods = [
                    ("GET", &item.get),
                    ("POST", &item.post),
                    ("PUT", &item.put),
                    ("PATCH", &item.patch),
                    ("DELETE", &item.delete),
                ]
                .into_iter()
                .filter_map(|(name, operation)| {
                    let operation = operation.as_ref()?;
                    let takes_files = operation
                        .request_body
                        .as_ref()
                        .is_some_and(|body| body.content.keys().any(|media| is_file_media_type(media)));
                    Some(Method { name, takes_files })
                })
                .collect();
                (segments, methods)
            })
            .collect();
        RouteIndex { routes }
    }

    /// Whether `method` on `path` is an operation whose body may be a file (CSV, XLSX).
    pub fn takes_files(&self, method: &str, path: &str) -> bool {
        self.operations_for(path).into_iter().any(|m| m.name == method && m.takes_files)
    }

    /// Whether `method` on `path` is a documented operation.
    pub fn has(&self, method: &str, path: &str) -> bool {
        self.methods_for(path).iter().any(|m| m == method)
    }

    /// The methods allowed on `path`, or none when no template matches it. Where several
    /// templates match, the most specific wins, as in the router: `/activities/import` is
    /// the import route (POST), not `/activities/{id}` with the id "import".
    pub fn methods_for(&self, path: &str) -> Vec<String> {
        let mut allow: Vec<String> = self.operations_for(path).into_iter().map(|m| m.name.to_owned()).collect();
        allow.sort_unstable();
        allow.dedup();
        allow
    }

    fn operations_for(&self, path: &str) -> Vec<&Method> {
        let parts: Vec<&str> = path.split('/').collect();
        let matching: Vec<(usize, &Vec<Method>)> = self
            .routes
            .iter()
            .filter(|(segments, _)| {
                segments.len() == parts.len()
                    && segments
                        .iter()
                        .zip(&parts)
                        .all(|(s, p)| (s.starts_with('{') && s.ends_with('}') && !p.is_empty()) || s == p)
            })
            .map(|(segments, methods)| (segments.iter().filter(|s| !s.starts_with('{')).count(), methods))
            .collect();
        let best = matching.iter().map(|(literal, _)| *literal).max().unwrap_or(0);
        matching.into_iter().filter(|(literal, _)| *literal == best).flat_map(|(_, methods)| methods.iter()).collect()
    }
}

/// Whether a request body media type is a file rather than a JSON document or a form.
fn is_file_media_type(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    !(essence == "application/json"
        || essence.ends_with("+json")
        || essence == "application/x-www-form-urlencoded"
        || essence.is_empty())
}

/// Above this many clients, clients whose allowance is full again are forgotten.
const PRUNE_ABOVE: usize = 10_000;

/// The write allowance of each client: a token bucket holding a minute's worth of writes,
/// refilled continuously.
#[derive(Debug, Default)]
pub struct WriteLimiter {
    buckets: Mutex<HashMap<String, Bucket>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// What is left of a client's allowance of writes after one more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    /// Writes it may still send at once.
    pub remaining: u32,
    /// Whole seconds until its allowance is full again.
    pub full_in_secs: u64,
}

impl WriteLimiter {
    /// Takes one write from `client`'s allowance of `per_minute`: what is left of it; when
    /// there is none left, the whole seconds until there is one.
    pub fn take(&self, client: &str, per_minute: u32, now: Instant) -> Result<Allowance, u64> {
        let capacity = f64::from(per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, b| b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * per_second < capacity);
        }
        let bucket = buckets.entry(client.to_owned()).or_insert(Bucket { tokens: capacity, at: now });
        let refilled =
            (bucket.tokens + now.saturating_duration_since(bucket.at).as_secs_f64() * per_second).min(capacity);
        if refilled >= 1.0 {
            let tokens = refilled - 1.0;
            *bucket = Bucket { tokens, at: now };
            Ok(Allowance {
                remaining: tokens.floor() as u32,
                full_in_secs: ((capacity - tokens) / per_second).ceil().max(0.0) as u64,
            })
        } else {
            *bucket = Bucket { tokens: refilled, at: now };
            // At least one second: Retry-After counts whole seconds.
            Err(((1.0 - refilled) / per_second).ceil().max(1.0) as u64)
        }
    }
}

/// Turns for uploads: at most so many files are read and worked on at once.
#[derive(Debug)]
pub struct UploadGate {
    permits: std::sync::Arc<tokio::sync::Semaphore>,
}

/// A turn to read and work on a file. The middleware puts it in the request's extensions; it
/// ends with the request, unless a background job takes it over (a roster sync's table stays
/// in memory until the job ends, so the job keeps the turn).
#[derive(Debug)]
pub struct UploadTurn(#[allow(dead_code)] tokio::sync::OwnedSemaphorePermit);

impl UploadGate {
    /// A gate for `at_once` uploads at a time (at least one).
    pub fn new(at_once: usize) -> Self {
        UploadGate { permits: std::sync::Arc::new(tokio::sync::Semaphore::new(at_once.max(1))) }
    }

    /// Waits up to `wait` for a turn; `None` when none came.
    pub async fn enter(&self, wait: Duration) -> Option<UploadTurn> {
        tokio::time::timeout(wait, self.permits.clone().acquire_owned()).await.ok()?.ok().map(UploadTurn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[actix_web::test]
    async fn a_turn_is_held_by_whoever_holds_it() {
        let gate = UploadGate::new(1);
        let wait = Duration::from_millis(20);
        let turn = gate.enter(wait).await.expect("a free turn");
        assert!(gate.enter(wait).await.is_none(), "the only turn is taken");
        // A job that took the turn over keeps it until it ends.
        let job = actix_web::rt::spawn(async move {
            let _turn = turn;
            tokio::time::sleep(Duration::from_millis(100)).await;
        });
        assert!(gate.enter(wait).await.is_none(), "held by the job");
        job.await.expect("job");
        assert!(gate.enter(wait).await.is_some(), "free once the job ended");
    }

    #[test]
    fn a_client_gets_its_minute_of_writes_then_waits_for_the_refill() {
        let limiter = WriteLimiter::default();
        let start = Instant::now();
        let left = |remaining, full_in_secs| Ok(Allowance { remaining, full_in_secs });
        // What is left after each write, and when the allowance is full again.
        for (remaining, full_in) in [(2, 20), (1, 40), (0, 60)] {
            assert_eq!(limiter.take("user:1", 3, start), left(remaining, full_in));
        }
        // 3 a minute: one more every 20 seconds.
        assert_eq!(limiter.take("user:1", 3, start), Err(20));
        assert_eq!(limiter.take("user:2", 3, start), left(2, 20), "another client has its own allowance");
        assert_eq!(limiter.take("user:1", 3, start + Duration::from_secs(15)), Err(5));
        assert_eq!(limiter.take("user:1", 3, start + Duration::from_secs(20)), left(0, 60));
        assert_eq!(limiter.take("user:1", 3, start + Duration::from_secs(20)), Err(20));
        // Idle for long, the allowance is full again but no more than full.
        for (remaining, full_in) in [(2, 20), (1, 40), (0, 60)] {
            assert_eq!(limiter.take("user:1", 3, start + Duration::from_secs(3600)), left(remaining, full_in));
        }
        assert!(limiter.take("user:1", 3, start + Duration::from_secs(3600)).is_err());
    }

    #[test]
    fn forgotten_clients_are_those_whose_allowance_is_full() {
        let limiter = WriteLimiter::default();
        let start = Instant::now();
        for i in 0..=PRUNE_ABOVE {
            limiter.take(&format!("address:{i}"), 60, start).expect("first write");
        }
        // A minute later every allowance is full again: the next take forgets them all.
        limiter.take("user:1", 60, start + Duration::from_secs(61)).expect("write");
        assert_eq!(limiter.buckets.lock().expect("lock").len(), 1);
    }

    fn rendered(body: &str) -> Result<Answer, ()> {
        Ok(Answer { body: actix_web::web::Bytes::copy_from_slice(body.as_bytes()), etag: format!("\"{body}\"") })
    }

    #[test]
    fn a_rendered_answer_is_made_once_and_the_store_stays_within_its_bytes() {
        let store = Rendered::new(100);
        let mut renders = 0;
        for _ in 0..3 {
            let answer = store
                .get_or_render("summary|2025".into(), || {
                    renders += 1;
                    rendered("figures of 2025")
                })
                .expect("rendered");
            assert_eq!(&answer.body[..], b"figures of 2025");
        }
        assert_eq!(renders, 1, "rendered once, then served as kept");
        assert_eq!(store.bytes(), "summary|2025".len() + "figures of 2025".len());
        // An answer larger than the bound is answered and not kept.
        let big = "x".repeat(200);
        store.get_or_render("big".into(), || rendered(&big)).expect("rendered");
        assert_eq!(store.bytes(), 27);
        // Filling past the bound starts over with the newest.
        for i in 0..20 {
            store.get_or_render(format!("k{i}"), || rendered("0123456789")).expect("rendered");
            assert!(store.bytes() <= 100, "{} bytes kept", store.bytes());
        }
        assert!(store.bytes() > 0);
        // A failed render keeps nothing.
        let before = store.bytes();
        assert!(store.get_or_render("fails".into(), || Err::<Answer, ()>(())).is_err());
        assert_eq!(store.bytes(), before);
    }
}
