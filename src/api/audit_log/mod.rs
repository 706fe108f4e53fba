//! `/api/v1/audit-log`: who changed what, when (admin only, read-only).

pub mod dto;
pub mod handlers;
