//! The test harness: a fresh database per test (a temporary SQLite file, or a PostgreSQL
//! database copied from a migrated template when `TEST_DATABASE_URL` is set) and the real
//! application built by `router::build_app`.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::http::StatusCode;
use actix_web::test::{self, TestRequest};
use actix_web::web;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::Connection;
use futures_util::future::LocalBoxFuture;
use lienhiep::auth::keys::AuthKeys;
use lienhiep::auth::tokens::{issue, TokenSubject};
use lienhiep::auth::Role;
use lienhiep::config::Config;
use lienhiep::db::pool::{build_counted_pool, build_pool, PoolOptions, StatementCounter};
use lienhiep::db::Backend;
use lienhiep::db::{DbPool, DbUrl};
use lienhiep::domain::codes::CodeList;
use lienhiep::router::build_app;
use lienhiep::startup::prepare_database;
use lienhiep::state::AppState;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The backend the tests run on, from `TEST_DATABASE_URL`.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.trim().is_empty())
}

/// A database that exists for one test and is removed after it.
pub struct TestDb {
    /// Its URL.
    pub url: DbUrl,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// A fresh, migrated database with the reference lists.
    pub fn new() -> TestDb {
        match postgres_admin_url() {
            Some(admin) => {
                let template = pg_template(&admin);
                let name = format!("lienhiep_test_{}", uuid::Uuid::new_v4().simple());
                pg_create_from_template(&admin, &name, &template);
                TestDb { url: DbUrl::Postgres(with_database(&admin, &name)), pg_name: Some(name), _dir: None }
            }
            None => Self::sqlite(),
        }
    }

    /// A fresh, migrated SQLite database with the reference lists, whatever the backend of the
    /// run (for copies between backends).
    pub fn sqlite() -> TestDb {
        // In memory where the machine has a tmpfs: the suite writes thousands of small
        // transactions, and waiting for a disk on each one is all their cost.
        let shm = std::path::Path::new("/dev/shm");
        let dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.expect("temporary folder");
        let path = dir.path().join("test.db");
        std::fs::copy(sqlite_template(), &path).expect("copy the template database");
        TestDb { url: DbUrl::Sqlite(path), pg_name: None, _dir: Some(dir) }
    }

    /// Which backend this database is on.
    pub fn is_postgres(&self) -> bool {
        self.pg_name.is_some()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let (Some(name), Some(admin)) = (&self.pg_name, postgres_admin_url()) {
            if let Ok(mut conn) = PgConnection::establish(&admin) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
            }
        }
    }
}

fn pool_options() -> PoolOptions {
    PoolOptions {
        max_size: 4,
        connection_timeout: Duration::from_secs(5),
        sqlite_busy_timeout: Duration::from_secs(5),
        sqlite_cache_kib: lienhiep::db::pool::SQLITE_MIN_CACHE_KIB,
    }
}

/// `admin` with its database name replaced by `name`.
pub fn with_database(admin: &str, name: &str) -> String {
    let (base, query) = match admin.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{host_part}/{name}?{q}"),
        None => format!("{host_part}/{name}"),
    }
}

/// The name of a template database migrated with this build's migrations and reference data,
/// created once (per content) and reused by every test and later runs.
/// A migrated SQLite database with the reference lists, built once per content of the
/// migrations and copied for each test (as the PostgreSQL template is cloned).
fn sqlite_template() -> PathBuf {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let path = std::env::temp_dir().join(format!("lienhiep-test-template-{}.db", content_hash("sqlite")));
            if !path.exists() {
                let building = path.with_extension(format!("build-{}", std::process::id()));
                let url = DbUrl::Sqlite(building.clone());
                {
                    let pool = build_pool(&url, &pool_options()).expect("pool");
                    prepare_database(&mut pool.get().expect("connection")).expect("migrate template");
                }
                // Everything into the main file, so that copying it copies the database.
                diesel::SqliteConnection::establish(&building.to_string_lossy())
                    .expect("open the template")
                    .batch_execute("PRAGMA journal_mode = DELETE;")
                    .expect("checkpoint");
                // Renaming makes the finished template appear at once; a concurrent run that
                // won the race wrote the same content.
                std::fs::rename(&building, &path).expect("template in place");
                for suffix in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", building.display()));
                }
            }
            path
        })
        .clone()
}

