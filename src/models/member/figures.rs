//! The member figures offered to statistics.

use diesel::prelude::*;

use crate::db::schema::member_figures as mf;
use crate::db::DbConnection;
use crate::domain::codes::{CodeList, EducationLevel};

/// The year from which each association's roster is kept here: the year its first
/// membership was recorded. Its member figures come from the roster from that year on, and
/// from its annual reports before.
pub fn roster_since(conn: &mut DbConnection) -> QueryResult<std::collections::HashMap<i64, i32>> {
    use diesel::dsl::min;
    let rows: Vec<(i64, Option<i32>)> = mf::table
        .filter(mf::dimension.eq("recorded").and(mf::change.gt(0)))
        .group_by(mf::association_id)
        .select((mf::association_id, min(mf::year)))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(a, first)| Some((a, first?))).collect())
}

/// The year from which association `association_id`'s roster is kept here (see [`roster_since`]).
pub fn roster_since_of(conn: &mut DbConnection, association_id: i64) -> QueryResult<Option<i32>> {
    use diesel::dsl::min;
    mf::table
        .filter(mf::association_id.eq(association_id))
        .filter(mf::dimension.eq("recorded").and(mf::change.gt(0)))
        .select(min(mf::year))
        .first(conn)
}

/// Members at the end of a year in one association by one breakdown.
#[derive(diesel::QueryableByName)]
struct Cell {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    association_id: i64,
    /// `gender`, `ethnicity` or `education_level`.
    #[diesel(sql_type = diesel::sql_types::Text)]
    dimension: String,
    /// '' where not recorded.
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    members: i64,
}

/// The members at the end of `year` by association and each breakdown: the sums of the
/// yearly changes the triggers keep in `member_figures` (a few rows per association and year,
/// however many members), never the memberships.
fn cells(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Cell>> {
    let p1 = match conn.backend() {
        crate::db::Backend::Postgres => "$1",
        crate::db::Backend::Sqlite => "?",
    };
    let sql = format!(
        "SELECT association_id, dimension, value, CAST(SUM(change) AS BIGINT) AS members FROM member_figures \
         WHERE year <= {p1} AND dimension <> 'recorded' \
         GROUP BY association_id, dimension, value HAVING SUM(change) <> 0"
    );
    diesel::sql_query(sql).bind::<diesel::sql_types::Integer, _>(year).load(conn)
}

fn intellectual(education: &str) -> bool {
    EducationLevel::from_code(education).is_some_and(|e| e.is_intellectual())
}

/// An association's members at the end of each of `years` and the S&T intellectuals among
/// them, from its roster (whether the roster stands for a year is the caller's question): one
/// read of its yearly changes, summed up to each year.
pub fn counts_of(conn: &mut DbConnection, association_id: i64, years: &[i32]) -> QueryResult<Vec<(i64, i64)>> {
    let Some(&last) = years.iter().max() else {
        return Ok(Vec::new());
    };
    let changes: Vec<(i32, String, String, i64)> = mf::table
        .filter(mf::association_id.eq(association_id).and(mf::year.le(last)))
        .filter(mf::dimension.eq_any(["gender", "education_level"]))
        .select((mf::year, mf::dimension, mf::value, mf::change))
        .load(conn)?;
    Ok(years
        .iter()
        .map(|&year| {
            let upto = changes.iter().filter(|c| c.0 <= year);
            let total = upto.clone().filter(|c| c.1 == "gender").map(|c| c.3).sum();
            let intellectual = upto.filter(|c| c.1 == "education_level" && intellectual(&c.2)).map(|c| c.3).sum();
            (total, intellectual)
        })
        .collect())
}

/// The member figures of the associations whose roster was kept here in `year` (see
/// [`roster_since`]), as statistics observations: the members at the end of the year (joined by
/// then, by the join date or else the date the membership was recorded, and not left by then),
/// in total, by gender, ethnicity and education, and the S&T intellectuals.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<crate::domain::statistics::Observation>> {
    use crate::domain::statistics::{Metric, Observation};
    let kept: std::collections::HashSet<i64> =
        roster_since(conn)?.into_iter().filter(|(_, since)| *since <= year).map(|(a, _)| a).collect();
    if kept.is_empty() {
        return Ok(Vec::new());
    }
    type Key = (Metric, i64, Option<(&'static str, String)>);
    let mut sums: std::collections::HashMap<Key, i64> = std::collections::HashMap::new();
    let known = |v: &str| if v.is_empty() { "unknown".to_owned() } else { v.to_owned() };
    for cell in cells(conn, year)?.into_iter().filter(|c| kept.contains(&c.association_id)) {
        let mut add = |metric: Metric, dimension: Option<(&'static str, String)>| {
            *sums.entry((metric, cell.association_id, dimension)).or_default() += cell.members;
        };
        match cell.dimension.as_str() {
            // Every member has one gender value ('' when not recorded): the total counts them.
            "gender" => {
                add(Metric::MembersTotal, None);
                add(Metric::MembersByGender, Some(("gender", known(&cell.value))));
            }
            "ethnicity" => add(Metric::MembersByEthnicity, Some(("ethnicity", known(&cell.value)))),
            "education_level" => {
                add(Metric::MembersByEducation, Some(("education_level", known(&cell.value))));
                if intellectual(&cell.value) {
                    add(Metric::IntellectualMembers, None);
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<Observation> = sums
        .into_iter()
        .map(|((metric, association, dimension), value)| Observation {
            metric,
            year,
            association_id: Some(association),
            dimension: dimension.map(|(name, v)| (name.to_owned(), v)),
            value,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.metric.code(), a.association_id, &a.dimension).cmp(&(b.metric.code(), b.association_id, &b.dimension))
    });
    Ok(out)
}
