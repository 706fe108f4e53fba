//! `/api/v1/award-categories`: the catalogue of achievements that qualify an honouree.

pub mod dto;
pub mod handlers;
