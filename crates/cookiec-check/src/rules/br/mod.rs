//! Brazil: LGPD and the ANPD's cookie guide. They run when the file
//! targets `br`.

pub mod no_choice;
pub mod no_reject_all;

use crate::model::Region;

pub const BR: &[Region] = &[Region::Br];
