//! `/api/v1/auth/token` (OAuth 2 token endpoint) and `/api/v1/me`.

pub mod dto;
pub mod handlers;
