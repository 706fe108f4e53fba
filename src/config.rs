//! Configuration: environment variables with matching command-line flags.
//!
//! Every setting has a default that suits one office on SQLite; `Config::from_settings`
//! checks them all and names the setting in its one-line error.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use crate::db::DbUrl;
use crate::telemetry::LogFormat;

/// Raw settings as given on the command line or in the environment.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(long, env = "LIENHIEP_BIND", default_value = "127.0.0.1:8080", global = true)]
    pub bind: String,

    /// Database URL: `sqlite://PATH` or `postgres://USER@HOST/DB`.
    /// Default: `sqlite://<data dir>/lienhiep.db`.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// A read replica of the PostgreSQL database (`postgres://…`) for the heavy reads:
    /// statistics and roster exports. When it cannot be reached they read the primary.
    #[arg(long, env = "DATABASE_READ_URL", global = true, hide_env_values = true)]
    pub database_read_url: Option<String>,

    /// Folder for the SQLite database and generated keys (created if missing).
    #[arg(long, env = "LIENHIEP_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,

    /// Log format: `pretty` for people, `json` for log collectors.
    #[arg(long, env = "LIENHIEP_LOG_FORMAT", default_value = "pretty", global = true)]
    pub log_format: String,

    /// Log filter in `tracing` syntax, e.g. `info` or `lienhiep=debug,info`. (The HTTP
    /// parser's own reports of malformed requests are off: they are the client's errors.)
    #[arg(long, env = "LIENHIEP_LOG", default_value = "info,actix_http::h1::dispatcher=off", global = true)]
    pub log: String,

    /// The union's time zone (IANA name): decides what "today" and "year" mean.
    #[arg(long, env = "LIENHIEP_TIMEZONE", default_value = "Asia/Ho_Chi_Minh", global = true)]
    pub timezone: String,

    /// Most database connections in the pool.
    #[arg(long, env = "LIENHIEP_DB_POOL_SIZE", default_value_t = 10, global = true)]
    pub db_pool_size: u32,

    /// Seconds a request waits for a free database connection before a 503.
    #[arg(long, env = "LIENHIEP_DB_POOL_TIMEOUT_SECS", default_value_t = 5, global = true)]
    pub db_pool_timeout_secs: u64,

    /// SQLite only: MiB of page cache for all the service's connections together, shared out
    /// evenly (each connection keeps its own; at least 2 MiB each). Most of the service's
    /// memory on SQLite; more serves large databases a little faster.
    #[arg(long, env = "LIENHIEP_SQLITE_CACHE_MIB", default_value_t = 128, global = true)]
    pub sqlite_cache_mib: u32,

    /// Origins allowed by CORS, comma-separated (e.g. `https://app.example.org`); empty: none.
    /// `*` allows any origin (credentials are never allowed).
    #[arg(long, env = "LIENHIEP_CORS_ORIGINS", default_value = "", global = true)]
    pub cors_origins: String,

    /// Largest body of every route that takes no file (JSON, forms), in bytes; decoded bytes
    /// count; larger is a 413.
    #[arg(long, env = "LIENHIEP_JSON_LIMIT", default_value_t = 1_048_576, global = true)]
    pub json_limit: usize,

    /// Largest file (roster sync, imports), in bytes; decoded bytes count; larger is a 413.
    #[arg(long, env = "LIENHIEP_UPLOAD_LIMIT", default_value_t = 67_108_864, global = true)]
    pub upload_limit: usize,

    /// Uploads (roster syncs, imports) read and worked on at once; more wait their turn. A
    /// background roster sync holds its turn until it ends.
    #[arg(long, env = "LIENHIEP_CONCURRENT_UPLOADS", default_value_t = 2, global = true)]
    pub concurrent_uploads: usize,

    /// Requests that only read (GET, HEAD) working on the database at once; more wait their
    /// turn, so that writes always find a connection. 0: two fewer than the pool (at least 1).
    /// Fewer turns: faster writes and a shorter read tail, fewer reads a second.
    #[arg(long, env = "LIENHIEP_CONCURRENT_READS", default_value_t = 0, global = true)]
    pub concurrent_reads: usize,

    /// Seconds an upload waits for its turn before a 503 with `Retry-After`.
    #[arg(long, env = "LIENHIEP_UPLOAD_WAIT_SECS", default_value_t = 10, global = true)]
    pub upload_wait_secs: u64,

    /// Largest request head (request line and headers), in bytes (1024 to 131072); larger is a 431.
    #[arg(long, env = "LIENHIEP_MAX_HEADER_BYTES", default_value_t = 16_384, global = true)]
    pub max_header_bytes: usize,

    /// Writes (POST, PUT, PATCH, DELETE) a minute that one client may send before a 429; 0: no
    /// limit. A client is a token's subject, or else an address. Counted per replica.
    #[arg(long, env = "LIENHIEP_WRITES_PER_MINUTE", default_value_t = 600, global = true)]
    pub writes_per_minute: u32,

    /// Seconds a client has to send the request line and headers before a 408.
    #[arg(long, env = "LIENHIEP_HEAD_TIMEOUT_SECS", default_value_t = 10, global = true)]
    pub head_timeout_secs: u64,

    /// Seconds a request body may pause before a 408.
    #[arg(long, env = "LIENHIEP_BODY_IDLE_TIMEOUT_SECS", default_value_t = 30, global = true)]
    pub body_idle_timeout_secs: u64,

    /// Seconds a whole request body may take before a 408 (a 64 MiB roster over a slow link
    /// fits in the default).
    #[arg(long, env = "LIENHIEP_BODY_TIMEOUT_SECS", default_value_t = 600, global = true)]
    pub body_timeout_secs: u64,

    /// Roster files with more rows than this are synced as background jobs.
    #[arg(long, env = "LIENHIEP_SYNC_JOB_ROWS", default_value_t = 20_000, global = true)]
    pub sync_job_rows: usize,

    /// Serve `/metrics` without authentication (for a scraper on a private network).
    #[arg(long, env = "LIENHIEP_METRICS_PUBLIC", default_value_t = false, global = true)]
    pub metrics_public: bool,

    /// Serve the public subset of statistics to anyone (small cells suppressed).
    #[arg(long, env = "LIENHIEP_PUBLIC_STATISTICS", default_value_t = false, global = true)]
    pub public_statistics: bool,

    /// In public statistics, figures from 1 to one below this are suppressed.
    #[arg(long, env = "LIENHIEP_SMALL_CELL_THRESHOLD", default_value_t = 5, global = true)]
    pub small_cell_threshold: i64,

    /// Seconds old statistics may be when they answer (marked `stale`) while newer figures are
    /// computed after a change of the data; 0: every answer waits for figures at the current
    /// data version.
    #[arg(long, env = "LIENHIEP_STATISTICS_MAX_STALENESS_SECS", default_value_t = 60, global = true)]
    pub statistics_max_staleness_secs: u64,

    /// A bearer token that a Prometheus scraper sends to read `/metrics`.
    #[arg(long, env = "LIENHIEP_METRICS_TOKEN", global = true, hide_env_values = true)]
    pub metrics_token: Option<String>,

    /// HTTP worker threads (unset: one per core).
    #[arg(long, env = "LIENHIEP_WORKERS", global = true)]
    pub workers: Option<usize>,

    /// Seconds that a graceful shutdown (SIGTERM) lets running requests finish.
    #[arg(long, env = "LIENHIEP_SHUTDOWN_TIMEOUT_SECS", default_value_t = 30, global = true)]
    pub shutdown_timeout_secs: u64,

    /// Secret that signs access tokens (HS256, at least 32 bytes). Required with PostgreSQL
    /// unless `LIENHIEP_JWT_ED25519_KEY_FILE` is set (every replica must sign with the same
    /// key); with SQLite a random one is generated once in `<data dir>/jwt-secret` (mode 0600)
    /// when unset. With an Ed25519 key it is only accepted, not used to sign.
    #[arg(long, env = "LIENHIEP_JWT_SECRET", global = true, hide_env_values = true)]
    pub jwt_secret: Option<String>,

    /// The `iss` claim of access tokens.
    #[arg(long, env = "LIENHIEP_JWT_ISSUER", default_value = "lienhiep", global = true)]
    pub jwt_issuer: String,

    /// The `aud` claim of access tokens.
    #[arg(long, env = "LIENHIEP_JWT_AUDIENCE", default_value = "lienhiep-api", global = true)]
    pub jwt_audience: String,

    /// Lifetime of an access token in seconds (60 to 86400).
    #[arg(long, env = "LIENHIEP_ACCESS_TOKEN_TTL_SECS", default_value_t = 900, global = true)]
    pub access_token_ttl_secs: u64,

    /// The signing secret used before the current one, still accepted while a rotation runs
    /// (tokens it signed stay valid until they expire).
    #[arg(long, env = "LIENHIEP_JWT_PREVIOUS_SECRET", global = true, hide_env_values = true)]
    pub jwt_previous_secret: Option<String>,

    /// Lifetime of a refresh token in seconds (default 30 days).
    #[arg(long, env = "LIENHIEP_REFRESH_TOKEN_TTL_SECS", default_value_t = 2_592_000, global = true)]
    pub refresh_token_ttl_secs: u64,

    /// Failed logins for one username within the window before logins are refused (429).
    #[arg(long, env = "LIENHIEP_LOGIN_MAX_FAILURES_PER_USER", default_value_t = 5, global = true)]
    pub login_max_failures_per_user: u32,

    /// Failed logins from one client address within the window before logins are refused (429).
    #[arg(long, env = "LIENHIEP_LOGIN_MAX_FAILURES_PER_ADDRESS", default_value_t = 20, global = true)]
    pub login_max_failures_per_address: u32,

    /// The login-throttling window in seconds.
    #[arg(long, env = "LIENHIEP_LOGIN_WINDOW_SECS", default_value_t = 900, global = true)]
    pub login_window_secs: u64,

    /// A PKCS#8 PEM file with an Ed25519 private key: tokens are then signed with EdDSA and
    /// the public key is published at `/api/v1/auth/jwks.json`, so other systems can verify
    /// tokens without a shared secret (`lienhiep keys generate-ed25519` makes one).
    #[arg(long, env = "LIENHIEP_JWT_ED25519_KEY_FILE", global = true)]
    pub jwt_ed25519_key_file: Option<PathBuf>,

    /// Key of the hash under which national ID numbers are kept (at least 32 bytes). Required
    /// with PostgreSQL; with SQLite one is generated in the data folder when unset. Changing it
    /// makes stored hashes unmatchable: change it only with `lienhiep keys rotate-id-hash`
    /// (start-up refuses a key the stored hashes were not made under).
    #[arg(long, env = "LIENHIEP_ID_HASH_KEY", global = true, hide_env_values = true)]
    pub id_hash_key: Option<String>,

    /// The national-ID hash keys rotated out by `lienhiep keys rotate-id-hash`, oldest first,
    /// comma-separated: the stored hashes are made under all of them and then the current
    /// key. With SQLite and no configured key, the data folder keeps them instead.
    #[arg(long, env = "LIENHIEP_ID_HASH_PREVIOUS_KEYS", global = true, hide_env_values = true)]
    pub id_hash_previous_keys: Option<String>,

    /// Take the client address from `X-Forwarded-For` (only behind a proxy that sets it).
    #[arg(long, env = "LIENHIEP_TRUST_FORWARDED_FOR", default_value_t = false, global = true)]
    pub trust_forwarded_for: bool,
}

