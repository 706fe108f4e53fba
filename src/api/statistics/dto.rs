//! Request and response types of statistics.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::domain::json_int::Int32;
use crate::domain::patch::Patch;
use crate::domain::statistics::{FigureSource, IndicatorUnit, Metric, Observation};
use crate::domain::time::rfc3339;
use crate::domain::validate;
use crate::error::{ApiError, FieldError};
use crate::models::indicator::{IndicatorData, IndicatorRow, IndicatorValueData, IndicatorValueRow};

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
    /// Where a member figure of an association comes from: `roster` (members on its
    /// roster at the end of the year) or `annual_report` (it kept no roster here that year);
    /// `null` for other figures.
    pub source: Option<FigureSource>,
}

impl Figure {
    /// A figure from an observation of `resource`; `threshold` suppresses values from 1 to
    /// below it.
    pub fn new(o: &Observation, threshold: Option<i64>, resource: &str) -> Self {
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
            source: match resource {
                "members" => Some(FigureSource::Roster),
                "annual_reports" if matches!(o.metric, Metric::MembersTotal | Metric::IntellectualMembers) => {
                    Some(FigureSource::AnnualReport)
                }
                _ => None,
            },
        }
    }
}

/// The figures of one resource.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ResourceFigures {
    /// The resource: `associations`, `members`, `annual_reports`, `national_standing`
    /// (associations' rankings and delegates), `awards`, `contests`, `advisory`, `activities`, `union` (the union's own records) or `totals` (members of all
    /// associations together).
    pub resource: String,
    /// Its figures for the year.
    pub figures: Vec<Figure>,
}

/// Every figure of a year, grouped by resource.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "year": 2025, "data_version": 18234, "stale": false, "computed_at": "2026-12-06T08:30:00Z", "public": false,
    "resources": [{"resource": "members", "figures": [
        {"metric": "members_total", "year": 2025, "association_id": 3, "dimension": null, "dimension_value": null, "value": 1520, "suppressed": false, "source": "roster"}
    ]}]
}))]
pub struct StatisticsSummary {
    /// The year.
    pub year: i32,
    /// The data version the figures hold every change up to; it moves with every change of
    /// the data. With `stale` false it is the current one.
    pub data_version: i64,
    /// Whether the data changed since the figures were computed. Stale figures are the last
    /// complete ones, computed at most `LIENHIEP_STATISTICS_MAX_STALENESS_SECS` seconds ago
    /// (60 by default), answered while newer ones are computed; the `Age` header then says
    /// their age in seconds. `fresh=true` asks for figures at the current version.
    pub stale: bool,
    /// When the figures were computed (RFC 3339, UTC); for several years, the oldest.
    pub computed_at: DateTime<Utc>,
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
    /// Deprecated: the CSV has its own path.
    #[param(ignore)]
    pub format: Option<StatisticsFormat>,
    /// `true`: figures at the current data version, waiting for their computation if need
    /// be. By default the last complete figures may answer while newer ones are computed (see
    /// `stale` in the answer).
    pub fresh: Option<bool>,
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
    /// Deprecated: the CSV has its own path.
    #[param(ignore)]
    pub format: Option<StatisticsFormat>,
    /// `true`: figures at the current data version, waiting for their computation if need
    /// be. By default the last complete figures may answer while newer ones are computed (see
    /// `stale` in the answer).
    pub fresh: Option<bool>,
}

/// One metric year by year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "metric": "honourees", "dimension": null, "association_id": null, "from": 2021, "to": 2022,
    "data_version": 18234, "stale": false, "computed_at": "2026-12-06T08:30:00Z", "public": false,
    "figures": [
        {"metric": "honourees", "year": 2021, "association_id": null, "dimension": null, "dimension_value": null, "value": 92, "suppressed": false, "source": null},
        {"metric": "honourees", "year": 2022, "association_id": null, "dimension": null, "dimension_value": null, "value": 87, "suppressed": false, "source": null}
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
    /// The data version the figures hold every change up to; it moves with every change of
    /// the data. With `stale` false it is the current one.
    pub data_version: i64,
    /// Whether the data changed since the figures were computed. Stale figures are the last
    /// complete ones, computed at most `LIENHIEP_STATISTICS_MAX_STALENESS_SECS` seconds ago
    /// (60 by default), answered while newer ones are computed; the `Age` header then says
    /// their age in seconds. `fresh=true` asks for figures at the current version.
    pub stale: bool,
    /// When the figures were computed (RFC 3339, UTC); for several years, the oldest.
    pub computed_at: DateTime<Utc>,
    /// The public subset, with small cells suppressed.
    pub public: bool,
    /// The figures, by year.
    pub figures: Vec<Figure>,
}

