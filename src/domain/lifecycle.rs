//! Lifecycles: the statuses a thing goes through and the named steps between them, declared
//! once as data. A step the current status does not allow is refused with the steps it does
//! allow (a `409` naming them).

use super::codes::{AdvisoryStatus, AssociationStatus, CodeList, EditionStatus, HonourRoundStatus, NominationStatus};
use crate::error::ApiError;

/// A lifecycle over the statuses `S`.
#[derive(Debug)]
pub struct Lifecycle<S: 'static> {
    /// How a refusal names the thing: "an association", "a round".
    pub subject: &'static str,
    /// Every step: its name in URLs and audit records, the statuses it may start from, and the
    /// status it leads to. The allowed steps of a status are listed in this order.
    pub steps: &'static [(&'static str, &'static [S], S)],
}

/// A step the current status does not allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// What was refused, and why.
    pub detail: String,
    /// The steps the current status allows.
    pub allowed: Vec<String>,
}

impl From<Refused> for ApiError {
    fn from(refused: Refused) -> Self {
        ApiError::Conflict { detail: refused.detail, allowed: Some(refused.allowed) }
    }
}

impl<S: CodeList + Copy + PartialEq> Lifecycle<S> {
    /// The names of the steps `status` allows.
    pub fn allowed_from(&self, status: S) -> Vec<&'static str> {
        self.steps.iter().filter(|(_, from, _)| from.contains(&status)).map(|(name, _, _)| *name).collect()
    }

    /// The status the step `name` leads to from `status`, or the refusal.
    pub fn step(&self, status: S, name: &str) -> Result<S, Refused> {
        match self.steps.iter().find(|(step, from, _)| *step == name && from.contains(&status)) {
            Some((_, _, to)) => Ok(*to),
            None => Err(Refused {
                detail: format!("{} that is {} does not allow '{name}'", self.subject, status.code()),
                allowed: self.allowed_from(status).into_iter().map(str::to_owned).collect(),
            }),
        }
    }
}

/// Associations: active, suspended, dissolved (final).
pub const ASSOCIATION: Lifecycle<AssociationStatus> = {
    use AssociationStatus::*;
    Lifecycle {
        subject: "an association",
        steps: &[
            ("suspend", &[Active], Suspended),
            ("reactivate", &[Suspended], Active),
            ("dissolve", &[Active, Suspended], Dissolved),
        ],
    }
};

/// Honour rounds: planned, nominations open, under review (and back), published (final, once
/// every honouree is decided).
pub const HONOUR_ROUND: Lifecycle<HonourRoundStatus> = {
    use HonourRoundStatus::*;
    Lifecycle {
        subject: "a round",
        steps: &[
            ("open-nominations", &[Planned], NominationsOpen),
            ("close-nominations", &[NominationsOpen], UnderReview),
            ("reopen-nominations", &[UnderReview], NominationsOpen),
            ("publish", &[UnderReview], Published),
        ],
    }
};

/// Nominations for national honours: drafted, submitted, then honoured or not selected.
pub const NOMINATION: Lifecycle<NominationStatus> = {
    use NominationStatus::*;
    Lifecycle {
        subject: "a nomination",
        steps: &[
            ("submit", &[Drafted], Submitted),
            ("record-honoured", &[Submitted], Honoured),
            ("record-not-selected", &[Submitted], NotSelected),
        ],
    }
};

/// Contest editions: draft, open for entries, judging, results published, closed (final).
pub const EDITION: Lifecycle<EditionStatus> = {
    use EditionStatus::*;
    Lifecycle {
        subject: "an edition",
        steps: &[
            ("open", &[Draft], Open),
            ("start-judging", &[Open], Judging),
            ("publish-results", &[Judging], ResultsPublished),
            ("close", &[ResultsPublished], Closed),
        ],
    }
};