fn pg_template(admin: &str) -> String {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let name = format!("lienhiep_tpl_{}", content_hash("postgres"));
            let mut conn = PgConnection::establish(admin).expect("TEST_DATABASE_URL must reach PostgreSQL");
            if !pg_database_exists(&mut conn, &name) {
                let building = format!("{name}_build_{}", std::process::id());
                conn.batch_execute(&format!("DROP DATABASE IF EXISTS \"{building}\"")).expect("drop");
                conn.batch_execute(&format!("CREATE DATABASE \"{building}\"")).expect("create template");
                {
                    let url = DbUrl::Postgres(with_database(admin, &building));
                    let pool = build_pool(&url, &pool_options()).expect("pool");
                    prepare_database(&mut pool.get().expect("connection")).expect("migrate template");
                }
                // Renaming makes the finished template appear at once; if a concurrent run
                // won the race, keep theirs.
                if conn.batch_execute(&format!("ALTER DATABASE \"{building}\" RENAME TO \"{name}\"")).is_err() {
                    let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)"));
                }
            }
            name
        })
        .clone()
}

fn pg_database_exists(conn: &mut PgConnection, name: &str) -> bool {
    use diesel::prelude::*;
    use diesel::sql_types::Text;
    #[derive(QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        #[allow(dead_code)]
        one: i32,
    }
    diesel::sql_query("SELECT 1 AS one FROM pg_database WHERE datname = $1")
        .bind::<Text, _>(name)
        .load::<Found>(conn)
        .map(|rows| !rows.is_empty())
        .unwrap_or(false)
}

fn pg_create_from_template(admin: &str, name: &str, template: &str) {
    // CREATE DATABASE … TEMPLATE fails while another session copies the same template.
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut conn = PgConnection::establish(admin).expect("admin connection");
    let sql = format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
    let mut attempt = 0;
    while let Err(e) = conn.batch_execute(&sql) {
        attempt += 1;
        assert!(attempt < 50, "cannot create test database: {e}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn content_hash(backend: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("migrations folder")
        .flatten()
        .flat_map(|dir| std::fs::read_dir(dir.path()).into_iter().flatten().flatten().map(|f| f.path()))
        .collect();
    files.sort();
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(&file).expect("migration file"));
    }
    hasher.update(format!("{:?}", lienhiep::domain::reference::catalogue().expect("catalogue")).as_bytes());
    // What this test program would apply, too: a program built before a migration was
    // added must not take, or make, the template of the folder as it is now.
    let backend = if backend == "postgres" { Backend::Postgres } else { Backend::Sqlite };
    hasher.update(lienhiep::db::pool::embedded_migrations(backend).join("\n").as_bytes());
    hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// An answer from the application.
#[derive(Debug)]
pub struct TestResponse {
    /// Status code.
    pub status: StatusCode,
    /// Headers.
    pub headers: actix_web::http::header::HeaderMap,
    /// Body bytes.
    pub body: actix_web::web::Bytes,
}

impl TestResponse {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("body is not JSON ({e}): {:?}", self.body))
    }

    /// The body as text (for messages and substring checks).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts that this is a problem+json answer with `status` and `code`; returns the body.
    pub fn assert_problem(&self, status: u16, code: &str) -> Value {
        assert_eq!(self.status.as_u16(), status, "status; body: {:?}", self.body);
        let content_type = self.header("content-type").unwrap_or("");
        assert_eq!(content_type, "application/problem+json", "content type");
        let problem = self.json();
        assert_eq!(problem["status"], status);
        assert_eq!(problem["code"], code);
        assert!(problem["type"].as_str().is_some_and(|t| t.starts_with("urn:lienhiep:problem:")));
        assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
        let request_id = problem["request_id"].as_str().expect("problem carries the request id");
        assert_eq!(Some(request_id), self.header("x-request-id"), "body and header carry the same request id");
        problem
    }
}

