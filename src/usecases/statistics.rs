//! Statistics as they are served: the figures of a range of years at the freshness a request
//! asks, one metric's series out of them, and the indicator table of a year with the public
//! subset's small-cell rule. The figures themselves are computed and cached by
//! `models::statistics`; this is where a request's answer is put together from them.

use std::sync::Arc;
use std::time::Duration;

use crate::db::{self, DbPool};
use crate::domain::statistics::{IndicatorUnit, Metric, Observation};
use crate::error::ApiResult;
use crate::models::indicator::{self, TableLine};
use crate::models::statistics::{Answer, Cache, Freshness, Pools};

/// Where statistics are read from, and how old an answer may be.
#[derive(Clone)]
pub struct Readers {
    /// The figures computed per year and data version.
    pub cache: Arc<Cache>,
    /// The pools the figures are computed on.
    pub pools: Pools,
    /// The primary's pool, for the reads of the indicator table.
    pub primary: DbPool,
    /// The read replica's pool, if one is configured.
    pub replica: Option<DbPool>,
    /// The oldest figures that may answer while newer ones are computed (zero: always the
    /// newest).
    pub max_staleness: Duration,
}

/// Figures of one or more years, and what an answer says of their age.
pub struct Figures {
    /// One answer per year, in order.
    pub years: Vec<Answer>,
}

impl Figures {
    /// The oldest data version among the years (every change up to it is in every year).
    pub fn version(&self) -> i64 {
        self.years.iter().map(|y| y.computed.version).min().unwrap_or_default()
    }

    /// When the oldest of the years was computed.
    pub fn computed_at(&self) -> chrono::NaiveDateTime {
        self.years.iter().map(|y| y.computed.computed_at).min().unwrap_or_else(crate::domain::time::now)
    }

    /// Whether every year was computed for data version `version` and none is stale.
    pub fn all_at(&self, version: i64) -> bool {
        self.years.iter().all(|y| !y.stale && y.computed.version == version)
    }

    /// Whether the data changed since some year was computed (then the answer says its age).
    pub fn stale(&self) -> bool {
        self.years.iter().any(|y| y.stale)
    }

    /// Seconds since the oldest stale year was computed, for the `Age` of a stale answer.
    pub fn age(&self) -> Option<u64> {
        self.years.iter().filter(|y| y.stale).map(|y| y.computed.at.elapsed().as_secs()).max()
    }

    /// Names these figures as an answer shows them: each year's computation (its data version
    /// and when it was made) and whether it is stale. Two answers rendered from figures of
    /// the same name are the same.
    pub fn identity(&self) -> String {
        let mut out = String::new();
        for year in &self.years {
            let c = &year.computed;
            let at = c.computed_at.and_utc().timestamp_nanos_opt().unwrap_or_default();
            out.push_str(&format!("{}@{}{};", c.version, at, if year.stale { "s" } else { "" }));
        }
        out
    }

    /// Every observation of every year with the resource that offers it.
    pub fn observations(&self) -> impl Iterator<Item = (&'static str, &Observation)> {
        self.years.iter().flat_map(|year| {
            year.computed
                .figures
                .iter()
                .flat_map(|(resource, observations)| observations.iter().map(move |o| (*resource, o)))
        })
    }
}

/// The figures of `years`: the newest when the request asks (`fresh`) or when staleness is
/// off, else the last complete ones within the configured age.
pub async fn figures(
    readers: &Readers,
    years: std::ops::RangeInclusive<i32>,
    fresh: Option<bool>,
) -> ApiResult<Figures> {
    let years = readers.cache.years(&readers.pools, years, freshness(readers, fresh)).await?;
    Ok(Figures { years })
}

/// The data version that [`figures`] with `fresh` would be computed for: an answer made from
/// figures of that version, none of them stale, is the same until it moves.
pub async fn data_version(readers: &Readers, fresh: Option<bool>) -> ApiResult<i64> {
    readers.cache.version(&readers.pools, freshness(readers, fresh)).await
}

fn freshness(readers: &Readers, fresh: Option<bool>) -> Freshness {
    if fresh == Some(true) || readers.max_staleness.is_zero() {
        Freshness::Newest
    } else {
        Freshness::Within(readers.max_staleness)
    }
}

/// The observations of one metric, optionally only one breakdown value or one association,
/// year by year as `figures` holds them.
pub fn series<'a>(
    figures: &'a Figures,
    metric: Metric,
    association_id: Option<i64>,
    dimension: Option<&'a str>,
) -> impl Iterator<Item = (&'static str, &'a Observation)> {
    figures
        .observations()
        .filter(move |(_, o)| o.metric == metric)
        .filter(move |(_, o)| association_id.is_none_or(|a| o.association_id == Some(a)))
        .filter(move |(_, o)| dimension.is_none_or(|d| o.dimension.as_ref().is_some_and(|(_, v)| v == d)))
}

/// A line of the indicator table as a reader may see it.
pub struct IndicatorLine {
    /// The line with its union value (`None` when suppressed).
    pub line: TableLine,
    /// For a `presence` indicator: whether the union has it.
    pub present: Option<bool>,
    /// Whether a computed value from 1 to below the small-cell threshold was withheld.
    pub suppressed: bool,
}

/// The indicator table of `year`: each definition with its union value (computed from its
/// metric over its window of years or since its year, or recorded), its note and the national reference. With
/// a `threshold` (a public answer), computed values from 1 to below it are withheld.
pub async fn indicator_table(
    readers: &Readers,
    year: i32,
    fresh: Option<bool>,
    threshold: Option<i64>,
) -> ApiResult<(Figures, Vec<IndicatorLine>)> {
    let data =
        db::run_read(&readers.primary, readers.replica.as_ref(), move |conn| indicator::table_data(conn, year)).await?;
    let first = data
        .iter()
        .filter(|(d, _)| d.metric.is_some())
        .map(|(d, _)| *d.counted_years(year).start())
        .min()
        .unwrap_or(year)
        .clamp(1900, year);
    let computed = figures(readers, first..=year, fresh).await?;
    let lines = indicator::table(year, data, |y| {
        let at = usize::try_from(y - first).ok()?;
        computed.years.get(at).map(|a| &a.computed.figures)
    });
    let lines = lines
        .into_iter()
        .map(|mut line| {
            let computed = line.indicator.metric.is_some();
            let suppressed =
                computed && threshold.is_some_and(|t| line.union_value.is_some_and(|v| v > 0.0 && v < t as f64));
            let present =
                (line.indicator.unit == IndicatorUnit::Presence).then(|| line.union_value.is_some_and(|v| v > 0.0));
            if suppressed {
                line.union_value = None;
            }
            IndicatorLine { line, present, suppressed }
        })
        .collect();
    Ok((computed, lines))
}
