//! `/api/v1/statistics`: the figures provincial systems pull.

pub mod dto;
pub mod handlers;
pub mod indicators;
