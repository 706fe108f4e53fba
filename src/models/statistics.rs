//! The statistics module's side of the contract (docs/architecture.md, "The statistics contract"): it assembles the observations
//! each resource offers, keeps the data version that says when they may have changed, and
//! caches what it computed for that version. It never reads another module's tables.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;

use crate::db::{self, DbConnection, DbPool};
use crate::domain::statistics::{Metric, Observation};
use crate::error::{ApiError, ApiResult};

/// A resource's observations for a year.
type Source = fn(&mut DbConnection, i32) -> QueryResult<Vec<Observation>>;

/// Every resource that offers observations, by the name the summary groups them under.
pub const RESOURCES: [(&str, Source); 9] = [
    ("associations", crate::models::association::observations),
    ("members", crate::models::member::observations),
    ("annual_reports", crate::models::annual_report::observations),
    ("national_standing", crate::models::national_standing::observations),
    ("awards", crate::models::awards::observations),
    ("contests", crate::models::contest::observations),
    ("advisory", crate::models::advisory::observations),
    ("activities", crate::models::activity::observations),
    ("union", crate::models::union_profile::observations),
];

/// The observations of a year, grouped by resource (in [`RESOURCES`] order).
pub type YearFigures = Vec<(&'static str, Vec<Observation>)>;

/// Computes every resource's observations for `year`, then the union-wide totals of them
/// (resource `totals`).
pub fn compute_year(conn: &mut DbConnection, year: i32) -> QueryResult<YearFigures> {
    let mut figures: YearFigures =
        RESOURCES.iter().map(|(name, source)| Ok((*name, source(conn, year)?))).collect::<QueryResult<_>>()?;
    let mut totals = totals(&figures, year);
    totals.extend(intellectual_share(&figures, &totals, year));
    figures.push(("totals", totals));
    Ok(figures)
}

/// The members of all associations together, and the S&T intellectuals among them, whether
/// a roster or an annual report gives each association's figure: one figure a client need
/// not add up itself.
fn totals(figures: &YearFigures, year: i32) -> Vec<Observation> {
    [(Metric::MembersTotal, Metric::UnionMembersTotal), (Metric::IntellectualMembers, Metric::UnionIntellectualMembers)]
        .into_iter()
        .filter_map(|(of, metric)| {
            let mut per_association = figures
                .iter()
                .flat_map(|(_, observations)| observations)
                .filter(|o| o.metric == of && o.association_id.is_some() && o.dimension.is_none())
                .peekable();
            per_association.peek()?;
            let value = per_association.map(|o| o.value).sum();
            Some(Observation { metric, year, association_id: None, dimension: None, value })
        })
        .collect()
}

/// The associations' S&T intellectuals as a share of the province's, in whole per cent
/// (rounded half up), where both are known and the province's is above 0.
fn intellectual_share(figures: &YearFigures, totals: &[Observation], year: i32) -> Option<Observation> {
    let ours = totals.iter().find(|o| o.metric == Metric::UnionIntellectualMembers)?.value;
    let province = figures
        .iter()
        .flat_map(|(_, observations)| observations)
        .find(|o| o.metric == Metric::ProvinceStIntellectuals)?
        .value;
    if province <= 0 {
        return None;
    }
    let value = (i128::from(ours) * 200 + i128::from(province)) / (2 * i128::from(province));
    Some(Observation {
        metric: Metric::UnionIntellectualSharePercent,
        year,
        association_id: None,
        dimension: None,
        value: i64::try_from(value).unwrap_or(i64::MAX),
    })
}

/// A year's figures as one computation found them.
#[derive(Debug)]
pub struct Computed {
    /// The data version read before the figures: they hold every change up to it.
    pub version: i64,
    /// When the computation read the data (UTC).
    pub computed_at: chrono::NaiveDateTime,
    /// The same moment on this process's clock, for ages.
    pub at: Instant,
    pub figures: YearFigures,
}

/// A year's figures as answered to one request.
#[derive(Debug, Clone)]
pub struct Answer {
    pub computed: Arc<Computed>,
    /// Whether the data version had moved past the figures when the request was made.
    pub stale: bool,
}

/// How old the figures a request gets may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// At the current data version: waits for the computation if need be.
    Newest,
    /// Figures computed at most this long ago may answer while newer ones are computed.
    Within(Duration),
}

/// How long a data version read for one request answers the next ones that accept stale
/// figures ([`Freshness::Within`]), as long as this process changed no data: changes made
/// through another process (a replica of the service, the command line) are seen this much
/// later. Requests for the newest figures always read it.
pub const VERSION_REUSE: Duration = Duration::from_millis(250);

/// Figures by year, computed once per data version with one computation per year at a time.
///
/// A request that finds figures older than the data version waits for the one computation
/// of that year (single flight: never a second one beside it); with [`Freshness::Within`] it
/// is answered at once with the last complete figures while a background task computes newer
/// ones. Computations of different years share `turns` permits, so that however many years are
/// asked for at once, statistics hold a bounded share of the database pool.
#[derive(Debug)]
pub struct Cache {
    /// The data version last read for a request, when, and [`db::data_version::moves`] just
    /// before it was read.
    seen: Mutex<Option<(i64, Instant, u64)>>,
    years: Mutex<HashMap<i32, Arc<Computed>>>,
    flights: Mutex<HashMap<i32, Arc<tokio::sync::Mutex<()>>>>,
    turns: Arc<tokio::sync::Semaphore>,
    computations: std::sync::atomic::AtomicU64,
}

