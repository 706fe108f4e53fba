//! `/api/v1/activities`: workshops, research projects, transfer models, council
//! participation, publications, social activities and training.

pub mod dto;
pub mod handlers;
