package dev.curate.cli;

/** The values of {@code fetch --only}. */
enum SourceName {
  github,
  reddit
}