/// Checked configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on.
    pub bind: SocketAddr,
    /// The database.
    pub database: DbUrl,
    /// A read replica for statistics and exports (PostgreSQL only).
    pub read_database: Option<DbUrl>,
    /// Folder for local files (SQLite database, generated keys).
    pub data_dir: PathBuf,
    /// Log format.
    pub log_format: LogFormat,
    /// Log filter.
    pub log_filter: String,
    /// The union's time zone.
    pub timezone: chrono_tz::Tz,
    /// Most pooled connections.
    pub db_pool_size: u32,
    /// Wait for a pooled connection.
    pub db_pool_timeout: Duration,
    /// SQLite page cache of all connections together, in KiB.
    pub sqlite_cache_kib: u64,
    /// Allowed CORS origins; `None` in the list means any origin.
    pub cors_origins: CorsOrigins,
    /// Largest JSON body in bytes.
    pub json_limit: usize,
    /// Largest upload in bytes.
    pub upload_limit: usize,
    /// Request limits.
    pub limits: RequestLimits,
    /// Roster files with more rows become background jobs.
    pub sync_job_rows: usize,
    /// Whether `/metrics` is public.
    pub metrics_public: bool,
    /// Bearer token for `/metrics`.
    pub metrics_token: Option<String>,
    /// Whether anyone reads the public subset of statistics.
    pub public_statistics: bool,
    /// Public statistics suppress figures from 1 to one below this.
    pub small_cell_threshold: i64,
    /// How old statistics may answer while newer ones are computed (zero: never stale).
    pub statistics_max_staleness: Duration,
    /// Worker threads.
    pub workers: usize,
    /// Graceful shutdown time.
    pub shutdown_timeout: Duration,
    /// Token signing secret, if configured.
    pub jwt_secret: Option<String>,
    /// Token issuer.
    pub jwt_issuer: String,
    /// Token audience.
    pub jwt_audience: String,
    /// Access token lifetime.
    pub access_token_ttl: Duration,
    /// The previous signing secret, accepted during a rotation.
    pub jwt_previous_secret: Option<String>,
    /// Refresh token lifetime.
    pub refresh_token_ttl: Duration,
    /// Login throttling.
    pub login_throttle: LoginThrottle,
    /// Whether `X-Forwarded-For` names the client.
    pub trust_forwarded_for: bool,
    /// Ed25519 signing key file, if tokens are signed with EdDSA.
    pub jwt_ed25519_key_file: Option<PathBuf>,
    /// National-ID hash key, if configured.
    pub id_hash_key: Option<String>,
    /// The national-ID hash keys rotated out, oldest first.
    pub id_hash_previous_keys: Vec<String>,
}

