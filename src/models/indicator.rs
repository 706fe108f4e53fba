//! Development indicators (section 5 of the union's report): their definitions, and per year
//! the union's recorded value and the national reference; the table of a year puts them
//! together with the figures of the statistics observations.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{indicator_values as v, indicators as i};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::statistics::{IndicatorUnit, Metric, Observation};
use crate::error::{ApiError, FieldError};
use crate::models::audit::{self, WriteContext};
use crate::models::statistics::YearFigures;

/// Audit entity type of a definition.
pub const ENTITY: &str = "indicator";
/// Audit entity type of a year's values.
pub const VALUE_ENTITY: &str = "indicator_value";

/// A row of `indicators`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = i)]
pub struct IndicatorRow {
    /// Id.
    pub id: i64,
    /// Code.
    pub code: String,
    /// Order.
    pub position: i32,
    /// Section.
    pub section: String,
    /// Number within the section.
    pub number: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Unit code.
    pub unit: IndicatorUnit,
    /// Metric code.
    pub metric: Option<Metric>,
    /// Comma-separated breakdown values.
    pub dimensions: Option<String>,
    /// Years summed.
    pub window_years: i32,
    /// Description.
    pub description: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// First year counted, if not the window.
    pub since_year: Option<i32>,
}

/// The content of a definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorData {
    /// Code (never changes).
    pub code: String,
    /// Order in the table.
    pub position: i32,
    /// Section.
    pub section: String,
    /// Number within the section.
    pub number: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Unit.
    pub unit: IndicatorUnit,
    /// The metric the union's value comes from; `None`: recorded by staff.
    pub metric: Option<Metric>,
    /// Breakdown values summed (all when empty).
    pub dimensions: Vec<String>,
    /// Years summed, ending with the year asked for.
    pub window_years: i32,
    /// When set, the line is about "as of the year": a computed value sums every year from
    /// this one up to the year asked for (the window is not used), a recorded one is the
    /// latest recorded from this year on.
    pub since_year: Option<i32>,
    /// Description.
    pub description: Option<String>,
}

impl IndicatorRow {
    /// The content.
    pub fn data(&self) -> IndicatorData {
        IndicatorData {
            code: self.code.clone(),
            position: self.position,
            section: self.section.clone(),
            number: self.number.clone(),
            name_vi: self.name_vi.clone(),
            name_en: self.name_en.clone(),
            unit: self.unit,
            metric: self.metric,
            dimensions: split_dimensions(self.dimensions.as_deref()),
            window_years: self.window_years,
            since_year: self.since_year,
            description: self.description.clone(),
        }
    }
}

impl IndicatorData {
    /// The years whose figures a computed value of `year` sums (empty when `since_year` is
    /// after it).
    pub fn counted_years(&self, year: i32) -> std::ops::RangeInclusive<i32> {
        match self.since_year {
            Some(since) => since..=year,
            None => (year - self.window_years + 1)..=year,
        }
    }
}

fn split_dimensions(text: Option<&str>) -> Vec<String> {
    text.map(|t| t.split(',').map(str::to_owned).filter(|d| !d.is_empty()).collect()).unwrap_or_default()
}

fn join_dimensions(dimensions: &[String]) -> Option<String> {
    (!dimensions.is_empty()).then(|| dimensions.join(","))
}

/// A row of `indicator_values`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = v)]
pub struct IndicatorValueRow {
    /// Id.
    pub id: i64,
    /// The indicator.
    pub indicator_id: i64,
    /// The year.
    pub year: i32,
    /// The union's recorded value.
    pub union_value: Option<f64>,
    /// Note on the union's value.
    pub union_note: Option<String>,
    /// National reference value.
    pub national_value: Option<f64>,
    /// Its source.
    pub national_source: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What staff record for an indicator and a year.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::indicator_values, treat_none_as_null = true)]
pub struct IndicatorValueData {
    /// The union's value (indicators recorded by staff only).
    pub union_value: Option<f64>,
    /// Note on the union's value.
    pub union_note: Option<String>,
    /// National reference value.
    pub national_value: Option<f64>,
    /// Its source.
    pub national_source: Option<String>,
}

impl IndicatorValueRow {
    /// The content.
    pub fn data(&self) -> IndicatorValueData {
        IndicatorValueData {
            union_value: self.union_value,
            union_note: self.union_note.clone(),
            national_value: self.national_value,
            national_source: self.national_source.clone(),
        }
    }
}

fn json<T: Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(value).map_err(|e| ApiError::Internal(e.into()))
}

/// Every definition in table order.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<IndicatorRow>> {
    i::table.order((i::position.asc(), i::id.asc())).select(IndicatorRow::as_select()).load(conn)
}

