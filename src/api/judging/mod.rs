//! Judging contest entries: judges, scores, results, prizes, publication, national results.

pub mod dto;
pub mod handlers;
