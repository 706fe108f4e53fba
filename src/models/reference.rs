//! Reference lists: the build's own, and their copy in the database for SQL readers.

use diesel::prelude::*;

use crate::db::schema::{reference_lists, reference_values};
use crate::db::{write_transaction, DbConnection};
use crate::domain::reference::{ReferenceListData, ReferenceValueData};
use crate::with_backend;

/// A row of `reference_lists`.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = reference_lists)]
pub struct ReferenceListRow {
    /// Machine name.
    pub name: String,
    /// Vietnamese title.
    pub title_vi: String,
    /// English title.
    pub title_en: String,
    /// Source of the values.
    pub source: String,
    /// Display order.
    pub position: i32,
}

/// A row of `reference_values`.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = reference_values)]
pub struct ReferenceValueRow {
    /// The list.
    pub list: String,
    /// Code.
    pub code: String,
    /// Vietnamese label.
    pub label_vi: String,
    /// English label.
    pub label_en: String,
    /// Other names, `;`-separated.
    pub other_names: String,
    /// Display order.
    pub position: i32,
}

/// The lists this build defines, each with its values in display order: what [`sync`] stores
/// at start-up and what this process accepts. The API serves these rather than the stored
/// copy, which during a rolling upgrade is the last started build's.
pub fn compiled() -> anyhow::Result<Vec<(ReferenceListRow, Vec<ReferenceValueRow>)>> {
    let (lists, mut values) = rows_of(&crate::domain::reference::catalogue()?);
    Ok(lists
        .into_iter()
        .map(|list| {
            let (mine, rest): (Vec<_>, Vec<_>) = values.drain(..).partition(|v| v.list == list.name);
            values = rest;
            (list, mine)
        })
        .collect())
}

fn rows_of(lists: &[ReferenceListData]) -> (Vec<ReferenceListRow>, Vec<ReferenceValueRow>) {
    let mut list_rows = Vec::new();
    let mut value_rows = Vec::new();
    for (i, list) in lists.iter().enumerate() {
        list_rows.push(ReferenceListRow {
            name: list.name.clone(),
            title_vi: list.title_vi.clone(),
            title_en: list.title_en.clone(),
            source: list.source.clone(),
            position: i32::try_from(i + 1).unwrap_or(i32::MAX),
        });
        for (j, ReferenceValueData { code, label_vi, label_en, other_names }) in list.values.iter().enumerate() {
            value_rows.push(ReferenceValueRow {
                list: list.name.clone(),
                code: code.clone(),
                label_vi: label_vi.clone(),
                label_en: label_en.clone(),
                other_names: other_names.join(";"),
                position: i32::try_from(j + 1).unwrap_or(i32::MAX),
            });
        }
    }
    (list_rows, value_rows)
}

/// Makes the stored lists equal to `lists`: when anything differs, every list is rewritten
/// in one transaction. Returns whether anything was written.
pub fn sync(conn: &mut DbConnection, lists: &[ReferenceListData]) -> QueryResult<bool> {
    let (want_lists, want_values) = rows_of(lists);
    write_transaction(conn, |conn| {
        let have_lists = reference_lists::table
            .order(reference_lists::position.asc())
            .select(ReferenceListRow::as_select())
            .load(conn)?;
        let have_values = reference_values::table
            .order((reference_values::list.asc(), reference_values::position.asc()))
            .select(ReferenceValueRow::as_select())
            .load(conn)?;
        let mut sorted_want = want_values.clone();
        sorted_want.sort_by(|a, b| (&a.list, a.position).cmp(&(&b.list, b.position)));
        if have_lists == want_lists && have_values == sorted_want {
            return Ok(false);
        }
        diesel::delete(reference_values::table).execute(conn)?;
        diesel::delete(reference_lists::table).execute(conn)?;
        with_backend!(conn, |c| diesel::insert_into(reference_lists::table).values(&want_lists).execute(c))?;
        for chunk in want_values.chunks(500) {
            with_backend!(conn, |c| diesel::insert_into(reference_values::table).values(chunk).execute(c))?;
        }
        Ok(true)
    })
}
