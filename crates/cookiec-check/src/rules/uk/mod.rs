//! United Kingdom: PECR and the ICO's guidance. They run when the file
//! targets `uk`.

pub mod cookie_wall;
pub mod no_consent;
pub mod no_reject_all;

use crate::model::Region;

pub const UK: &[Region] = &[Region::Uk];