/// One line of the development-indicator table of a year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorLine {
    /// The indicator's code.
    pub code: String,
    /// Section of the table (`I` organisation, `II` professional activities, `III` emulation and commendation).
    pub section: String,
    /// Number within the section (e.g. `1.1`).
    pub number: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// What it measures.
    pub unit: IndicatorUnit,
    /// The metric the union's value is computed from (summed over `window_years` years ending
    /// with the year, or every year from `since_year`); `null`: the value is recorded by staff.
    pub metric: Option<Metric>,
    /// Years the metric is summed over (when `since_year` is `null`).
    pub window_years: i32,
    /// The union's value for the year: computed from the metric, or as recorded; `null` when
    /// none was recorded (or, in public answers, when suppressed).
    pub union_value: Option<f64>,
    /// For `presence` indicators: whether the union has or does it (value above 0).
    pub present: Option<bool>,
    /// In public answers, a computed value from 1 to one below the small-cell threshold is suppressed.
    pub suppressed: bool,
    /// The note recorded for the year (for a line with `since_year` and no note of its own
    /// that year: the note of the value shown).
    pub union_note: Option<String>,
    /// The national reference: the average over provincial unions, or for `presence`
    /// indicators the number of provincial unions that have it; the latest recorded for the
    /// year or before.
    pub national_value: Option<f64>,
    /// The year of the national reference.
    pub national_year: Option<i32>,
    /// Where the national reference comes from.
    pub national_source: Option<String>,
    /// Set for a line that means "as of the year": a computed value sums every year from this
    /// one to the table's year; a recorded value is the latest one recorded in those years.
    /// `null`: a computed value sums `window_years`, a recorded one is the year's own.
    pub since_year: Option<i32>,
}

/// The development-indicator table of a year (section 5 of the union's report).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "year": 2019, "data_version": 18234, "stale": false, "computed_at": "2026-12-06T08:30:00Z", "public": false,
    "items": [{"code": "member_associations", "section": "I", "number": "2", "name_vi": "Số hội thành viên",
        "name_en": "Member associations", "unit": "count", "metric": "associations_by_kind", "window_years": 1,
        "union_value": 19.0, "present": null, "suppressed": false, "union_note": "Lúc mới thành lập có 10",
        "national_value": 22.5, "national_year": 2019,
        "national_source": "Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)",
        "since_year": null}]
}))]
pub struct IndicatorTable {
    /// The year.
    pub year: i32,
    /// The data version the figures hold every change up to; it moves with every change of
    /// the data. With `stale` false it is the current one.
    pub data_version: i64,
    /// Whether the data changed since the figures were computed. Stale figures are the last
    /// complete ones, computed at most `LIENHIEP_STATISTICS_MAX_STALENESS_SECS` seconds ago
    /// (60 by default), answered while newer ones are computed; the `Age` header then says
    /// their age in seconds. `fresh=true` asks for figures at the current version.
    pub stale: bool,
    /// When the figures were computed (RFC 3339, UTC); for several years, the oldest.
    pub computed_at: DateTime<Utc>,
    /// The public subset, with small cells suppressed.
    pub public: bool,
    /// The indicators in table order.
    pub items: Vec<IndicatorLine>,
}

/// A development indicator's definition.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorDefinition {
    /// Code: never changes.
    pub code: String,
    /// Order in the table (ascending).
    pub position: i32,
    /// Section of the table.
    pub section: String,
    /// Number within the section.
    pub number: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// What it measures.
    pub unit: IndicatorUnit,
    /// The metric the union's value comes from; `null`: recorded by staff each year.
    pub metric: Option<Metric>,
    /// Only the metric's figures with these breakdown values are summed (all when empty).
    pub dimensions: Vec<String>,
    /// Years the metric is summed over, ending with the year of the table.
    pub window_years: i32,
    /// Set for a line that means "as of the year" (e.g. "has received an emulation flag"):
    /// the union's value sums every year from this one to the table's year, or for a
    /// recorded line is the latest value recorded in those years; `window_years` is then 1.
    pub since_year: Option<i32>,
    /// Description.
    pub description: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the definition was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl IndicatorDefinition {
    /// The view of a stored definition.
    pub fn from_row(row: IndicatorRow) -> Result<Self, ApiError> {
        let data = row.data();
        Ok(IndicatorDefinition {
            code: data.code,
            position: data.position,
            section: data.section,
            number: data.number,
            name_vi: data.name_vi,
            name_en: data.name_en,
            unit: data.unit,
            metric: data.metric,
            dimensions: data.dimensions,
            window_years: data.window_years,
            since_year: data.since_year,
            description: data.description,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Every indicator definition.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorDefinitionList {
    /// The definitions in table order.
    pub items: Vec<IndicatorDefinition>,
}

/// A new indicator definition.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "digital_services", "position": 215, "section": "II", "number": "2.3",
    "name_vi": "Hội thi khởi nghiệp sáng tạo", "name_en": "Start-up contest", "unit": "presence"}))]
