//! Members: people and their memberships of associations, the member search index, and the
//! member figures offered to statistics.

mod bulk;
mod feed;
mod figures;
mod index;
mod row;
mod search;
mod write;

pub use bulk::*;
pub use feed::*;
pub use figures::*;
pub use index::*;
pub use row::*;
pub use search::*;
pub use write::*;
