//! Domain vocabulary shared by every layer: the code lists (enumerations) of the API and
//! the reference data compiled into the binary.

pub mod codes;
pub mod json_array;
pub mod national_id;
pub mod reference;
pub mod roster;
pub mod statistics;
pub mod time;
pub mod vn;