pub struct IndicatorDefinitionInput {
    /// Code: 2 to 64 lower-case letters, digits and `_`, starting with a letter; unique.
    #[validate(length(min = 2, max = 64))]
    #[schema(min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$")]
    pub code: String,
    /// Order in the table, 0 to 1,000,000 (default 1,000: last).
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1_000_000)]
    pub position: Option<Int32>,
    /// Section of the table, 1 to 20 characters (e.g. `II`).
    #[validate(length(min = 1, max = 20), custom(function = "validate::not_blank"))]
    #[schema(min_length = 1, max_length = 20)]
    pub section: String,
    /// Number within the section, 1 to 20 characters (e.g. `2.3`).
    #[validate(length(min = 1, max = 20), custom(function = "validate::not_blank"))]
    #[schema(min_length = 1, max_length = 20)]
    pub number: String,
    /// Vietnamese name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name_vi: String,
    /// English name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name_en: String,
    /// What it measures.
    pub unit: IndicatorUnit,
    /// The metric the union's value comes from; leave out for a value staff record.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// Only these breakdown values of the metric (at most 20, each 1 to 100 characters
    /// without commas); needs a metric.
    #[serde(default)]
    #[schema(max_items = 20)]
    pub dimensions: Option<Vec<String>>,
    /// Years the metric is summed over, 1 to 50 (default 1); more than 1 needs a metric.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 50)]
    pub window_years: Option<Int32>,
    /// For a line that means "as of the year": counted from this year (1945 to 2100) instead
    /// of a window, so `window_years` must be left at 1. A computed value sums every year
    /// from it to the table's year; a recorded value is the latest recorded since it.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1945, maximum = 2100)]
    pub since_year: Option<Int32>,
    /// Description, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub description: Option<String>,
}

impl IndicatorDefinitionInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<IndicatorData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name_vi = crate::domain::vn::normalize_name(&input.name_vi);
        input.name_en = crate::domain::vn::normalize_name(&input.name_en);
        input.section = input.section.trim().to_owned();
        input.number = input.number.trim().to_owned();
        input.description = validate::clean(input.description);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::code_format("code", &input.code, &mut extra);
        validate::plain_text(
            [
                ("section", Some(input.section.as_str())),
                ("number", Some(input.number.as_str())),
                ("name_vi", Some(input.name_vi.as_str())),
                ("name_en", Some(input.name_en.as_str())),
                ("description", input.description.as_deref()),
            ],
            &mut extra,
        );
        let position = input.position.map_or(1000, |p| p.0);
        if !(0..=1_000_000).contains(&position) {
            extra.push(FieldError::new("position", "range", "must be between 0 and 1000000"));
        }
        let window_years = input.window_years.map_or(1, |w| w.0);
        if !(1..=50).contains(&window_years) {
            extra.push(FieldError::new("window_years", "range", "must be between 1 and 50"));
        } else if window_years > 1 && input.metric.is_none() {
            extra.push(FieldError::new("window_years", "needs_metric", "a window of years needs a metric"));
        }
        let since_year = input.since_year.map(|s| s.0);
        if since_year.is_some_and(|s| !(1945..=2100).contains(&s)) {
            extra.push(FieldError::new("since_year", "range", "must be between 1945 and 2100"));
        } else if since_year.is_some() && window_years > 1 {
            extra.push(FieldError::new(
                "since_year",
                "conflict",
                "a line counts either a window of years or every year since one: set window_years to 1",
            ));
        }
        let dimensions: Vec<String> =
            input.dimensions.take().unwrap_or_default().into_iter().map(|d| d.trim().to_owned()).collect();
        if !dimensions.is_empty() && input.metric.is_none() {
            extra.push(FieldError::new("dimensions", "needs_metric", "breakdown values need a metric"));
        }
        if dimensions.len() > 20 {
            extra.push(FieldError::new("dimensions", "length", "at most 20 values"));
        }
        for (n, d) in dimensions.iter().enumerate() {
            let chars = d.chars().count();
            if chars == 0 || chars > 100 || d.contains(',') || d.contains('\0') {
                extra.push(FieldError::new(
                    format!("dimensions[{n}]"),
                    "format",
                    "1 to 100 characters, without commas",
                ));
            }
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(IndicatorData {
            code: input.code,
            position,
            section: input.section,
            number: input.number,
            name_vi: input.name_vi,
            name_en: input.name_en,
            unit: input.unit,
            metric: input.metric,
            dimensions,
            window_years,
            since_year,
            description: input.description,
        })
    }
}

