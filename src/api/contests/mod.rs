//! `/api/v1/contests` and `/api/v1/editions`: contests and their editions.

pub mod dto;
pub mod handlers;
