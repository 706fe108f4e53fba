//! The HTTP layer: one folder per resource with `handlers.rs` (one function per operation,
//! named `<verb>_<resource>`, which is also the OpenAPI operationId) and `dto.rs` (request
//! and response types; never diesel structs).

pub mod activities;
pub mod advisory;
pub mod annual_reports;
pub mod api_clients;
pub mod associations;
pub mod audit_log;
pub mod auth;
pub mod award_categories;
pub mod branches;
pub mod bulk;
pub mod caller;
pub mod commendations;
pub mod contest_entries;
pub mod contests;
pub mod csv;
pub mod deprecation;
pub mod extract;
pub mod honours;
pub mod http;
pub mod imports;
pub mod jobs;
pub mod judging;
pub mod members;
pub mod national_standing;
pub mod nominations;
pub mod operations;
pub mod pagination;
pub mod people;
pub mod reference;
pub mod responses;
pub mod roster;
pub mod statistics;
pub mod union_profile;
pub mod users;
