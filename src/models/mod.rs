//! Diesel structs and the queries on them, one file per resource. Handlers call these
//! functions inside `db::run_blocking`; nothing here knows about HTTP.

pub mod activity;
pub mod advisory;
pub mod advisory_team;
pub mod annual_report;
pub mod api_client;
pub mod association;
pub mod audit;
pub mod award;
pub mod branch;
pub mod commendation;
pub mod contest;
pub mod contest_entry;
pub mod honour;
pub mod id_hash;
pub mod idempotency;
pub mod indicator;
pub mod job;
pub mod judging;
pub mod login_attempt;
pub mod member;
pub mod nomination;
pub mod person;
pub mod reference;
pub mod refresh_token;
pub mod roster;
pub mod statistics;
pub mod user;
