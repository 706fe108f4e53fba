//! Domain vocabulary shared by every layer: the code lists (enumerations) of the API, the
//! reference data compiled into the binary, and the rules and types that input is read and
//! checked with (`validate`, `json_int`, `patch`), whoever sends it.

pub mod codes;
pub mod import;
pub mod json_array;
pub mod json_int;
pub mod lifecycle;
pub mod national_id;
pub mod patch;
pub mod reference;
pub mod roster;
pub mod statistics;
pub mod time;
pub mod validate;
pub mod vn;
