//! Use cases: what the service does that is more than one model call, for the handlers, the
//! demo data and the command line alike. Below them, `models` (queries of one resource);
//! above, `api` (HTTP). A use case takes checked input and a connection, never a request.

pub mod activities;
pub mod advisory;
pub mod annual_reports;
pub mod associations;
pub mod branches;
pub mod commendations;
pub mod contest_entries;
pub mod contests;
pub mod honours;
pub mod judging;
pub mod member_search;
pub mod members;
pub mod nominations;
pub mod roster_sync;
pub mod statistics;
pub mod union_profile;
