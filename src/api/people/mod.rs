//! `/api/v1/people`: people who look like one, and merging them (staff).

pub mod dto;
pub mod handlers;