/// The application service, built once per [`TestApp`]: building it generates the OpenAPI
/// document, which costs far more than most requests.
type Service = Rc<dyn Fn(actix_http::Request) -> LocalBoxFuture<'static, TestResponse>>;

/// The real application over a fresh database.
pub struct TestApp {
    /// What the handlers see.
    pub state: web::Data<AppState>,
    /// The database (dropped after the state's pool).
    pub db: TestDb,
    /// The statements the state's pool has sent (counted when the app was built by
    /// [`spawn`](Self::spawn) or [`over`](Self::over)).
    pub statements: StatementCounter,
    service: RefCell<Option<Service>>,
}

impl TestApp {
    /// The application over `state`, whose pool reaches `db`.
    pub fn new(state: web::Data<AppState>, db: TestDb) -> TestApp {
        TestApp { state, db, statements: StatementCounter::default(), service: RefCell::new(None) }
    }

    async fn service(&self) -> Service {
        if let Some(service) = self.service.borrow().as_ref() {
            return service.clone();
        }
        let app = Rc::new(test::init_service(build_app(self.state.clone())).await);
        let service: Service = Rc::new(move |req| {
            let app = app.clone();
            Box::pin(async move { into_test_response(test::call_service(&*app, req).await).await })
        });
        *self.service.borrow_mut() = Some(service.clone());
        service
    }

