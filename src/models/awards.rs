//! The statistics observations of the awards resource: honourees of published rounds,
//! national nominations and commendations.

use diesel::prelude::*;

use crate::db::schema::{award_categories as ac, honouree_categories as hc};
use crate::db::DbConnection;
use crate::domain::statistics::{Metric, Observation};

/// The awards resource's figures for `year` (docs/architecture.md, "The statistics contract"): approved
/// honourees of published rounds held that year, by round, category and proposing
/// association; national nominations of the year by programme and status; commendations of
/// the year by issuer, by type, by recipient kind and type, by issuer and type, and those
/// received by each association.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Observation>> {
    use crate::db::schema::{commendations as c, honour_rounds as r, honourees as h, nominations as n};
    let mut out = Vec::new();
    let dim = |name: &str, value: String| Some((name.to_owned(), value));
    let honoured = h::table
        .inner_join(r::table)
        .filter(r::year.eq(year).and(r::status.eq("published")).and(h::decision.eq("approved")));
    let total: i64 = honoured.count().get_result(conn)?;
    out.push(Observation { metric: Metric::Honourees, year, association_id: None, dimension: None, value: total });
    let by_round: Vec<(i64, i64)> = honoured
        .group_by(h::round_id)
        .select((h::round_id, diesel::dsl::count_star()))
        .order(h::round_id)
        .load(conn)?;
    for (round, value) in by_round {
        out.push(Observation {
            metric: Metric::HonoureesByRound,
            year,
            association_id: None,
            dimension: dim("round", round.to_string()),
            value,
        });
    }
    let by_association: Vec<(Option<i64>, i64)> = honoured
        .group_by(h::association_id)
        .select((h::association_id, diesel::dsl::count_star()))
        .order(h::association_id)
        .load(conn)?;
    for (association_id, value) in by_association.into_iter().filter(|(a, _)| a.is_some()) {
        out.push(Observation { metric: Metric::Honourees, year, association_id, dimension: None, value });
    }
    let by_category: Vec<(String, i64)> = hc::table
        .inner_join(h::table.inner_join(r::table))
        .inner_join(ac::table)
        .filter(r::year.eq(year).and(r::status.eq("published")).and(h::decision.eq("approved")))
        .group_by(ac::code)
        .select((ac::code, diesel::dsl::count_star()))
        .order(ac::code)
        .load(conn)?;
    for (code, value) in by_category {
        out.push(Observation {
            metric: Metric::HonoureesByCategory,
            year,
            association_id: None,
            dimension: dim("category", code),
            value,
        });
    }
    let of_year = n::table.filter(n::year.eq(year));
    let by_programme: Vec<(String, i64)> = of_year
        .group_by(n::programme)
        .select((n::programme, diesel::dsl::count_star()))
        .order(n::programme)
        .load(conn)?;
    for (code, value) in by_programme {
        out.push(Observation {
            metric: Metric::NominationsByProgramme,
            year,
            association_id: None,
            dimension: dim("programme", code),
            value,
        });
    }
    let by_status: Vec<(String, i64)> =
        of_year.group_by(n::status).select((n::status, diesel::dsl::count_star())).order(n::status).load(conn)?;
    for (code, value) in by_status {
        out.push(Observation {
            metric: Metric::NominationsByStatus,
            year,
            association_id: None,
            dimension: dim("status", code),
            value,
        });
    }
    let of_year = c::table.filter(c::year.eq(year));
    let by_issuer: Vec<(String, i64)> =
        of_year.group_by(c::issuer).select((c::issuer, diesel::dsl::count_star())).order(c::issuer).load(conn)?;
    for (code, value) in by_issuer {
        out.push(Observation {
            metric: Metric::CommendationsByIssuer,
            year,
            association_id: None,
            dimension: dim("issuer", code),
            value,
        });
    }
    let by_type: Vec<(String, i64)> =
        of_year.group_by(c::kind).select((c::kind, diesel::dsl::count_star())).order(c::kind).load(conn)?;
    for (code, value) in by_type {
        out.push(Observation {
            metric: Metric::CommendationsByType,
            year,
            association_id: None,
            dimension: dim("type", code),
            value,
        });
    }
    let by_recipient: Vec<(String, String, i64)> = of_year
        .group_by((c::recipient_kind, c::kind))
        .select((c::recipient_kind, c::kind, diesel::dsl::count_star()))
        .order((c::recipient_kind, c::kind))
        .load(conn)?;
    for (recipient, code, value) in by_recipient {
        out.push(Observation {
            metric: Metric::CommendationsByRecipient,
            year,
            association_id: None,
            dimension: dim("recipient_type", format!("{recipient}:{code}")),
            value,
        });
    }
    let by_issuer_type: Vec<(String, String, i64)> = of_year
        .group_by((c::issuer, c::kind))
        .select((c::issuer, c::kind, diesel::dsl::count_star()))
        .order((c::issuer, c::kind))
        .load(conn)?;
    for (issuer, code, value) in by_issuer_type {
        out.push(Observation {
            metric: Metric::CommendationsByIssuerType,
            year,
            association_id: None,
            dimension: dim("issuer_type", format!("{issuer}:{code}")),
            value,
        });
    }
    let of_associations: Vec<(Option<i64>, String, i64)> = of_year
        .filter(c::association_id.is_not_null())
        .group_by((c::association_id, c::kind))
        .select((c::association_id, c::kind, diesel::dsl::count_star()))
        .order((c::association_id, c::kind))
        .load(conn)?;
    for (association_id, code, value) in of_associations {
        out.push(Observation {
            metric: Metric::AssociationCommendations,
            year,
            association_id,
            dimension: dim("type", code),
            value,
        });
    }
    Ok(out)
}
