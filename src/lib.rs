//! lienhiep: the REST/JSON API of a provincial Union of Science and Technology Associations.
//!
//! The layers, from the bottom up (docs/architecture.md; `tests/api/layers.rs` checks that
//! each imports only those below it): `messages` (what errors say, in each language), `domain`,
//! `error`, `telemetry`, `body` (no storage, no HTTP); `db` (connections, transactions, versions); `config`; `auth` (roles, tokens,
//! passwords); `models` (the queries of each resource); `usecases` (what is more than one
//! model call, and each resource's input with its rules); `demo` (the demo union, built
//! through the use cases); `state` (what every request can reach); `api` (handlers and DTOs)
//! and `middleware`; `router` (the one route table, used by `main` and the tests alike),
//! `startup`, `cli`, `backup`.

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
pub mod messages;
pub mod middleware;
pub mod models;
pub mod openapi;
pub mod router;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod usecases;
