//! `lienhiep demo-data --scale small|province|federation`: a whole union's data,
//! deterministic from a seed and the current year. About twenty associations (the Study
//! Promotion Association holding most members), their rosters loaded through the bulk roster
//! sync, ten years of annual reports, honour rounds, national nominations, commendations,
//! both contests with four published editions each, advisory cases and activities.
//!
//! Everything goes in through the API's own input types and their checks (the same JSON an
//! integrator would send), so the data is what the API accepts. The generator also works out,
//! from what it made, the figures the statistics summary must show for each year
//! ([`Report::figures`]); the tests and `scripts/bench` compare the two.

mod casework;
mod common;
mod competitions;
mod recognition;
mod rosters;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use crate::db::schema::{associations, persons};
use crate::db::DbConnection;
use crate::demo::members::{person, NewPerson};
use crate::demo::Rng;
use crate::domain::national_id::IdHashKey;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};
use casework::{activities, advisory_cases};
pub use common::{Expected, OnProgress, Report, Scale};
use competitions::contests;
use recognition::{candidates, honours, nominations_and_commendations};
use rosters::{annual_reports, make_associations, sync_rosters};

/// Makes the data into an empty database. `key` hashes national IDs as the service does.
pub fn generate(
    conn: &mut DbConnection,
    scale: Scale,
    seed: u64,
    today: NaiveDate,
    key: &IdHashKey,
    progress: &OnProgress<'_>,
) -> Result<Report, ApiError> {
    let existing: i64 = associations::table.count().get_result(conn)?;
    let people: i64 = persons::table.count().get_result(conn)?;
    if existing > 0 || people > 0 {
        return Err(ApiError::conflict(format!(
            "demo data goes into an empty database; this one has {existing} associations and {people} people"
        )));
    }
    let sizes = scale.sizes();
    let year = today.year();
    let ctx = WriteContext::system("demo-data");
    let mut report = Report { scale, seed, year, made: BTreeMap::new(), figures: BTreeMap::new() };
    // Work in rows: members, then about as much again for everything else together.
    let rest = 2_000 + (sizes.honourees_per_round as u64) * 5 + 1_500;
    let total = sizes.members + rest;
    let mut done = 0u64;

    progress("associations", done, total);
    let ids = make_associations(conn, &ctx, today, &mut report)?;
    let mut rng = Rng::new(seed);
    let people: Vec<NewPerson> = (0..sizes.members).map(|_| person(&mut rng)).collect();
    let mut rng = Rng::new(seed.wrapping_add(1));
    let active = sync_rosters(conn, &ctx, &ids, people, &mut rng, today, key, &mut report, &|what, rows| {
        progress(what, done + rows, total)
    })?;
    done += sizes.members;
    progress("annual reports", done, total);
    annual_reports(conn, &ctx, &ids, &active, &mut rng, year, &mut report)?;
    done += 400;
    progress("honours", done, total);
    let pool = candidates(conn)?;
    honours(conn, &ctx, &sizes, &pool, &mut rng, today, &mut report)?;
    nominations_and_commendations(conn, &ctx, &sizes, &ids, &pool, &mut rng, today, &mut report)?;
    done += 600;
    progress("contests", done, total);
    contests(conn, &ctx, &sizes, &ids, &mut rng, today, &mut report)?;
    done += 600;
    progress("advisory cases", done, total);
    advisory_cases(conn, &ctx, &sizes, &mut rng, today, &mut report)?;
    progress("activities", done, total);
    activities(conn, &ctx, &sizes, &ids, &mut rng, today, &mut report)?;
    progress("done", total, total);
    let summary = json!({"scale": {"from": null, "to": scale}, "seed": {"from": null, "to": seed}, "made": {"from": null, "to": report.made}});
    crate::db::write_transaction(conn, |conn| {
        audit::record(conn, &ctx, "demo_data.load", "demo_data", "province", &summary)
    })?;
    Ok(report)
}
