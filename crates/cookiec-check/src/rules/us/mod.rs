//! Other US states with a universal opt-out mechanism: Colorado and
//! Connecticut. They run when the file targets `us-co` / `us-ct`.

pub mod colorado_gpc;
pub mod connecticut_gpc;
