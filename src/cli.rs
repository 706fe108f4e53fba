//! The command line: `serve` (the default), `migrate`, `openapi`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{Config, Settings};
use crate::db::DbUrl;
use crate::{startup, telemetry};

/// lienhiep: the REST/JSON API of a provincial Union of Science and Technology Associations.
#[derive(Debug, Parser)]
#[command(name = "lienhiep", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Settings shared by all commands.
    #[command(flatten)]
    pub settings: Settings,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations, then serve the API (the default).
    Serve,
    /// Apply pending migrations and refresh the reference lists, then exit.
    Migrate,
    /// Print the OpenAPI document (JSON) to standard output.
    Openapi,
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage signing keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Fill an empty database with deterministic demo data: associations and their rosters
    /// (through the roster sync), ten years of annual reports, honour rounds, nominations,
    /// commendations, both contests, advisory cases and activities. Prints what it made and
    /// the figures the statistics summary shows for each year.
    #[command(name = "demo-data")]
    DemoData(DemoArgs),
    /// Write a consistent snapshot of the database (DATABASE_URL) to a file, while the
    /// service runs: every table, a manifest (schema version, rows and checksum per table)
    /// and the file's SHA-256, gzip-compressed. Either backend; restores into either.
    Backup {
        /// The file to write (never overwritten; written as FILE.partial until complete).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Load a backup into a new, empty database (DATABASE_URL): the whole file is checked
    /// first; a damaged or truncated file, or one made by a newer lienhiep, changes nothing.
    Restore {
        /// The backup to load.
        #[arg(long)]
        from: std::path::PathBuf,
    },
    /// Database commands.
    #[command(subcommand)]
    Db(DbCommand),
}

/// Database commands.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Copy every table from one database to another, new and empty (e.g. from SQLite to
    /// PostgreSQL), ids and versions intact, in one transaction; then compare every table's
    /// rows and checksum.
    Copy {
        /// The source, `sqlite://PATH` or `postgres://…` (at this program's schema).
        #[arg(long)]
        from: String,
        /// The target, new and empty.
        #[arg(long)]
        to: String,
    },
}

/// `demo-data`: the whole union at a scale, or only members.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Only members (for benchmarks); without it, every resource.
    #[command(subcommand)]
    pub command: Option<DemoCommand>,
    /// How much: `small` (2,000 members; for trying the API), `province` (300,000 members,
    /// 450 honourees, 650 contest entries; loads in under a minute in a release build) or
    /// `federation` (3,000,000 members, the rest as `province`; for measuring growth).
    #[arg(long, value_enum, default_value_t = crate::demo::province::Scale::Small)]
    pub scale: crate::demo::province::Scale,
    /// The seed: the same seed (in the same year) makes the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Also write what was made, and the figures each year's statistics summary shows, as
    /// JSON to this file.
    #[arg(long)]
    pub json: Option<std::path::PathBuf>,
}

