//! The statistics module's side of the contract (DESIGN.md): it assembles the observations
//! each resource offers, keeps the data version that says when they may have changed, and
//! caches what it computed for that version. It never reads another module's tables.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use diesel::prelude::*;

use crate::db::schema::data_version as dv;
use crate::db::DbConnection;
use crate::domain::statistics::Observation;

/// A resource's observations for a year.
type Source = fn(&mut DbConnection, i32) -> QueryResult<Vec<Observation>>;

/// Every resource that offers observations, by the name the summary groups them under.
pub const RESOURCES: [(&str, Source); 7] = [
    ("associations", crate::models::association::observations),
    ("members", crate::models::member::observations),
    ("annual_reports", crate::models::annual_report::observations),
    ("awards", crate::models::award::observations),
    ("contests", crate::models::contest::observations),
    ("advisory", crate::models::advisory::observations),
    ("activities", crate::models::activity::observations),
];

/// The current data version: it grows with every committed write that records an audit
/// record (every change of the union's data does), in commit order, and is the same for
/// every replica because it lives in the database.
pub fn data_version(conn: &mut DbConnection) -> QueryResult<i64> {
    dv::table.find(1).select(dv::version).first(conn)
}

/// Moves the data version on; called at the end of a write transaction that recorded an
/// audit record, so that its row lock is held only while the transaction commits.
pub fn bump(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(dv::table.find(1))
        .set((dv::version.eq(dv::version + 1), dv::changed_at.eq(crate::domain::time::now())))
        .execute(conn)?;
    Ok(())
}

/// The observations of a year, grouped by resource (in [`RESOURCES`] order).
pub type YearFigures = Vec<(&'static str, Vec<Observation>)>;

/// Computes every resource's observations for `year`.
pub fn compute_year(conn: &mut DbConnection, year: i32) -> QueryResult<YearFigures> {
    RESOURCES.iter().map(|(name, source)| Ok((*name, source(conn, year)?))).collect()
}

/// Figures computed for a data version, by year: recomputed only when the version moved.
#[derive(Debug, Default)]
pub struct Cache {
    years: Mutex<HashMap<i32, (i64, Arc<YearFigures>)>>,
}

impl Cache {
    /// The figures of `year` at data version `version`, computing them if the cache holds
    /// none for that version.
    pub fn year(&self, conn: &mut DbConnection, version: i64, year: i32) -> QueryResult<Arc<YearFigures>> {
        if let Some((v, figures)) = self.lock().get(&year) {
            if *v == version {
                return Ok(Arc::clone(figures));
            }
        }
        let figures = Arc::new(compute_year(conn, year)?);
        let mut years = self.lock();
        // Keep the newest version when two requests computed at once.
        let keep = years.get(&year).is_none_or(|(v, _)| *v <= version);
        if keep {
            if years.len() > 200 {
                years.retain(|_, (v, _)| *v == version);
            }
            years.insert(year, (version, Arc::clone(&figures)));
        }
        Ok(figures)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i32, (i64, Arc<YearFigures>)>> {
        self.years.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