/// 404 unless an indicator has this code.
pub fn get(conn: &mut DbConnection, code: &str) -> Result<IndicatorRow, ApiError> {
    i::table
        .filter(i::code.eq(code))
        .select(IndicatorRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no indicator with the code '{code}'")))
}

/// Creates a definition.
pub fn insert(conn: &mut DbConnection, ctx: &WriteContext, data: &IndicatorData) -> Result<IndicatorRow, ApiError> {
    write_transaction(conn, |conn| {
        let row: IndicatorRow = diesel::insert_into(i::table)
            .values((
                i::code.eq(&data.code),
                i::position.eq(data.position),
                i::section.eq(&data.section),
                i::number.eq(&data.number),
                i::name_vi.eq(&data.name_vi),
                i::name_en.eq(&data.name_en),
                i::unit.eq(data.unit),
                i::metric.eq(data.metric),
                i::dimensions.eq(join_dimensions(&data.dimensions)),
                i::window_years.eq(data.window_years),
                i::since_year.eq(data.since_year),
                i::description.eq(&data.description),
                i::version.eq(1),
                i::created_at.eq(ctx.now),
                i::updated_at.eq(ctx.now),
            ))
            .returning(i::all_columns)
            .get_result(conn)
            .map_err(|e| {
                ApiError::on_unique_violation(e, || format!("an indicator with the code '{}' exists", data.code))
            })?;
        audit::record(conn, ctx, "indicator.create", ENTITY, &data.code, &audit::changes(None, &json(data)?, &[]))?;
        Ok(row)
    })
}

/// Changes a definition; a recorded union value stops counting once the indicator points at
/// a metric, so a definition with recorded union values cannot take one (409).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    code: &str,
    if_match: IfMatch,
    edit: impl FnOnce(&IndicatorRow) -> Result<IndicatorData, ApiError>,
) -> Result<IndicatorRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, code)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        if data.metric.is_some() && before.metric.is_none() {
            let recorded: i64 = v::table
                .filter(v::indicator_id.eq(current.id).and(v::union_value.is_not_null()))
                .count()
                .get_result(conn)?;
            if recorded > 0 {
                return Err(ApiError::conflict(format!(
                    "the indicator has recorded union values for {recorded} year(s); clear them before pointing it at a metric"
                )));
            }
        }
        let row: Option<IndicatorRow> = crate::versioned_update!(
            conn,
            i,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (
                i::position.eq(data.position),
                i::section.eq(&data.section),
                i::number.eq(&data.number),
                i::name_vi.eq(&data.name_vi),
                i::name_en.eq(&data.name_en),
                i::unit.eq(data.unit),
                i::metric.eq(data.metric),
                i::dimensions.eq(join_dimensions(&data.dimensions)),
                i::window_years.eq(data.window_years),
                i::since_year.eq(data.since_year),
                i::description.eq(&data.description),
            )
        )?;
        let row = row.or_stale("the indicator")?;
        let changes = audit::changes(Some(&json(&before)?), &json(&data)?, &[]);
        audit::record(conn, ctx, "indicator.update", ENTITY, code, &changes)?;
        Ok(row)
    })
}

/// Deletes a definition with no recorded values (409 otherwise).
pub fn delete(conn: &mut DbConnection, ctx: &WriteContext, code: &str, if_match: IfMatch) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, code)?;
        if_match.check(current.version)?;
        let years: i64 = v::table.filter(v::indicator_id.eq(current.id)).count().get_result(conn)?;
        if years > 0 {
            return Err(ApiError::conflict(format!(
                "the indicator has values recorded for {years} year(s); delete them first"
            )));
        }
        diesel::delete(i::table.find(current.id)).execute(conn)?;
        let changes = audit::changes(Some(&json(&current.data())?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "indicator.delete", ENTITY, code, &changes)?;
        Ok(())
    })
}

/// The values recorded for an indicator, newest year first.
pub fn values(conn: &mut DbConnection, indicator_id: i64) -> QueryResult<Vec<IndicatorValueRow>> {
    v::table
        .filter(v::indicator_id.eq(indicator_id))
        .order(v::year.desc())
        .select(IndicatorValueRow::as_select())
        .load(conn)
}

/// The two sides of what is recorded for an indicator and a year. They are written by
/// different people at different times from different documents: the union's own (its value
/// where no metric computes it, and a note) by the union's staff from its reports, the
/// national reference (a value and its source) from the national federation's. A write names
/// the sides it writes and leaves the others as they are, so that writing one never erases
/// the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sides {
    /// `union_value` and `union_note`.
    pub union: bool,
    /// `national_value` and `national_source`.
    pub national: bool,
}

