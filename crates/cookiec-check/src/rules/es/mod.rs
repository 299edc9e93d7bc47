//! Spain: the AEPD's cookie guide. They run when the file targets `es`.

pub mod consent_renewal_late;

use crate::model::Region;

pub const ES: &[Region] = &[Region::Es];
