//! `/api/v1/advisory-opinions`: consultation, critique and social assessment cases.

pub mod dto;
pub mod handlers;
pub mod team;
