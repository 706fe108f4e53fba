//! `/api/v1/imports`: what each import reads, served as data from the declarations its reader
//! uses (so the two cannot drift), and a template workbook for each.

pub mod dto;
pub mod handlers;
pub(crate) mod template;

use crate::domain::import::Column;

/// The imports: (kind, the endpoint that takes the file).
pub const KINDS: [(&str, &str); 5] = [
    ("roster", "/api/v1/associations/{id}/roster/sync"),
    ("honourees", "/api/v1/honour-rounds/{id}/import"),
    ("contest_entries", "/api/v1/editions/{id}/import"),
    ("advisory_cases", "/api/v1/advisory-opinions/import"),
    ("activities", "/api/v1/activities/import"),
];

/// The columns of an import, as its reader declares them.
pub fn columns_of(kind: &str) -> Option<Vec<Column>> {
    match kind {
        "roster" => Some(crate::domain::roster::Column::ALL.iter().map(|c| c.import_column()).collect()),
        "honourees" => Some(crate::api::honours::dto::IMPORT_COLUMNS.to_vec()),
        "contest_entries" => Some(crate::api::contest_entries::dto::IMPORT_COLUMNS.to_vec()),
        "advisory_cases" => Some(crate::api::advisory::dto::IMPORT_COLUMNS.to_vec()),
        "activities" => Some(crate::api::activities::dto::IMPORT_COLUMNS.to_vec()),
        _ => None,
    }
}