impl Sides {
    /// Both sides.
    pub const BOTH: Sides = Sides { union: true, national: true };
    /// The union's side.
    pub const UNION: Sides = Sides { union: true, national: false };
    /// The national reference.
    pub const NATIONAL: Sides = Sides { union: false, national: true };

    /// The sides of which `data` holds a field: those a write of `data` names.
    pub fn named_in(data: &IndicatorValueData) -> Sides {
        Sides {
            union: data.union_value.is_some() || data.union_note.is_some(),
            national: data.national_value.is_some() || data.national_source.is_some(),
        }
    }

    /// `current` with the named sides taken from `new`.
    fn merge(self, current: &IndicatorValueData, new: &IndicatorValueData) -> IndicatorValueData {
        let (union, national) = (if self.union { new } else { current }, if self.national { new } else { current });
        IndicatorValueData {
            union_value: union.union_value,
            union_note: union.union_note.clone(),
            national_value: national.national_value,
            national_source: national.national_source.clone(),
        }
    }
}

impl IndicatorValueData {
    fn is_empty(&self) -> bool {
        Sides::named_in(self) == Sides { union: false, national: false }
    }
}

/// Writes the named `sides` of the values of an indicator for `year` from `data`, creating
/// the record when there is none (`true`); the other side stays as it was. A union value for
/// an indicator that comes from a metric is a 422 naming `union_value`.
pub fn put_value(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    code: &str,
    year: i32,
    if_match: IfMatch,
    data: &IndicatorValueData,
    sides: Sides,
) -> Result<(IndicatorRow, IndicatorValueRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let indicator = get(conn, code)?;
        if sides.union && indicator.metric.is_some() && data.union_value.is_some() {
            return Err(ApiError::Validation(vec![FieldError::new(
                "union_value",
                "computed",
                "this indicator's value comes from a metric; record only a note and the national reference",
            )]));
        }
        let key = format!("{code}/{year}");
        let current = value_row(conn, indicator.id, year)?;
        let Some(current) = current else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!("the indicator has no values for {year} to match")));
            }
            let data = sides.merge(&IndicatorValueData::default(), data);
            let row: IndicatorValueRow = diesel::insert_into(v::table)
                .values((
                    v::indicator_id.eq(indicator.id),
                    v::year.eq(year),
                    &data,
                    v::version.eq(1),
                    v::created_at.eq(ctx.now),
                    v::updated_at.eq(ctx.now),
                ))
                .returning(v::all_columns)
                .get_result(conn)
                .map_err(|e| {
                    ApiError::on_unique_violation(e, || {
                        format!("values for {year} were recorded meanwhile; send again")
                    })
                })?;
            audit::record(
                conn,
                ctx,
                "indicator_value.create",
                VALUE_ENTITY,
                &key,
                &audit::changes(None, &json(&data)?, &[]),
            )?;
            return Ok((indicator, row, true));
        };
        if_match.check(current.version)?;
        let before = current.data();
        let after = sides.merge(&before, data);
        if before == after {
            return Ok((indicator, current, false));
        }
        let row = update_value(conn, &current, &after, ctx)?;
        let changes = audit::changes(Some(&json(&before)?), &json(&after)?, &[]);
        audit::record(conn, ctx, "indicator_value.update", VALUE_ENTITY, &key, &changes)?;
        Ok((indicator, row, false))
    })
}

fn value_row(conn: &mut DbConnection, indicator_id: i64, year: i32) -> QueryResult<Option<IndicatorValueRow>> {
    v::table
        .filter(v::indicator_id.eq(indicator_id).and(v::year.eq(year)))
        .select(IndicatorValueRow::as_select())
        .first(conn)
        .optional()
}

fn update_value(
    conn: &mut DbConnection,
    current: &IndicatorValueRow,
    data: &IndicatorValueData,
    ctx: &WriteContext,
) -> Result<IndicatorValueRow, ApiError> {
    let row: Option<IndicatorValueRow> =
        crate::versioned_update!(conn, v, id = current.id, version = current.version, now = ctx.now, set = (data,))?;
    Ok(row.or_stale("the indicator value")?)
}