/// Advisory cases: received, then accepted (started, opinion submitted, outcome recorded) or
/// declined, and closed (final).
pub const ADVISORY_CASE: Lifecycle<AdvisoryStatus> = {
    use AdvisoryStatus::*;
    Lifecycle {
        subject: "a case",
        steps: &[
            ("accept", &[Received], Accepted),
            ("decline", &[Received], Declined),
            ("start", &[Accepted], InProgress),
            ("submit-opinion", &[InProgress], OpinionSubmitted),
            ("record-outcome", &[OpinionSubmitted], OutcomeRecorded),
            ("close", &[OutcomeRecorded, Declined], Closed),
        ],
    }
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every status × every step name of `lifecycle` against the transitions written out by
    /// hand as "from -step-> to": those are allowed and lead there, every other pair is refused
    /// naming exactly the allowed steps of its status.
    fn check_every_pair<S: CodeList + Copy + PartialEq + std::fmt::Debug>(lifecycle: &Lifecycle<S>, expected: &[&str]) {
        let expected: Vec<(String, String, String)> = expected
            .iter()
            .map(|line| {
                let (from, rest) = line.split_once(" -").expect("from -step-> to");
                let (step, to) = rest.split_once("-> ").expect("from -step-> to");
                (from.to_owned(), step.to_owned(), to.to_owned())
            })
            .collect();
        let names: Vec<&str> = lifecycle.steps.iter().map(|(n, _, _)| *n).collect();
        for &status in S::all() {
            let allowed_here: Vec<String> =
                expected.iter().filter(|(f, _, _)| f == status.code()).map(|(_, s, _)| s.clone()).collect();
            for name in names.iter().copied().chain(["no-such-step"]) {
                let want = expected.iter().find(|(f, s, _)| f == status.code() && s == name);
                match (lifecycle.step(status, name), want) {
                    (Ok(to), Some((_, _, want_to))) => assert_eq!(to.code(), want_to, "{status:?} -{name}->"),
                    (Err(refused), None) => {
                        assert_eq!(refused.allowed, allowed_here, "the steps {status:?} allows");
                        assert!(refused.detail.contains(status.code()) && refused.detail.contains(name));
                    }
                    (got, want) => panic!("{status:?} -{name}->: got {got:?}, expected {want:?}"),
                }
            }
        }
        assert_eq!(expected.len(), lifecycle.steps.iter().map(|(_, from, _)| from.len()).sum::<usize>());
    }

    #[test]
    fn associations_are_suspended_reactivated_and_dissolved() {
        check_every_pair(
            &ASSOCIATION,
            &[
                "active -suspend-> suspended",
                "suspended -reactivate-> active",
                "active -dissolve-> dissolved",
                "suspended -dissolve-> dissolved",
            ],
        );
    }

    #[test]
    fn honour_rounds_go_from_planned_to_published() {
        check_every_pair(
            &HONOUR_ROUND,
            &[
                "planned -open-nominations-> nominations_open",
                "nominations_open -close-nominations-> under_review",
                "under_review -reopen-nominations-> nominations_open",
                "under_review -publish-> published",
            ],
        );
    }

    #[test]
    fn nominations_are_submitted_then_decided() {
        check_every_pair(
            &NOMINATION,
            &[
                "drafted -submit-> submitted",
                "submitted -record-honoured-> honoured",
                "submitted -record-not-selected-> not_selected",
            ],
        );
    }

    #[test]
    fn editions_open_are_judged_publish_and_close() {
        check_every_pair(
            &EDITION,
            &[
                "draft -open-> open",
                "open -start-judging-> judging",
                "judging -publish-results-> results_published",
                "results_published -close-> closed",
            ],
        );
    }

    #[test]
    fn advisory_cases_run_their_workflow_or_are_declined() {
        check_every_pair(
            &ADVISORY_CASE,
            &[
                "received -accept-> accepted",
                "received -decline-> declined",
                "accepted -start-> in_progress",
                "in_progress -submit-opinion-> opinion_submitted",
                "opinion_submitted -record-outcome-> outcome_recorded",
                "outcome_recorded -close-> closed",
                "declined -close-> closed",
            ],
        );
    }
}