/// Limits on what one request, or one client, may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestLimits {
    /// Largest request line and headers, in bytes.
    pub max_head_bytes: usize,
    /// Writes a minute per client; 0: no limit.
    pub writes_per_minute: u32,
    /// Time to send the request line and headers.
    pub head_timeout: Duration,
    /// Longest pause in a request body.
    pub body_idle_timeout: Duration,
    /// Longest time to send a whole request body.
    pub body_timeout: Duration,
    /// Uploads worked on at once.
    pub concurrent_uploads: usize,
    /// Requests that only read working on the database at once.
    pub concurrent_reads: usize,
    /// How long an upload waits for its turn.
    pub upload_wait: Duration,
}

impl Default for RequestLimits {
    /// The defaults of the settings, without the write rate limit (tests and tools write fast).
    fn default() -> Self {
        RequestLimits {
            max_head_bytes: 16_384,
            writes_per_minute: 0,
            head_timeout: Duration::from_secs(10),
            body_idle_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(600),
            concurrent_uploads: 2,
            concurrent_reads: 2,
            upload_wait: Duration::from_secs(10),
        }
    }
}

/// Login throttling thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginThrottle {
    /// Failures per username within the window.
    pub max_per_user: u32,
    /// Failures per client address within the window.
    pub max_per_address: u32,
    /// The window.
    pub window: Duration,
}

