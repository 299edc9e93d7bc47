//! Germany: TDDDG §25 and the DSK's guidance. They run when the file
//! targets `de`.

pub mod embedded_third_party;

use crate::model::Region;

pub const DE: &[Region] = &[Region::De];
