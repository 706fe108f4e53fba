//! Listing and searching members a page at a time. With a name search, the names that hold
//! the query's exact diacritics come first (the "x" phase), then the rest ("r"); without one
//! there is a single phase ("-"). A position in the list is the phase letter and the sort key
//! of the last row, with its membership id.

use crate::db::DbConnection;
use crate::error::ApiResult;
use crate::models::member::{self as model, Filter, Member, Sort};

/// One page of a listing.
#[derive(Debug)]
pub struct Page {
    /// The members of the page, in list order.
    pub rows: Vec<Member>,
    /// Where the next page starts (position key, membership id), when there is one.
    pub next: Option<(String, i64)>,
    /// How many members pass the filter, when asked for.
    pub total: Option<i64>,
}

fn phase_name(phase: Option<bool>) -> &'static str {
    match phase {
        Some(true) => "x",
        Some(false) => "r",
        None => "-",
    }
}

/// What a listing lists: members anywhere, or one association's roster (which must exist).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// The members the filter keeps, wherever they are.
    Members,
    /// The roster of this association: the filter names it, and an empty page is a 404 when
    /// the association does not exist (a page with members shows that it does, so the
    /// association is read only then).
    Roster(i64),
}

/// The page of at most `limit` members that `filter` keeps, sorted by `sort`, after the
/// position `after` (a key that [`Page::next`] gave, and its id). `None` when `after` is not
/// a position of this listing (its phase does not fit the filter).
pub fn page(
    conn: &mut DbConnection,
    listing: Listing,
    filter: Filter,
    sort: Sort,
    after: Option<(String, i64)>,
    limit: i64,
    include_total: bool,
) -> ApiResult<Option<Page>> {
    let page = members_page(conn, filter, sort, after, limit, include_total)?;
    if let (Listing::Roster(id), Some(found)) = (listing, &page) {
        if found.rows.is_empty() {
            crate::models::association::get(conn, id)?;
        }
    }
    Ok(page)
}

fn members_page(
    conn: &mut DbConnection,
    mut filter: Filter,
    sort: Sort,
    after: Option<(String, i64)>,
    limit: i64,
    include_total: bool,
) -> ApiResult<Option<Page>> {
    let first_phase = filter.exact.as_ref().map(|_| true);
    let (mut phase, after) = match after {
        Some((key, id)) => {
            let mut chars = key.chars();
            let phase = match chars.next() {
                Some('x') if first_phase.is_some() => Some(true),
                Some('r') if first_phase.is_some() => Some(false),
                Some('-') if first_phase.is_none() => None,
                _ => return Ok(None),
            };
            (phase, Some((chars.as_str().to_owned(), id)))
        }
        None => (first_phase, None),
    };
    model::narrow(conn, &mut filter, sort)?;
    if model::matches_nothing(&filter) {
        return Ok(Some(Page { rows: Vec::new(), next: None, total: include_total.then_some(0) }));
    }
    filter.exact_phase = phase;
    let mut rows = model::list(conn, &filter, sort, after, limit + 1)?;
    let first_phase_rows = rows.len();
    if phase == Some(true) && (rows.len() as i64) <= limit {
        // The exact matches are done: fill the page from the rest.
        filter.exact_phase = Some(false);
        let rest = model::list(conn, &filter, sort, None, limit + 1 - rows.len() as i64)?;
        rows.extend(rest);
    }
    let has_more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    if rows.len() > first_phase_rows {
        // The page ends among the rest, so the next one goes on from there.
        phase = Some(false);
    }
    let next = if has_more {
        rows.last().map(|(m, _)| (format!("{}{}", phase_name(phase), model::cursor_key(m, sort)), m.id))
    } else {
        None
    };
    filter.exact_phase = None;
    let total = if include_total { Some(model::count(conn, &filter)?) } else { None };
    Ok(Some(Page { rows, next, total }))
}
