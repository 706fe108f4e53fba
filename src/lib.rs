//! lienhiep: the REST/JSON API of a provincial Union of Science and Technology Associations.
//!
//! `startup` builds the application (the one route table, used by `main` and the tests);
//! `api` holds the handlers and DTOs, `models` the queries, `db` the storage layer.

pub mod api;
pub mod auth;
pub mod backup;
pub mod body;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod idempotency;
pub mod limits;
pub mod middleware;
pub mod models;
pub mod openapi;
pub mod startup;
pub mod telemetry;
