package dev.curate.store;

/** One versioned change of the schema, read from {@code db/migration/V<version>__<name>.sql}. */
record Migration(int version, String description, String sql) {}
