//! Use cases: what the service does that is more than one model call, for the handlers, the
//! demo data and the command line alike. Below them, `models` (queries of one resource);
//! above, `api` (HTTP). A use case takes checked input and a connection, never a request.

pub mod member_search;
pub mod members;
pub mod roster_sync;
