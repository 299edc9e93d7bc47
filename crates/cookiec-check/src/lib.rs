//! Name resolution, typed model, schema and lint rules for `.cookies`.

pub mod model;
