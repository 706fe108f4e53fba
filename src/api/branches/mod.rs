//! `/api/v1/associations/{id}/branches`: branches of an association (chi hội, huyện hội).

pub mod dto;
pub mod handlers;
