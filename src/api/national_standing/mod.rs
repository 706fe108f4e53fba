//! `/api/v1/associations/{id}/national-standing`: an association's standing in its national
//! sector year by year (affiliation, ranking, delegates to national congresses, members of the
//! provincial Fatherland Front committee), recorded by staff.

pub mod dto;
pub mod handlers;
