//! `/api/v1/members` and `/api/v1/associations/{id}/members`: people and their memberships.

pub mod dto;
pub mod handlers;
