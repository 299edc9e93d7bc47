//! Policy documents, runtime JSON config and header rules from a checked .cookies model
