//! Authentication and authorisation: roles, password hashing, signed access tokens, and the
//! extractors handlers use to require a caller or a role.

pub mod extract;
pub mod keys;
pub mod password;
pub mod secret;
pub mod tokens;

pub use extract::{AuthUser, MaybeAuthUser};
pub use tokens::{Claims, Principal};

crate::code_list! {
    /// A role a user or API client holds. A user may hold several; `association_manager` applies
    /// to the associations listed on the user.
    pub enum Role: "roles", "Vai trò", "Roles" {
        /// Everything, users and API clients included.
        Admin = ("admin", "Quản trị hệ thống", "Administrator"),
        /// Runs the union's work: associations, members, awards, contests, advisory cases, activities.
        Staff = ("staff", "Cán bộ Liên hiệp hội", "Union staff"),
        /// Manages its own associations: profile, branches, roster, contest entries, proposals.
        AssociationManager = ("association_manager", "Quản lý hội thành viên", "Association manager"),
        /// Scores the contest entries assigned to it.
        Judge = ("judge", "Giám khảo", "Judge"),
        /// Works on the advisory cases assigned to it.
        Expert = ("expert", "Chuyên gia", "Expert"),
        /// Reads statistics only (provincial systems).
        StatisticsReader = ("statistics_reader", "Khai thác thống kê", "Statistics reader"),
    }
}