/// Clears the named `sides` of the values of an indicator for `year`; the record goes when
/// neither side holds anything after. A side with nothing recorded is a 404, so that a client
/// learns that it deleted nothing.
pub fn delete_value(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    code: &str,
    year: i32,
    if_match: IfMatch,
    sides: Sides,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let indicator = get(conn, code)?;
        let key = format!("{code}/{year}");
        let current = value_row(conn, indicator.id, year)?
            .ok_or_else(|| ApiError::NotFound(format!("the indicator '{code}' has no values for {year}")))?;
        let before = current.data();
        let held = Sides::named_in(&before);
        let holds_a_named_side = (sides.union && held.union) || (sides.national && held.national);
        if sides != Sides::BOTH && !holds_a_named_side {
            let side = if sides.union { "union value or note" } else { "national reference" };
            return Err(ApiError::NotFound(format!("the indicator '{code}' has no {side} for {year}")));
        }
        if_match.check(current.version)?;
        let after = sides.merge(&before, &IndicatorValueData::default());
        if after.is_empty() {
            diesel::delete(v::table.find(current.id)).execute(conn)?;
            let changes = audit::changes(Some(&json(&before)?), &serde_json::json!({}), &[]);
            audit::record(conn, ctx, "indicator_value.delete", VALUE_ENTITY, &key, &changes)?;
            return Ok(());
        }
        update_value(conn, &current, &after, ctx)?;
        let changes = audit::changes(Some(&json(&before)?), &json(&after)?, &[]);
        audit::record(conn, ctx, "indicator_value.update", VALUE_ENTITY, &key, &changes)?;
        Ok(())
    })
}

/// One line of the indicator table of a year.
#[derive(Debug, Clone)]
pub struct TableLine {
    /// The definition.
    pub indicator: IndicatorData,
    /// The union's value: computed from the metric, or recorded for the year.
    pub union_value: Option<f64>,
    /// The note recorded for the year.
    pub union_note: Option<String>,
    /// The latest national reference of the year or before: (year, value, source).
    pub national: Option<(i32, f64, String)>,
}

/// The definitions with the values recorded up to `year` (for the table of that year).
pub fn table_data(
    conn: &mut DbConnection,
    year: i32,
) -> Result<Vec<(IndicatorData, Vec<IndicatorValueRow>)>, ApiError> {
    let defs = list(conn)?;
    let rows: Vec<IndicatorValueRow> =
        v::table.filter(v::year.le(year)).order(v::year.desc()).select(IndicatorValueRow::as_select()).load(conn)?;
    let mut by_indicator: HashMap<i64, Vec<IndicatorValueRow>> = HashMap::new();
    for row in rows {
        by_indicator.entry(row.indicator_id).or_default().push(row);
    }
    defs.into_iter().map(|d| Ok((d.data(), by_indicator.remove(&d.id).unwrap_or_default()))).collect()
}

/// The sum of a metric over one year's observations, restricted to some breakdown values:
/// the union-wide observations when the metric has any that year, else the sum over
/// associations (so that a metric given both ways is not counted twice).
pub fn metric_total(observations: &[&Observation], metric: Metric, dimensions: &[String]) -> i64 {
    let matching: Vec<&&Observation> = observations
        .iter()
        .filter(|o| o.metric == metric)
        .filter(|o| {
            dimensions.is_empty()
                || o.dimension.as_ref().is_some_and(|(_, value)| dimensions.iter().any(|d| d == value))
        })
        .collect();
    let union_wide = matching.iter().any(|o| o.association_id.is_none());
    matching.iter().filter(|o| o.association_id.is_none() == union_wide).map(|o| o.value).sum()
}

/// The table of `year`: `figures(y)` gives the observations of year `y` by resource, if any
/// (only the years an indicator counts are asked for). `values` are newest first.
pub fn table<'a>(
    year: i32,
    data: Vec<(IndicatorData, Vec<IndicatorValueRow>)>,
    figures: impl Fn(i32) -> Option<&'a YearFigures>,
) -> Vec<TableLine> {
    let mut lines = Vec::new();
    for (indicator, values) in data {
        let this_year = values.iter().find(|r| r.year == year);
        // A recorded line "as of the year" keeps the latest value recorded since its year.
        let recorded = match indicator.since_year {
            Some(since) => values.iter().find(|r| r.year >= since && r.union_value.is_some()),
            None => this_year,
        };
        let union_value = match indicator.metric {
            Some(metric) => {
                let mut total = 0i64;
                for y in indicator.counted_years(year) {
                    let Some(by_resource) = figures(y) else {
                        continue;
                    };
                    let observations: Vec<&Observation> = by_resource.iter().flat_map(|(_, o)| o.iter()).collect();
                    total += metric_total(&observations, metric, &indicator.dimensions);
                }
                Some(total as f64)
            }
            None => recorded.and_then(|r| r.union_value),
        };
        let national = values
            .iter()
            .find(|r| r.national_value.is_some())
            .and_then(|r| Some((r.year, r.national_value?, r.national_source.clone().unwrap_or_default())));
        lines.push(TableLine {
            union_note: this_year
                .and_then(|r| r.union_note.clone())
                .or_else(|| recorded.and_then(|r| r.union_note.clone())),
            indicator,
            union_value,
            national,
        });
    }
    lines
}
