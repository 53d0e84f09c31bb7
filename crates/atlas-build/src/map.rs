//! Map preparation (filled in by the map issue).
