//! `/api/v1/union`: the union itself — its profile, its congress terms, its office's staff by
//! year and its departments and centres, each written on its own so that one writer never
//! erases what another wrote.

pub mod dto;
pub mod handlers;
