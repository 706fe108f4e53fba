//! Request and response types of statistics.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::statistics::{Metric, Observation};

/// How a statistics answer is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum StatisticsFormat {
    /// JSON (the default).
    Json,
    /// CSV, UTF-8 with a byte-order mark: one row per figure.
    Csv,
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Figure {
    /// What is counted.
    pub metric: Metric,
    /// The year it describes.
    pub year: i32,
    /// The association it is about; `null` for the whole union.
    pub association_id: Option<i64>,
    /// The breakdown's name (e.g. `gender`), if any.
    pub dimension: Option<String>,
    /// The breakdown's value (e.g. `female`; `unknown` where not recorded).
    pub dimension_value: Option<String>,
    /// The figure; `null` when suppressed.
    pub value: Option<i64>,
    /// In public answers, a figure from 1 to one below the small-cell threshold is
    /// suppressed so that no person can be singled out.
    pub suppressed: bool,
}

impl Figure {
    /// A figure from an observation; `threshold` suppresses values from 1 to below it.
    pub fn new(o: &Observation, threshold: Option<i64>) -> Self {
        let suppressed = threshold.is_some_and(|t| o.value > 0 && o.value < t);
        let (dimension, dimension_value) = match &o.dimension {
            Some((name, value)) => (Some(name.clone()), Some(value.clone())),
            None => (None, None),
        };
        Figure {
            metric: o.metric,
            year: o.year,
            association_id: o.association_id,
            dimension,
            dimension_value,
            value: (!suppressed).then_some(o.value),
            suppressed,
        }
    }
}

/// The figures of one resource.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ResourceFigures {
    /// The resource: `members`, `awards`, `contests`, `advisory` or `activities`.
    pub resource: String,
    /// Its figures for the year.
    pub figures: Vec<Figure>,
}

/// Every figure of a year, grouped by resource.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "year": 2025, "data_version": 18234, "public": false,
    "resources": [{"resource": "members", "figures": [
        {"metric": "members_total", "year": 2025, "association_id": 3, "dimension": null, "dimension_value": null, "value": 1520, "suppressed": false}
    ]}]
}))]
pub struct StatisticsSummary {
    /// The year.
    pub year: i32,
    /// The data version the figures were computed at; it moves with every change of the data.
    pub data_version: i64,
    /// The public subset, with small cells suppressed.
    pub public: bool,
    /// The figures by resource.
    pub resources: Vec<ResourceFigures>,
}

/// Query parameters of the summary.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SummaryQuery {
    /// The year, 1900 to 2100 (default: this year in the union's time zone).
    #[param(minimum = 1900, maximum = 2100)]
    pub year: Option<i32>,
    /// `json` or `csv` (default: by `Accept`, else JSON).
    #[param(inline)]
    pub format: Option<StatisticsFormat>,
}

/// Query parameters of a series.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SeriesQuery {
    /// The metric.
    #[param(inline)]
    pub metric: Metric,
    /// Only the figures with this breakdown value (e.g. `female`); at most 200 characters.
    #[param(max_length = 200)]
    pub dimension: Option<String>,
    /// Only this association's figures.
    pub association_id: Option<i64>,
    /// The first year, 1900 to 2100 (default: nine years before `to`).
    #[param(minimum = 1900, maximum = 2100)]
    pub from: Option<i32>,
    /// The last year, 1900 to 2100 (default: this year); at most 50 years after `from`.
    #[param(minimum = 1900, maximum = 2100)]
    pub to: Option<i32>,
    /// `json` or `csv` (default: by `Accept`, else JSON).
    #[param(inline)]
    pub format: Option<StatisticsFormat>,
}

/// One metric year by year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "metric": "honourees", "dimension": null, "association_id": null, "from": 2021, "to": 2022,
    "data_version": 18234, "public": false,
    "figures": [
        {"metric": "honourees", "year": 2021, "association_id": null, "dimension": null, "dimension_value": null, "value": 92, "suppressed": false},
        {"metric": "honourees", "year": 2022, "association_id": null, "dimension": null, "dimension_value": null, "value": 87, "suppressed": false}
    ]
}))]
pub struct StatisticsSeries {
    /// The metric.
    pub metric: Metric,
    /// The breakdown value asked for.
    pub dimension: Option<String>,
    /// The association asked for.
    pub association_id: Option<i64>,
    /// The first year.
    pub from: i32,
    /// The last year.
    pub to: i32,
    /// The data version the figures were computed at.
    pub data_version: i64,
    /// The public subset, with small cells suppressed.
    pub public: bool,
    /// The figures, by year.
    pub figures: Vec<Figure>,
}
