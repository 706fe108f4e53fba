//! `/api/v1/honour-rounds`: rounds of honouring outstanding intellectuals and their honourees.

pub mod dto;
pub mod handlers;