    /// A fresh database and the application with default test settings.
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    /// Like [`spawn`](Self::spawn), adjusting the configuration first.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
        let db = web::block(TestDb::new).await.expect("test database");
        Self::over_with(db, adjust)
    }

    /// The application over `db`, with default test settings.
    pub fn over(db: TestDb) -> TestApp {
        Self::over_with(db, |_| {})
    }

    fn over_with(db: TestDb, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let mut config = Config::for_database(db.url.clone(), std::env::temp_dir());
        adjust(&mut config);
        let statements = StatementCounter::default();
        let pool = build_counted_pool(&config.database, &pool_options(), statements.clone()).expect("pool");
        let keys = Arc::new(test_keys(&config));
        let state = web::Data::new(AppState::new(pool, None, Arc::new(config), keys, test_id_hash_key()));
        TestApp { statements, ..TestApp::new(state, db) }
    }

    /// The application over a pool whose database cannot be reached.
    pub fn unreachable() -> (web::Data<AppState>, DbPool) {
        let url = DbUrl::Postgres("postgres://nobody@127.0.0.1:1/none?connect_timeout=1".into());
        let options = PoolOptions {
            max_size: 1,
            connection_timeout: Duration::from_millis(500),
            sqlite_busy_timeout: Duration::from_secs(1),
            sqlite_cache_kib: lienhiep::db::pool::SQLITE_MIN_CACHE_KIB,
        };
        let pool = build_pool(&url, &options).expect("pool");
        let config = Config::for_database(url, std::env::temp_dir());
        let keys = Arc::new(test_keys(&config));
        (web::Data::new(AppState::new(pool.clone(), None, Arc::new(config), keys, test_id_hash_key())), pool)
    }

    /// Sends a request through the whole application (middleware, routing, handlers).
    pub async fn call(&self, req: TestRequest) -> TestResponse {
        self.call_request(req.to_request()).await
    }

    /// Sends an already built request (for one whose body is a stream).
    pub async fn call_request(&self, req: actix_http::Request) -> TestResponse {
        let service = self.service().await;
        service(req).await
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> TestResponse {
        self.call(TestRequest::get().uri(path)).await
    }

    /// A bearer token for a caller with `roles` and association scope, as a header value.
    pub fn bearer(&self, roles: &[Role], association_ids: &[i64]) -> String {
        let subject = TokenSubject {
            sub: "user:900001".into(),
            name: format!("test-{}", roles.iter().map(|r| r.code()).collect::<Vec<_>>().join("+")),
            roles: roles.to_vec(),
            association_ids: association_ids.to_vec(),
            person_id: None,
            must_change_password: false,
        };
        let (token, _) = issue(&self.state.keys, &subject).expect("token");
        format!("Bearer {token}")
    }

    /// A bearer token for the real user `user_id` holding `roles`, as a header value.
    pub fn bearer_for_user(&self, user_id: i64, roles: &[Role]) -> String {
        let subject = TokenSubject {
            sub: format!("user:{user_id}"),
            name: format!("user{user_id}"),
            roles: roles.to_vec(),
            association_ids: Vec::new(),
            person_id: None,
            must_change_password: false,
        };
        let (token, _) = issue(&self.state.keys, &subject).expect("token");
        format!("Bearer {token}")
    }

    /// Sends `req` with the bearer token of a caller with `roles`.
    pub async fn call_as(&self, roles: &[Role], association_ids: &[i64], req: TestRequest) -> TestResponse {
        self.call(req.insert_header(("Authorization", self.bearer(roles, association_ids)))).await
    }

    /// Creates a user with a password (the real login path).
    pub async fn create_user(&self, username: &str, password: &str, roles: &[Role], association_ids: &[i64]) -> i64 {
        let pool = self.state.pool.clone();
        let (username, password) = (username.to_owned(), password.to_owned());
        let (roles, ids): (Vec<String>, Vec<i64>) =
            (roles.iter().map(|r| r.code().to_owned()).collect(), association_ids.to_vec());
        web::block(move || {
            let mut conn = pool.get().expect("connection");
            lienhiep::models::user::create_from_cli(&mut conn, &username, &password, &roles, &ids, None)
                .expect("user created")
                .user
                .id
        })
        .await
        .expect("blocking")
    }

    /// A user with `roles`, linked to `person`, and a bearer token for it.
    pub fn linked_user(&self, name: &str, roles: &[Role], person: Option<i64>) -> (i64, String) {
        use lienhiep::domain::codes::CodeList;
        let codes: Vec<String> = roles.iter().map(|r| r.code().to_owned()).collect();
        let id =
            lienhiep::models::user::create_from_cli(&mut self.conn(), name, "linked passphrase 1", &codes, &[], person)
                .expect("user")
                .user
                .id;
        (id, self.bearer_for_user(id, roles))
    }

    /// How many audit records there are for an entity.
    pub fn audit_count(&self, entity_type: &str, entity_id: i64) -> usize {
        lienhiep::models::audit::for_entity(&mut self.conn(), entity_type, &entity_id.to_string()).expect("audit").len()
    }

    /// Asserts that the member search index holds exactly the rows the members' names make:
    /// each word of the person's name with the membership's sort key (itself the one the
    /// name makes), and nothing left over from an earlier name.
    pub fn assert_search_index_exact(&self) {
        use diesel::prelude::*;
        use lienhiep::db::schema::{member_search as t, memberships as m, persons as p};
        use lienhiep::models::member::{search_entries, sort_keys};
        let mut conn = self.conn();
        let mut stored: Vec<(String, String, i64, String)> = t::table
            .select((t::token, t::sort_given, t::membership_id, t::words))
            .load(&mut *conn)
            .expect("search rows");
        let members: Vec<(i64, String, String)> = m::table
            .inner_join(p::table)
            .select((m::id, m::sort_given, p::full_name))
            .load(&mut *conn)
            .expect("members");
        let mut expected = Vec::new();
        for (id, sort_given, full_name) in &members {
            assert_eq!(*sort_given, sort_keys(full_name).0, "membership {id}'s sort key is its person's name's");
            expected.extend(search_entries(*id, full_name, sort_given));
        }
        stored.sort();
        expected.sort();
        assert_eq!(stored, expected, "the search index holds the words of every member's name, and only those");
    }

    /// A pooled connection, for setting up or inspecting the database directly.
    pub fn conn(&self) -> lienhiep::db::pool::PooledConnection {
        self.state.pool.get().expect("connection")
    }
}