/// Which origins CORS allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsOrigins {
    /// No cross-origin requests.
    None,
    /// Any origin (without credentials).
    Any,
    /// Exactly these origins.
    List(Vec<String>),
}

/// A setting that cannot be used; the message names it.
#[derive(Debug, thiserror::Error)]
#[error("{setting}: {message}")]
pub struct ConfigError {
    /// The environment variable (and flag) at fault.
    pub setting: &'static str,
    /// What is wrong with it.
    pub message: String,
}

fn err(setting: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError { setting, message: message.into() }
}

impl Config {
    /// Checks every setting. Does not touch the file system beyond checking that the data
    /// folder can be created and written.
    pub fn from_settings(s: &Settings) -> Result<Self, ConfigError> {
        let bind: SocketAddr = s.bind.parse().map_err(|_| {
            err("LIENHIEP_BIND (--bind)", format!("'{}' is not an address like 127.0.0.1:8080", s.bind))
        })?;
        let log_format = match s.log_format.to_ascii_lowercase().as_str() {
            "pretty" => LogFormat::Pretty,
            "json" => LogFormat::Json,
            other => {
                return Err(err("LIENHIEP_LOG_FORMAT (--log-format)", format!("'{other}' is not one of pretty, json")))
            }
        };
        tracing_subscriber::EnvFilter::try_new(&s.log)
            .map_err(|e| err("LIENHIEP_LOG (--log)", format!("'{}' is not a valid log filter: {e}", s.log)))?;
        let timezone: chrono_tz::Tz = s.timezone.parse().map_err(|_| {
            err(
                "LIENHIEP_TIMEZONE (--timezone)",
                format!("'{}' is not a known IANA time zone such as Asia/Ho_Chi_Minh", s.timezone),
            )
        })?;
        let database = match &s.database_url {
            Some(url) if !url.trim().is_empty() => {
                DbUrl::parse(url).map_err(|m| err("DATABASE_URL (--database-url)", m))?
            }
            _ => DbUrl::Sqlite(s.data_dir.join("lienhiep.db")),
        };
        let read_database = match &s.database_read_url {
            Some(url) if !url.trim().is_empty() => {
                let setting = "DATABASE_READ_URL (--database-read-url)";
                match (DbUrl::parse(url).map_err(|m| err(setting, m))?, &database) {
                    (read @ DbUrl::Postgres(_), DbUrl::Postgres(_)) => Some(read),
                    _ => {
                        return Err(err(
                            setting,
                            "a read replica is a PostgreSQL database, beside a PostgreSQL DATABASE_URL",
                        ))
                    }
                }
            }
            _ => None,
        };
        if s.db_pool_size == 0 {
            return Err(err("LIENHIEP_DB_POOL_SIZE (--db-pool-size)", "must be at least 1"));
        }
        if s.sqlite_cache_mib == 0 {
            return Err(err("LIENHIEP_SQLITE_CACHE_MIB (--sqlite-cache-mib)", "must be at least 1"));
        }
        if s.db_pool_timeout_secs == 0 {
            return Err(err("LIENHIEP_DB_POOL_TIMEOUT_SECS (--db-pool-timeout-secs)", "must be at least 1"));
        }
        if s.json_limit < 1024 {
            return Err(err("LIENHIEP_JSON_LIMIT (--json-limit)", "must be at least 1024 bytes"));
        }
        if s.upload_limit < 1024 {
            return Err(err("LIENHIEP_UPLOAD_LIMIT (--upload-limit)", "must be at least 1024 bytes"));
        }
        if s.concurrent_uploads == 0 {
            return Err(err("LIENHIEP_CONCURRENT_UPLOADS (--concurrent-uploads)", "must be at least 1"));
        }
        if !(1024..=131_072).contains(&s.max_header_bytes) {
            return Err(err("LIENHIEP_MAX_HEADER_BYTES (--max-header-bytes)", "must be between 1024 and 131072"));
        }
        if s.head_timeout_secs == 0 || s.body_idle_timeout_secs == 0 || s.body_timeout_secs == 0 {
            return Err(err("LIENHIEP_HEAD_TIMEOUT_SECS / LIENHIEP_BODY_*_TIMEOUT_SECS", "must be at least 1"));
        }
        let cors_origins = parse_cors(&s.cors_origins)?;
        if let Some(token) = &s.metrics_token {
            if token.len() < 16 {
                return Err(err("LIENHIEP_METRICS_TOKEN (--metrics-token)", "must be at least 16 characters"));
            }
        }
        if !(60..=86_400).contains(&s.access_token_ttl_secs) {
            return Err(err(
                "LIENHIEP_ACCESS_TOKEN_TTL_SECS (--access-token-ttl-secs)",
                "must be between 60 and 86400",
            ));
        }
        if s.jwt_issuer.trim().is_empty() || s.jwt_audience.trim().is_empty() {
            return Err(err("LIENHIEP_JWT_ISSUER / LIENHIEP_JWT_AUDIENCE", "must not be empty"));
        }
        if s.refresh_token_ttl_secs < 300 {
            return Err(err("LIENHIEP_REFRESH_TOKEN_TTL_SECS (--refresh-token-ttl-secs)", "must be at least 300"));
        }
        if s.login_max_failures_per_user == 0 || s.login_max_failures_per_address == 0 || s.login_window_secs == 0 {
            return Err(err("LIENHIEP_LOGIN_*", "login-throttling thresholds and window must be at least 1"));
        }
        if !(1..=1000).contains(&s.small_cell_threshold) {
            return Err(err("LIENHIEP_SMALL_CELL_THRESHOLD (--small-cell-threshold)", "must be between 1 and 1000"));
        }
        let workers = match s.workers {
            Some(0) => return Err(err("LIENHIEP_WORKERS (--workers)", "must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2),
        };
        Ok(Config {
            bind,
            database,
            read_database,
            data_dir: s.data_dir.clone(),
            log_format,
            log_filter: s.log.clone(),
            timezone,
            db_pool_size: s.db_pool_size,
            db_pool_timeout: Duration::from_secs(s.db_pool_timeout_secs),
            sqlite_cache_kib: u64::from(s.sqlite_cache_mib) * 1024,
            cors_origins,
            json_limit: s.json_limit,
            upload_limit: s.upload_limit,
            limits: RequestLimits {
                max_head_bytes: s.max_header_bytes,
                writes_per_minute: s.writes_per_minute,
                head_timeout: Duration::from_secs(s.head_timeout_secs),
                body_idle_timeout: Duration::from_secs(s.body_idle_timeout_secs),
                body_timeout: Duration::from_secs(s.body_timeout_secs),
                concurrent_uploads: s.concurrent_uploads,
                concurrent_reads: match s.concurrent_reads {
                    0 => (s.db_pool_size as usize).saturating_sub(2).max(1),
                    n => n,
                },
                upload_wait: Duration::from_secs(s.upload_wait_secs),
            },
            sync_job_rows: s.sync_job_rows,
            metrics_public: s.metrics_public,
            metrics_token: s.metrics_token.clone().filter(|t| !t.is_empty()),
            public_statistics: s.public_statistics,
            small_cell_threshold: s.small_cell_threshold,
            statistics_max_staleness: Duration::from_secs(s.statistics_max_staleness_secs),
            workers,
            shutdown_timeout: Duration::from_secs(s.shutdown_timeout_secs),
            jwt_secret: s.jwt_secret.clone().filter(|t| !t.is_empty()),
            jwt_issuer: s.jwt_issuer.clone(),
            jwt_audience: s.jwt_audience.clone(),
            access_token_ttl: Duration::from_secs(s.access_token_ttl_secs),
            jwt_previous_secret: s.jwt_previous_secret.clone().filter(|t| !t.is_empty()),
            refresh_token_ttl: Duration::from_secs(s.refresh_token_ttl_secs),
            login_throttle: LoginThrottle {
                max_per_user: s.login_max_failures_per_user,
                max_per_address: s.login_max_failures_per_address,
                window: Duration::from_secs(s.login_window_secs),
            },
            trust_forwarded_for: s.trust_forwarded_for,
            jwt_ed25519_key_file: s.jwt_ed25519_key_file.clone(),
            id_hash_key: s.id_hash_key.clone().filter(|k| !k.is_empty()),
            id_hash_previous_keys: s
                .id_hash_previous_keys
                .iter()
                .flat_map(|keys| keys.split(','))
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
        })
    }

    /// Creates the data folder if needed and checks that it can be written. Called before
    /// anything is stored there.
    pub fn prepare_data_dir(&self) -> Result<(), ConfigError> {
        let setting = "LIENHIEP_DATA_DIR (--data-dir)";
        let dir = &self.data_dir;
        std::fs::create_dir_all(dir)
            .map_err(|e| err(setting, format!("cannot create folder {}: {e}", dir.display())))?;
        let probe = dir.join(format!(".write-test-{}", std::process::id()));
        std::fs::write(&probe, b"")
            .map_err(|e| err(setting, format!("folder {} is not writable: {e}", dir.display())))?;
        let _ = std::fs::remove_file(probe);
        Ok(())
    }

    /// A configuration for tests and tools: defaults with the given database.
    pub fn for_database(database: DbUrl, data_dir: PathBuf) -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            database,
            read_database: None,
            data_dir,
            log_format: LogFormat::Pretty,
            log_filter: "warn".into(),
            timezone: chrono_tz::Asia::Ho_Chi_Minh,
            db_pool_size: 4,
            db_pool_timeout: Duration::from_secs(5),
            sqlite_cache_kib: 128 * 1024,
            cors_origins: CorsOrigins::None,
            json_limit: 1_048_576,
            upload_limit: 67_108_864,
            limits: RequestLimits::default(),
            sync_job_rows: 20_000,
            metrics_public: false,
            metrics_token: None,
            public_statistics: false,
            small_cell_threshold: 5,
            statistics_max_staleness: Duration::from_secs(60),
            workers: 1,
            shutdown_timeout: Duration::from_secs(5),
            jwt_secret: None,
            jwt_issuer: "lienhiep".into(),
            jwt_audience: "lienhiep-api".into(),
            access_token_ttl: Duration::from_secs(900),
            jwt_previous_secret: None,
            refresh_token_ttl: Duration::from_secs(2_592_000),
            login_throttle: LoginThrottle { max_per_user: 5, max_per_address: 20, window: Duration::from_secs(900) },
            trust_forwarded_for: false,
            jwt_ed25519_key_file: None,
            id_hash_key: None,
            id_hash_previous_keys: Vec::new(),
        }
    }
}

