//! United Kingdom: PECR (as amended by the Data (Use and Access) Act
//! 2025) and the ICO's guidance. They run when the file
//! targets `uk`.

pub mod cookie_wall;
pub mod no_consent;
pub mod no_reject_all;
pub mod opt_in_without_banner;
pub mod trackers_in_necessary;
pub mod withdrawal_harder;

use crate::model::Region;

pub const UK: &[Region] = &[Region::Uk];