/// Changes to an indicator definition as a JSON Merge Patch: left out stays; `metric`,
/// `dimensions` and `description` can be cleared; the code never changes.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"position": 25, "name_en": "Member associations of the union"}))]
pub struct IndicatorDefinitionPatch {
    /// Order in the table.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub position: Patch<Int32>,
    /// Section.
    #[serde(default)]
    #[schema(value_type = String)]
    pub section: Patch<String>,
    /// Number within the section.
    #[serde(default)]
    #[schema(value_type = String)]
    pub number: Patch<String>,
    /// Vietnamese name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name_vi: Patch<String>,
    /// English name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name_en: Patch<String>,
    /// Unit.
    #[serde(default)]
    #[schema(value_type = IndicatorUnit)]
    pub unit: Patch<IndicatorUnit>,
    /// Metric; `null` makes the value recorded by staff.
    #[serde(default)]
    #[schema(value_type = Option<Metric>)]
    pub metric: Patch<Metric>,
    /// Breakdown values; `null` clears them.
    #[serde(default)]
    #[schema(value_type = Option<Vec<String>>)]
    pub dimensions: Patch<Vec<String>>,
    /// Window of years.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub window_years: Patch<Int32>,
    /// First year counted; `null` goes back to the window.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub since_year: Patch<Int32>,
    /// Description.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub description: Patch<String>,
}

impl IndicatorDefinitionPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: IndicatorData) -> Result<IndicatorDefinitionInput, ApiError> {
        let mut input = IndicatorDefinitionInput {
            code: current.code,
            position: Some(Int32(current.position)),
            section: current.section,
            number: current.number,
            name_vi: current.name_vi,
            name_en: current.name_en,
            unit: current.unit,
            metric: current.metric,
            dimensions: Some(current.dimensions),
            window_years: Some(Int32(current.window_years)),
            since_year: current.since_year.map(Int32),
            description: current.description,
        };
        let mut position = Int32(current.position);
        let mut window = Int32(current.window_years);
        let mut errors = Vec::new();
        for result in [
            self.position.apply_required(&mut position, "position"),
            self.section.apply_required(&mut input.section, "section"),
            self.number.apply_required(&mut input.number, "number"),
            self.name_vi.apply_required(&mut input.name_vi, "name_vi"),
            self.name_en.apply_required(&mut input.name_en, "name_en"),
            self.unit.apply_required(&mut input.unit, "unit"),
            self.window_years.apply_required(&mut window, "window_years"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        input.position = Some(position);
        input.window_years = Some(window);
        self.metric.apply_to(&mut input.metric);
        self.since_year.apply_to(&mut input.since_year);
        self.dimensions.apply_to(&mut input.dimensions);
        self.description.apply_to(&mut input.description);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// What is recorded for an indicator and a year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorValue {
    /// The indicator's code.
    pub indicator: String,
    /// The year.
    pub year: i32,
    /// The union's value (indicators recorded by staff).
    pub union_value: Option<f64>,
    /// Note on the union's value for the year.
    pub union_note: Option<String>,
    /// The national reference value.
    pub national_value: Option<f64>,
    /// Where the national reference comes from.
    pub national_source: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl IndicatorValue {
    /// The view of a stored row.
    pub fn from_row(code: &str, row: IndicatorValueRow) -> Self {
        IndicatorValue {
            indicator: code.to_owned(),
            year: row.year,
            union_value: row.union_value,
            union_note: row.union_note,
            national_value: row.national_value,
            national_source: row.national_source,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        }
    }
}

/// The values recorded for an indicator.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorValueList {
    /// The values, newest year first.
    pub items: Vec<IndicatorValue>,
}

/// What staff record for an indicator and a year, both sides at once: the union's
/// (`union_value`, `union_note`) and the national reference (`national_value`,
/// `national_source`). A `PUT` replaces each side of which it sends a field and leaves the
/// other as it is. At least one field.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"national_value": 22.5, "national_source": "Liên hiệp các hội KH&KT Việt Nam, báo cáo năm 2019", "union_note": "Lúc mới thành lập có 10"}))]
pub struct IndicatorValueInput {
    /// The union's value, 0 to 1,000,000,000,000; only for indicators recorded by staff
    /// (`presence`: 1 has it, 0 does not).
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000.0)]
    pub union_value: Option<f64>,
    /// Note on the union's value, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub union_note: Option<String>,
    /// The national reference value, 0 to 1,000,000,000,000: the average over provincial
    /// unions, or for `presence` indicators the number of provincial unions that have it.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000.0)]
    pub national_value: Option<f64>,
    /// Where the national reference comes from, at most 500 characters; required with `national_value`.
    #[validate(length(max = 500))]
    #[serde(default)]
    #[schema(max_length = 500)]
    pub national_source: Option<String>,
}

