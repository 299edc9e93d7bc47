//! Italy: the Garante's 2021 cookie guidelines. They run when the file
//! targets `it`.

pub mod early_reprompt;

use crate::model::Region;

pub const IT: &[Region] = &[Region::It];
