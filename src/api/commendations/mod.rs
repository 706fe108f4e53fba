//! `/api/v1/commendations`: commendations received by the union, its associations and people.

pub mod dto;
pub mod handlers;
