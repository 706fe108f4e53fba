//! `/api/v1/advisory-opinions`: consultation, critique and social assessment cases.

pub mod dto;
pub mod experts;
pub mod handlers;
