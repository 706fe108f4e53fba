//! Request and response types of the reference lists.

use serde::Serialize;
use utoipa::ToSchema;

use crate::models::reference::{ReferenceListRow, ReferenceValueRow};

/// The reference lists that exist.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReferenceListIndex {
    /// Every list, in display order.
    pub items: Vec<ReferenceListSummary>,
}

/// One reference list, without its values.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "name": "ethnic_groups", "title_vi": "Danh mục các dân tộc Việt Nam", "title_en": "Ethnic groups of Vietnam",
    "source": "General Statistics Office, decision 1019/QĐ-TCTK of 12 November 2008",
    "count": 54, "href": "/api/v1/reference/ethnic_groups"
}))]
pub struct ReferenceListSummary {
    /// Machine name of the list; use it in `/api/v1/reference/{list}`.
    pub name: String,
    /// Vietnamese title.
    pub title_vi: String,
    /// English title.
    pub title_en: String,
    /// Where the values come from (a decision of an authority, or this API itself).
    pub source: String,
    /// Number of values.
    pub count: i64,
    /// Address of the full list.
    pub href: String,
}

/// A reference list with all its values.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "name": "ethnic_groups", "title_vi": "Danh mục các dân tộc Việt Nam", "title_en": "Ethnic groups of Vietnam",
    "source": "General Statistics Office, decision 1019/QĐ-TCTK of 12 November 2008",
    "items": [
        {"code": "01", "label_vi": "Kinh", "label_en": "Kinh", "other_names": ["Việt"], "order": 1},
        {"code": "02", "label_vi": "Tày", "label_en": "Tay", "other_names": [], "order": 2}
    ]
}))]
pub struct ReferenceList {
    /// Machine name of the list.
    pub name: String,
    /// Vietnamese title.
    pub title_vi: String,
    /// English title.
    pub title_en: String,
    /// Where the values come from.
    pub source: String,
    /// The values, in display order.
    pub items: Vec<ReferenceValue>,
}

/// One value of a reference list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReferenceValue {
    /// The stable code that other resources store and accept (e.g. `03` for Thái).
    pub code: String,
    /// Vietnamese label.
    pub label_vi: String,
    /// English label.
    pub label_en: String,
    /// Other names the value is known by (e.g. `Mèo` for H'mông).
    pub other_names: Vec<String>,
    /// Position in display order, from 1.
    pub order: i32,
}

impl ReferenceListSummary {
    /// Builds the summary of a stored list.
    pub fn from_row(row: ReferenceListRow, count: i64) -> Self {
        let href = format!("/api/v1/reference/{}", row.name);
        ReferenceListSummary {
            name: row.name,
            title_vi: row.title_vi,
            title_en: row.title_en,
            source: row.source,
            count,
            href,
        }
    }
}

impl ReferenceList {
    /// Builds the full list from its stored rows.
    pub fn from_rows(row: ReferenceListRow, values: Vec<ReferenceValueRow>) -> Self {
        ReferenceList {
            name: row.name,
            title_vi: row.title_vi,
            title_en: row.title_en,
            source: row.source,
            items: values
                .into_iter()
                .map(|v| ReferenceValue {
                    code: v.code,
                    label_vi: v.label_vi,
                    label_en: v.label_en,
                    other_names: v.other_names.split(';').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                    order: v.position,
                })
                .collect(),
        }
    }
}
