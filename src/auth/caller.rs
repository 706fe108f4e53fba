//! The caller as the rules of the models see it: what its roles let it reach, worked out once
//! from the verified principal.

use super::tokens::Principal;
use crate::domain::codes::Role;

/// Who is asking. The default is an anonymous caller: no staff rights, no associations, no
/// judge or expert account.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    /// Admin or staff: every association, every step.
    pub staff: bool,
    /// The associations the caller manages (association managers; empty otherwise).
    pub managed: Vec<i64>,
    /// The caller's account, when it holds the judge role.
    pub judge_user: Option<i64>,
    /// The caller's account, when it holds the expert role.
    pub expert_user: Option<i64>,
    /// The caller's name, for authorship (advisory drafts).
    pub name: String,
}

impl Caller {
    /// The caller a verified principal is.
    pub fn of(principal: &Principal) -> Caller {
        let account_if = |role: Role| if principal.has(role) { principal.user_id } else { None };
        Caller {
            staff: principal.is_union_staff(),
            managed: if principal.has(Role::AssociationManager) {
                principal.association_ids.iter().copied().collect()
            } else {
                Vec::new()
            },
            judge_user: account_if(Role::Judge),
            expert_user: account_if(Role::Expert),
            name: principal.name.clone(),
        }
    }

    /// Whether the caller may act for `association_id`: staff, or one of its managers.
    pub fn manages(&self, association_id: Option<i64>) -> bool {
        self.staff || association_id.is_some_and(|a| self.managed.contains(&a))
    }
}
