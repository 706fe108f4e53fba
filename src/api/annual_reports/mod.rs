//! `/api/v1/associations/{id}/annual-reports`: the yearly aggregates an association reports
//! (members, S&T intellectuals, branches, activities), and the member figures that stand for
//! the year, from the roster or from the report.

pub mod dto;
pub mod handlers;
