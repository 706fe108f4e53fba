//! `/api/v1/api-clients`: machine clients (admin only).

pub mod dto;
pub mod handlers;
