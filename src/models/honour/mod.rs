//! Honour rounds (đợt tôn vinh trí thức tiêu biểu) and their honourees.
//!
//! A round moves planned → nominations_open → under_review → published by explicit
//! operations; what may happen to its honourees depends on that status alone (see
//! `honouree::Gate`). Each association proposes a person at most once per round: the `person_key`
//! column (the proposing association, then the person's id when known, else the folded name
//! and workplace) is unique within a round. Two associations may propose the same person, and
//! neither learns of the other's proposal; staff, who see both, approve a person at most once
//! per round (`honouree::approved_twin`).

mod honouree;
mod round;

pub use honouree::*;
pub use round::*;
