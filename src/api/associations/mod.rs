//! `/api/v1/associations`: member associations and collective members.

pub mod dto;
pub mod handlers;
