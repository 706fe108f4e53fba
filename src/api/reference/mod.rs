//! `/api/v1/reference`: the code lists of the API, readable by anyone.

pub mod dto;
pub mod handlers;