/// Demo-data commands.
#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Print a roster file (CSV with the Vietnamese headers an association writes) of made-up
    /// people, for trying or benchmarking `POST /associations/{id}/roster/sync`. External ids
    /// are `HV-<seed>-<n>`: the same seed makes the same file.
    Roster {
        /// How many rows.
        #[arg(long, default_value_t = 30_000)]
        rows: u64,
        /// The seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Realistic members of a province like Sơn La in 18 demo associations; prints the counts it made (JSON).
    Members {
        /// How many members.
        #[arg(long, default_value_t = 300_000)]
        count: u64,
        /// The seed: the same seed makes the same people.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// Key commands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Write a new Ed25519 private key (PKCS#8 PEM, mode 0600) for LIENHIEP_JWT_ED25519_KEY_FILE.
    GenerateEd25519 {
        /// Where to write it (an existing file is never overwritten).
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Re-key every stored national-ID hash under a new key, without the ID numbers (each hash
    /// becomes the HMAC of itself under the new key). Stop the service first. The new key is
    /// read from standard input (one line, at least 32 bytes), or made with --generate. With
    /// SQLite's generated key, the data folder's key files are updated; with a configured key,
    /// the command prints what to set on every replica.
    RotateIdHash {
        /// Make a new random key instead of reading one from standard input.
        #[arg(long)]
        generate: bool,
    },
}

/// User commands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user. The password is read from standard input (one line).
    Create {
        /// Login name (3 to 64 of letters, digits, `.`, `_`, `-`, `@`).
        #[arg(long)]
        username: String,
        /// A role; repeat for several (admin, staff, association_manager, judge, expert, statistics_reader).
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// An association the user manages; repeat for several.
        #[arg(long = "association-id")]
        association_ids: Vec<i64>,
        /// The person this user is, if any: a person id (`person.id` of their member record,
        /// not the membership id), which an expert or judge needs to declare conflicts.
        #[arg(long)]
        person_id: Option<i64>,
    },
}

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve) {
        Command::DemoData(DemoArgs { command: None, scale, seed, json }) => {
            with_config(&cli.settings, |config| demo_data(&config, scale, seed, json.as_deref()))
        }
        Command::DemoData(DemoArgs { command: Some(DemoCommand::Roster { rows, seed }), .. }) => {
            print!("{}", crate::demo::members::roster_csv(rows, seed));
            ExitCode::SUCCESS
        }
        Command::DemoData(DemoArgs { command: Some(DemoCommand::Members { count, seed }), .. }) => {
            with_config(&cli.settings, |config| {
                let (pool, _) = startup::connect_and_prepare(&config)?;
                let mut conn = pool.get()?;
                let started = std::time::Instant::now();
                let counts =
                    crate::demo::members::generate(&mut conn, count, seed, 1000).map_err(|e| anyhow::anyhow!("{e}"))?;
                eprintln!("made {} members in {:.1} s", counts.total, started.elapsed().as_secs_f64());
                println!("{}", serde_json::to_string_pretty(&counts)?);
                Ok(())
            })
        }
        Command::Keys(KeysCommand::GenerateEd25519 { out }) => {
            let result = crate::auth::keys::generate_ed25519_pem()
                .and_then(|pem| crate::auth::keys::write_private_file(&out, &pem).map_err(anyhow::Error::from));
            match result {
                Ok(()) => {
                    println!(
                        "wrote an Ed25519 signing key to {}; set LIENHIEP_JWT_ED25519_KEY_FILE to use it",
                        out.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("lienhiep: cannot write {}: {e:#}", out.display());
                    ExitCode::FAILURE
                }
            }
        }
        Command::Keys(KeysCommand::RotateIdHash { generate }) => {
            with_config(&cli.settings, |config| rotate_id_hash(&config, generate))
        }
        Command::Backup { to } => with_config(&cli.settings, |config| {
            let pool = connect(&config.database, &config)?;
            let started = std::time::Instant::now();
            let report = crate::backup::backup(&mut *pool.get()?, &to, &mut progress())?;
            end_progress();
            let rows: u64 = report.manifest.tables.values().map(|t| t.rows).sum();
            eprintln!(
                "wrote {rows} rows of {} tables to {} ({} bytes) in {:.1} s",
                report.manifest.tables.len(),
                to.display(),
                report.bytes,
                started.elapsed().as_secs_f64()
            );
            println!("{}", serde_json::to_string_pretty(&report.manifest)?);
            Ok(())
        }),
        Command::Restore { from } => with_config(&cli.settings, |config| {
            let pool = connect(&config.database, &config)?;
            let started = std::time::Instant::now();
            let report = crate::backup::restore(&mut *pool.get()?, &from, &mut progress())?;
            print_load(&report, started);
            Ok(())
        }),
        Command::Db(DbCommand::Copy { from, to }) => with_config(&cli.settings, |config| {
            let source_url = DbUrl::parse(&from).map_err(|e| anyhow::anyhow!("--from: {e}"))?;
            let target_url = DbUrl::parse(&to).map_err(|e| anyhow::anyhow!("--to: {e}"))?;
            let source = connect(&source_url, &config)?;
            let target = connect(&target_url, &config)?;
            let started = std::time::Instant::now();
            let report = crate::backup::copy(&mut *source.get()?, &mut *target.get()?, &mut progress())?;
            print_load(&report, started);
            Ok(())
        }),
        Command::Openapi => {
            print!("{}", crate::router::document_json());
            ExitCode::SUCCESS
        }
        Command::Migrate => with_config(&cli.settings, |config| {
            let (_, applied) = startup::connect_and_prepare(&config)?;
            if applied.is_empty() {
                println!("database is up to date");
            }
            for name in applied {
                println!("applied {name}");
            }
            Ok(())
        }),
        Command::User(UserCommand::Create { username, roles, association_ids, person_id }) => {
            with_config(&cli.settings, |config| {
                let mut password = String::new();
                std::io::stdin().read_line(&mut password)?;
                let password = password.trim_end_matches(['\r', '\n']).to_owned();
                let (pool, _) = startup::connect_and_prepare(&config)?;
                let mut conn = pool.get()?;
                let account = crate::models::user::create_from_cli(
                    &mut conn,
                    &username,
                    &password,
                    &roles,
                    &association_ids,
                    person_id,
                )?;
                println!("created user {} (id {})", account.user.username, account.user.id);
                Ok(())
            })
        }
        Command::Serve => with_config(&cli.settings, |config| {
            let keys =
                crate::auth::keys::AuthKeys::for_config(&config).map_err(|e| anyhow::anyhow!("invalid setting {e}"))?;
            let id_hash_key =
                crate::auth::keys::id_hash_key(&config).map_err(|e| anyhow::anyhow!("invalid setting {e}"))?;
            let (pool, applied) = startup::connect_and_prepare(&config)?;
            for name in applied {
                tracing::info!(migration = %name, "applied migration");
            }
            crate::models::id_hash::check_chain(&mut *pool.get()?, &id_hash_key)
                .map_err(|e| anyhow::anyhow!("invalid setting LIENHIEP_ID_HASH_KEY (--id-hash-key): {e}"))?;
            actix_web::rt::System::new().block_on(startup::serve(config, pool, keys, id_hash_key))?;
            tracing::info!("stopped");
            Ok(())
        }),
    }
}

fn with_config(settings: &Settings, f: impl FnOnce(Config) -> anyhow::Result<()>) -> ExitCode {
    let config = match Config::from_settings(settings) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("lienhiep: invalid setting {e}");
            return ExitCode::from(2);
        }
    };
    if matches!(config.database, DbUrl::Sqlite(_)) || settings.database_url.is_none() {
        if let Err(e) = config.prepare_data_dir() {
            eprintln!("lienhiep: invalid setting {e}");
            return ExitCode::from(2);
        }
    }
    telemetry::init_logging(config.log_format, &config.log_filter);
    match f(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("lienhiep: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `lienhiep keys rotate-id-hash`: see [`KeysCommand::RotateIdHash`].
fn rotate_id_hash(config: &Config, generate: bool) -> anyhow::Result<()> {
    use crate::auth::keys::{self, IdHashKeySource};
    let (current, source) =
        keys::id_hash_key_with_source(config).map_err(|e| anyhow::anyhow!("invalid setting {e}"))?;
    let new_secret = if generate {
        keys::random_secret()?
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line.trim().to_owned()
    };
    if new_secret.len() < keys::MIN_SECRET_BYTES {
        anyhow::bail!("the new key must be at least {} bytes long", keys::MIN_SECRET_BYTES);
    }
    if new_secret.contains(',') {
        anyhow::bail!("the new key may not hold a comma (LIENHIEP_ID_HASH_PREVIOUS_KEYS lists keys with commas)");
    }
    let (pool, _) = startup::connect_and_prepare(config)?;
    let mut conn = pool.get()?;
    // With generated key files, the new files are written first and take their place only
    // once the database has committed.
    let staged = match &source {
        IdHashKeySource::Files(dir) => Some(keys::stage_id_hash_rotation(dir, &new_secret)?),
        IdHashKeySource::Configured => None,
    };
    let ctx = crate::models::audit::WriteContext::system("command line");
    let rotation = match crate::models::id_hash::rotate(&mut conn, &ctx, &current, new_secret.as_bytes()) {
        Ok(rotation) => rotation,
        Err(e) => {
            if let Some(staged) = staged {
                staged.discard();
            }
            return Err(e.into());
        }
    };
    eprintln!(
        "re-keyed {} national-ID hashes; the key chain is now [{}] (key ids, oldest first)",
        rotation.rehashed,
        rotation.key_ids.join(", ")
    );
    match staged {
        Some(staged) => {
            staged.commit()?;
            println!("the data folder holds the new key; start the service as before");
        }
        None => {
            let mut previous = config.id_hash_previous_keys.clone();
            previous.push(config.id_hash_key.clone().unwrap_or_default());
            println!("Set on every replica before starting it again:");
            if generate {
                println!("LIENHIEP_ID_HASH_KEY={new_secret}");
            } else {
                println!("LIENHIEP_ID_HASH_KEY=<the new key you gave>");
            }
            println!("LIENHIEP_ID_HASH_PREVIOUS_KEYS={}", previous.join(","));
        }
    }
    Ok(())
}

/// A pool on `url` without preparing the database (backups read it as it is; restores and
/// copies migrate it themselves).
fn connect(url: &DbUrl, config: &Config) -> anyhow::Result<crate::db::pool::DbPool> {
    let options = crate::db::pool::PoolOptions {
        max_size: 1,
        connection_timeout: config.db_pool_timeout,
        sqlite_busy_timeout: std::time::Duration::from_secs(30),
        sqlite_cache_kib: crate::db::pool::SQLITE_CACHE_KIB,
    };
    let pool = crate::db::pool::build_pool(url, &options).map_err(anyhow::Error::msg)?;
    pool.get().map_err(|e| anyhow::anyhow!("cannot connect to the database {}: {e}", url.redacted()))?;
    Ok(pool)
}

/// Progress of a backup, restore or copy on standard error, when it is a terminal.
fn progress() -> impl FnMut(&str, u64) {
    use std::io::IsTerminal;
    let terminal = std::io::stderr().is_terminal();
    move |table, rows| {
        if terminal {
            eprint!("\r\x1b[2K{table}: {rows} rows");
        }
    }
}

/// `demo-data --scale`: makes the data with a progress bar on a terminal, then prints what
/// it made and this year's figures (and writes the whole report as JSON when asked).
fn demo_data(
    config: &Config,
    scale: crate::demo::province::Scale,
    seed: u64,
    json: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let (pool, _) = startup::connect_and_prepare(config)?;
    let key = crate::auth::keys::id_hash_key(config).map_err(|e| anyhow::anyhow!("invalid setting {e}"))?;
    let today = crate::domain::time::today(config.timezone);
    let terminal = std::io::stderr().is_terminal();
    let drawn = std::cell::Cell::new(u64::MAX);
    let bar = |what: &str, done: u64, total: u64| {
        let permille = done.saturating_mul(1000) / total.max(1);
        if terminal && permille != drawn.get() {
            drawn.set(permille);
            let filled = (permille / 25) as usize;
            eprint!(
                "\r\x1b[2K[{}{}] {:>5.1}% {what}",
                "#".repeat(filled),
                "-".repeat(40 - filled.min(40)),
                permille as f64 / 10.0
            );
        }
    };
    let started = std::time::Instant::now();
    let report =
        crate::demo::province::generate(&mut *pool.get()?, scale, seed, today, &key, &bar).map_err(|e| match e {
            crate::error::ApiError::Validation(fields) => anyhow::anyhow!("the demo data was refused: {fields:?}"),
            e => anyhow::anyhow!("{}", e.to_problem().detail.unwrap_or_else(|| e.to_string())),
        })?;
    end_progress();
    eprintln!("made the {scale:?} demo data (seed {seed}) in {:.1} s", started.elapsed().as_secs_f64());
    for (what, n) in &report.made {
        println!("{what:<20} {n:>9}");
    }
    if let Some(figures) = report.figures.get(&report.year) {
        println!("\nstatistics summary of {}:", report.year);
        for (metric, value) in figures {
            println!("{metric:<28} {}", serde_json::to_string(value)?);
        }
    }
    if let Some(path) = json {
        std::fs::write(path, serde_json::to_string_pretty(&report)?)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Ends the progress line, if there is one.
fn end_progress() {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        eprintln!();
    }
}

fn print_load(report: &crate::backup::LoadReport, started: std::time::Instant) {
    end_progress();
    let rows: u64 = report.rows.values().sum();
    eprintln!(
        "loaded {rows} rows into {} tables in {:.1} s; every table's rows and checksum match{}",
        report.rows.len(),
        started.elapsed().as_secs_f64(),
        if report.migrated.is_empty() {
            String::new()
        } else {
            format!("; then applied {}", report.migrated.join(", "))
        }
    );
    println!("{}", serde_json::to_string_pretty(&report.sums).unwrap_or_default());
}
