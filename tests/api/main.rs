//! The one integration-test binary. Every test gets a fresh database: SQLite by default,
//! PostgreSQL when `TEST_DATABASE_URL` is set (e.g. `postgres://postgres@127.0.0.1:5432/postgres`).

mod activities;
mod advisory;
mod associations;
mod auth;
mod authorization;
mod awards;
mod backup;
mod body;
mod branches;
mod budgets;
mod configuration;
mod contests;
mod demo_data;
mod errors;
mod exports;
mod helpers;
mod identity;
mod indicator_values;
mod jobs;
mod layers;
mod limits;
mod member_figures;
mod member_search;
mod members;
mod national_standing;
mod openapi;
mod operations;
mod people;
mod reference;
mod report;
mod roster;
mod statistics;
mod storage;
mod union_profile;
mod write_machinery;
