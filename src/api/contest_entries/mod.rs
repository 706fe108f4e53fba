//! `/api/v1/editions/{id}/entries` and `/api/v1/entries`: contest entries.

pub mod dto;
pub mod handlers;
