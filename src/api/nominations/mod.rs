//! `/api/v1/nominations`: nominations of people to national honours.

pub mod dto;
pub mod handlers;
