//! `/api/v1/jobs`: background jobs (big roster syncs).

pub mod dto;
pub mod handlers;
