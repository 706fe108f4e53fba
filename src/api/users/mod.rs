//! `/api/v1/users`: people who log in (admin only).

pub mod dto;
pub mod handlers;