/// The pools a computation may read: the primary, and the read replica when there is one.
#[derive(Clone)]
pub struct Pools {
    pub primary: DbPool,
    pub replica: Option<DbPool>,
}

impl Cache {
    /// An empty cache whose computations hold at most `connections` connections at once.
    pub fn new(connections: usize) -> Self {
        Cache {
            seen: Mutex::default(),
            years: Mutex::default(),
            flights: Mutex::default(),
            turns: Arc::new(tokio::sync::Semaphore::new(connections.max(1))),
            computations: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// How many year computations this cache has started (for `/metrics` and tests).
    pub fn computations(&self) -> u64 {
        self.computations.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The figures of each year of `years` (in order) for a request made now.
    pub async fn years(
        self: &Arc<Self>,
        pools: &Pools,
        years: std::ops::RangeInclusive<i32>,
        freshness: Freshness,
    ) -> ApiResult<Vec<Answer>> {
        let current = self.version(pools, freshness).await?;
        let mut out = Vec::new();
        for year in years {
            let computed = self.year(pools, current, year, freshness).await?;
            out.push(Answer { stale: computed.version < current, computed });
        }
        Ok(out)
    }

    /// The data version that figures at `freshness` are compared with: the one read less than
    /// [`VERSION_REUSE`] ago if the request accepts stale figures and this process wrote
    /// nothing since, else read now.
    pub async fn version(self: &Arc<Self>, pools: &Pools, freshness: Freshness) -> ApiResult<i64> {
        match (freshness, self.recent_version()) {
            (Freshness::Within(_), Some(recent)) => Ok(recent),
            _ => self.read_version(pools).await,
        }
    }

    /// The data version read for a request less than [`VERSION_REUSE`] ago, if this process
    /// has changed no data since.
    fn recent_version(&self) -> Option<i64> {
        let seen = *lock(&self.seen);
        seen.filter(|(_, at, moves)| at.elapsed() < VERSION_REUSE && *moves == db::data_version::moves())
            .map(|(version, _, _)| version)
    }

    /// Reads the data version, and keeps it for [`Self::recent_version`].
    async fn read_version(&self, pools: &Pools) -> ApiResult<i64> {
        let (moves, at) = (db::data_version::moves(), Instant::now());
        let version =
            db::run_read_untaxed(&pools.primary, pools.replica.as_ref(), |conn| Ok(db::data_version::current(conn)?))
                .await?;
        let mut seen = lock(&self.seen);
        if seen.is_none_or(|(kept, kept_at, _)| kept_at <= at || kept < version) {
            *seen = Some((version, at, moves));
        }
        Ok(version)
    }

    async fn year(
        self: &Arc<Self>,
        pools: &Pools,
        current: i64,
        year: i32,
        freshness: Freshness,
    ) -> ApiResult<Arc<Computed>> {
        if let Some(done) = self.cached(year) {
            if done.version >= current {
                return Ok(done);
            }
            if let Freshness::Within(bound) = freshness {
                if done.at.elapsed() <= bound {
                    self.refresh(pools, current, year);
                    return Ok(done);
                }
            }
        }
        let flight = self.flight(year);
        let _flying = flight.lock().await;
        // The computation this request waited for may have been new enough.
        match self.cached(year) {
            Some(done) if done.version >= current => Ok(done),
            _ => self.compute(pools, year).await,
        }
    }

    /// Starts a background computation of `year` unless one is running.
    fn refresh(self: &Arc<Self>, pools: &Pools, current: i64, year: i32) {
        let Ok(flying) = self.flight(year).try_lock_owned() else {
            return;
        };
        let (cache, pools) = (Arc::clone(self), pools.clone());
        actix_web::rt::spawn(async move {
            let _flying = flying;
            if cache.cached(year).is_some_and(|done| done.version >= current) {
                return;
            }
            if let Err(e) = cache.compute(&pools, year).await {
                tracing::warn!(error = %e, year, "computing statistics in the background failed");
            }
        });
    }

    /// Computes `year` now (the caller holds its flight) and keeps the result.
    async fn compute(&self, pools: &Pools, year: i32) -> ApiResult<Arc<Computed>> {
        let _turn = self.turns.acquire().await.map_err(|e| ApiError::Internal(e.into()))?;
        self.computations.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let computed = db::run_read_untaxed(&pools.primary, pools.replica.as_ref(), move |conn| {
            let at = Instant::now();
            let computed_at = crate::domain::time::now();
            let version = db::data_version::current(conn)?;
            Ok(Computed { version, computed_at, at, figures: compute_year(conn, year)? })
        })
        .await?;
        let computed = Arc::new(computed);
        let mut years = lock(&self.years);
        // A replica that lags may answer an older version than the one kept.
        if years.get(&year).is_none_or(|kept| kept.version <= computed.version) {
            years.insert(year, Arc::clone(&computed));
        }
        Ok(computed)
    }

    fn cached(&self, year: i32) -> Option<Arc<Computed>> {
        lock(&self.years).get(&year).cloned()
    }

    fn flight(&self, year: i32) -> Arc<tokio::sync::Mutex<()>> {
        Arc::clone(lock(&self.flights).entry(year).or_default())
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
