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
    let ranked = filter.exact.is_some();
    let after = match after {
        Some((key, id)) => {
            let mut chars = key.chars();
            let exact = match chars.next() {
                Some('x') if ranked => Some(true),
                Some('r') if ranked => Some(false),
                Some('-') if !ranked => None,
                _ => return Ok(None),
            };
            Some(model::After { exact, key: chars.as_str().to_owned(), id })
        }
        None => None,
    };
    let roster = match listing {
        Listing::Roster(id) => Some(id),
        Listing::Members => None,
    };
    let extras = model::Extras { total: include_total, association: roster };
    let found = model::find_page(conn, &filter, sort, after, limit + 1, extras)?;
    let mut rows = found.rows;
    let has_more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    if let Some(id) = roster {
        if rows.is_empty() && found.association_exists != Some(true) {
            crate::models::association::get(conn, id)?;
        }
    }
    let next = match rows.last() {
        Some((exact, (m, _))) if has_more => {
            let phase = match (ranked, exact) {
                (false, _) => '-',
                (true, true) => 'x',
                (true, false) => 'r',
            };
            Some((format!("{phase}{}", model::cursor_key(m, sort)), m.id))
        }
        _ => None,
    };
    Ok(Some(Page { rows: rows.into_iter().map(|(_, member)| member).collect(), next, total: found.total }))
}
