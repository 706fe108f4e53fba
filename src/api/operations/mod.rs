//! Operational endpoints: liveness, readiness and Prometheus metrics (outside `/api/v1`).

pub mod dto;
pub mod handlers;
