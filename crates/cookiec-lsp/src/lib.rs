//! Language server for .cookies
