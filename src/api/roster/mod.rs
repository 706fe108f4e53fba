//! `/api/v1/associations/{id}/roster`: roster sync from files and systems, and exports.

pub mod dto;
pub mod handlers;
pub mod xlsx;
