//! Canonical formatter for .cookies files