/// The union's side of an indicator's values for a year: its value and its note. Writing it
/// leaves the national reference as it is.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"union_value": 1, "union_note": "Bản tin Khoa học và Đời sống, số ra hằng quý"}))]
pub struct UnionValueInput {
    /// The union's value, 0 to 1,000,000,000,000; only for indicators recorded by staff
    /// (`presence`: 1 has it, 0 does not). With `union_note`, at least one.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000.0)]
    pub union_value: Option<f64>,
    /// Note on the union's value (where it comes from, what it counts), at most 2,000 characters.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub union_note: Option<String>,
}

impl UnionValueInput {
    /// Checks every rule and returns the content (the national side empty).
    pub fn into_data(self) -> Result<IndicatorValueData, ApiError> {
        IndicatorValueInput {
            union_value: self.union_value,
            union_note: self.union_note,
            national_value: None,
            national_source: None,
        }
        .into_data()
    }
}

/// The national reference of an indicator for a year: the value over the country's
/// provincial unions and the document it comes from. Writing it leaves the union's value and
/// note as they are.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"national_value": 42, "national_source": "Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm Chỉ thị 42-CT/TW (2019)"}))]
pub struct NationalValueInput {
    /// The national reference value, 0 to 1,000,000,000,000: the average over provincial
    /// unions, or for `presence` indicators the number of provincial unions that have it.
    #[schema(minimum = 0, maximum = 1_000_000_000_000.0)]
    pub national_value: f64,
    /// Where the national reference comes from, 1 to 500 characters.
    #[schema(min_length = 1, max_length = 500)]
    pub national_source: String,
}

impl NationalValueInput {
    /// Checks every rule and returns the content (the union's side empty).
    pub fn into_data(self) -> Result<IndicatorValueData, ApiError> {
        IndicatorValueInput {
            union_value: None,
            union_note: None,
            national_value: Some(self.national_value),
            national_source: Some(self.national_source),
        }
        .into_data()
    }
}

impl IndicatorValueInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<IndicatorValueData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.union_note = validate::clean(input.union_note);
        input.national_source = validate::clean(input.national_source);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [("union_note", input.union_note.as_deref()), ("national_source", input.national_source.as_deref())],
            &mut extra,
        );
        for (field, value) in [("union_value", input.union_value), ("national_value", input.national_value)] {
            if value.is_some_and(|v| !v.is_finite() || !(0.0..=1e12).contains(&v)) {
                extra.push(FieldError::new(field, "range", "must be between 0 and 1000000000000"));
            }
        }
        if input.national_value.is_some() && input.national_source.is_none() {
            extra.push(FieldError::new("national_source", "required", "a national reference needs its source"));
        }
        if input.union_value.is_none()
            && input.union_note.is_none()
            && input.national_value.is_none()
            && input.national_source.is_none()
        {
            extra.push(FieldError::new("union_value", "required", "record at least one field"));
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(IndicatorValueData {
            union_value: input.union_value,
            union_note: input.union_note,
            national_value: input.national_value,
            national_source: input.national_source,
        })
    }
}
