//! The well-known catalog (crate `cookiec-catalog`, documented with its
//! sources in `docs/catalog.md`). Completion inserts its entries as
//! complete items; hover shows the entry of an item whose name matches.

pub use cookiec_catalog::{catalog, Catalog, CatalogCookie, CatalogProvider};
