//! What runs around every request before and after its handler, outermost first: the
//! request id, tracing span, problem+json for every error and security headers (`request`);
//! the limits on heads, bodies, query strings, writes and uploads (`limits`); and replays of
//! `Idempotency-Key` writes (`idempotency`).

pub mod idempotency;
pub mod limits;
pub mod request;