/// Sends a request through an application built on `state`.
pub async fn call_app(state: &web::Data<AppState>, req: TestRequest) -> TestResponse {
    let app = test::init_service(build_app(state.clone())).await;
    let res = test::call_service(&app, req.to_request()).await;
    into_test_response(res).await
}

async fn into_test_response<B: MessageBody>(res: actix_web::dev::ServiceResponse<B>) -> TestResponse {
    let status = res.status();
    let headers = res.headers().clone();
    let body = actix_web::body::to_bytes(res.into_body()).await.unwrap_or_default();
    TestResponse { status, headers, body }
}

/// Keys for a test application.
pub fn test_keys(config: &Config) -> AuthKeys {
    AuthKeys::random(&config.jwt_issuer, &config.jwt_audience, config.access_token_ttl)
}

/// A JSON request.
pub fn json(req: TestRequest, body: serde_json::Value) -> TestRequest {
    req.insert_header(("Content-Type", "application/json")).set_payload(body.to_string())
}

/// The national-ID hash key of test applications.
pub fn test_id_hash_key() -> Arc<lienhiep::domain::national_id::IdHashKey> {
    Arc::new(lienhiep::domain::national_id::IdHashKey::new(b"test national id hash key, 32 bytes+"))
}

/// Adds a member to `association` as staff; the answer's body (201 asserted).
pub async fn add_member(app: &TestApp, association: i64, body: serde_json::Value) -> serde_json::Value {
    let req = json(TestRequest::post().uri(&format!("/api/v1/associations/{association}/members")), body);
    let res = app.call_as(&[lienhiep::auth::Role::Staff], &[], req).await;
    assert_eq!(res.status, 201, "{:?}", res.body);
    res.json()
}

/// Takes the steps of a workflow at `uri_of(step)` with generated dates, some before the
/// previous step's and some in the future (seeded by `rng`): each is refused (`422` on `on`)
/// exactly when its date is either, else taken. `body_of(step)` is the rest of each body.
/// Returns the date each step was taken on, in order.
pub async fn take_dated_steps(
    app: &TestApp,
    rng: &mut lienhiep::demo::Rng,
    seed: u64,
    steps: &[(&str, serde_json::Value)],
    uri_of: impl Fn(&str) -> String,
    start: chrono::NaiveDate,
) -> Vec<chrono::NaiveDate> {
    use chrono::Duration;
    let today = lienhiep::domain::time::today(app.state.config.timezone);
    let mut latest = start;
    let mut taken = Vec::new();
    for (name, body) in steps {
        loop {
            let on = if rng.below(10) == 0 {
                today + Duration::days(1 + rng.below(3) as i64)
            } else {
                latest + Duration::days(rng.below(40) as i64 - 8)
            };
            let mut body = body.clone();
            body["on"] = serde_json::json!(on.to_string());
            let res = app.call_as(&[Role::Staff], &[], json(TestRequest::post().uri(&uri_of(name)), body)).await;
            let first = taken.is_empty();
            // A first step has no earlier one to follow; only the future refuses it.
            if on > today || (!first && on < latest) {
                let problem = res.assert_problem(422, "validation_failed");
                assert_eq!(problem["errors"][0]["field"], "on", "seed {seed}: {name} on {on} after {latest}");
                continue;
            }
            assert_eq!(res.status, 200, "seed {seed}: {name} on {on} after {latest}: {}", res.body_text());
            latest = on;
            taken.push(on);
            break;
        }
    }
    taken
}

/// The seed of a generated test: `LIENHIEP_TEST_SEED` when set (to replay a failure), else
/// the clock. Tests print it with every failure.
pub fn test_seed() -> u64 {
    std::env::var("LIENHIEP_TEST_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(1)
    })
}
