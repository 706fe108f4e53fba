//! Authentication and authorisation: roles, password hashing, signed access tokens and their
//! keys. The HTTP extractors that require a caller are `api::caller`.

pub mod caller;
pub mod keys;
pub mod password;
pub mod secret;
pub mod tokens;

pub use crate::domain::codes::Role;
pub use caller::Caller;
pub use tokens::{Claims, Principal};