fn parse_cors(raw: &str) -> Result<CorsOrigins, ConfigError> {
    let setting = "LIENHIEP_CORS_ORIGINS (--cors-origins)";
    let origins: Vec<&str> = raw.split(',').map(str::trim).filter(|o| !o.is_empty()).collect();
    if origins.is_empty() {
        return Ok(CorsOrigins::None);
    }
    if origins.contains(&"*") {
        if origins.len() > 1 {
            return Err(err(setting, "'*' cannot be combined with other origins"));
        }
        return Ok(CorsOrigins::Any);
    }
    for origin in &origins {
        let ok = (origin.starts_with("https://") || origin.starts_with("http://"))
            && !origin.ends_with('/')
            && origin.split_once("://").is_some_and(|(_, host)| !host.is_empty() && !host.contains('/'));
        if !ok {
            return Err(err(setting, format!("'{origin}' is not an origin like https://app.example.org")));
        }
    }
    Ok(CorsOrigins::List(origins.into_iter().map(str::to_owned).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        settings: Settings,
    }

    fn settings(args: &[&str]) -> Settings {
        let mut all = vec!["lienhiep"];
        all.extend_from_slice(args);
        Cli::try_parse_from(all).expect("arguments parse").settings
    }

    #[test]
    fn defaults_serve_sqlite_from_the_data_folder() {
        let config = Config::from_settings(&settings(&[])).expect("defaults are valid");
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database, DbUrl::Sqlite(PathBuf::from("./data/lienhiep.db")));
        assert_eq!(config.timezone, chrono_tz::Asia::Ho_Chi_Minh);
        assert_eq!(config.cors_origins, CorsOrigins::None);
    }

    #[test]
    fn unknown_database_scheme_names_the_setting() {
        let e = Config::from_settings(&settings(&["--database-url", "mysql://x/y"])).expect_err("must be rejected");
        assert_eq!(e.setting, "DATABASE_URL (--database-url)");
        assert!(e.to_string().contains("mysql"), "{e}");
    }

    #[test]
    fn a_read_replica_is_postgresql_beside_postgresql() {
        let pg = ["--database-url", "postgres://primary/db", "--database-read-url", "postgres://replica/db"];
        let config = Config::from_settings(&settings(&pg)).expect("a replica");
        assert_eq!(config.read_database, Some(DbUrl::Postgres("postgres://replica/db".into())));
        for args in [
            &["--database-read-url", "postgres://replica/db"][..],
            &["--database-url", "postgres://primary/db", "--database-read-url", "sqlite://x.db"],
        ] {
            let e = Config::from_settings(&settings(args)).expect_err("refused");
            assert_eq!(e.setting, "DATABASE_READ_URL (--database-read-url)");
        }
        assert_eq!(Config::from_settings(&settings(&[])).expect("defaults").read_database, None);
    }

    #[test]
    fn bad_time_zone_names_the_setting() {
        let e = Config::from_settings(&settings(&["--timezone", "Mars/Olympus"])).expect_err("must be rejected");
        assert_eq!(e.setting, "LIENHIEP_TIMEZONE (--timezone)");
    }

    #[test]
    fn cors_rejects_wildcard_mixed_with_origins_and_paths() {
        assert!(parse_cors("*, https://a.example").is_err());
        assert!(parse_cors("https://a.example/app").is_err());
        assert_eq!(parse_cors(" * ").expect("wildcard"), CorsOrigins::Any);
        assert_eq!(
            parse_cors("https://a.example,http://localhost:3000").expect("list"),
            CorsOrigins::List(vec!["https://a.example".into(), "http://localhost:3000".into()])
        );
    }

    #[test]
    fn postgres_urls_are_redacted_in_logs() {
        let url = DbUrl::parse("postgres://app:s3cret@db:5432/lienhiep").expect("valid");
        assert_eq!(url.redacted(), "postgres://app:***@db:5432/lienhiep");
        assert!(!format!("{url:?}").contains("s3cret"));
    }

    #[test]
    fn unreadable_data_folder_names_the_setting() {
        let file = tempfile::NamedTempFile::new().expect("temp file");
        let mut s = settings(&[]);
        s.data_dir = file.path().join("sub");
        let config = Config::from_settings(&s).expect("valid");
        let e = config.prepare_data_dir().expect_err("must be rejected");
        assert_eq!(e.setting, "LIENHIEP_DATA_DIR (--data-dir)");
    }
}
