package dev.curate.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every path option ({@code --workspace}, {@code --config}, {@code --template}, {@code
 * --reddit-dump}). An empty value is refused: Java reads {@code ""} as the current folder, so
 * {@code --workspace=} (an unset shell variable) put a database in whatever folder curate was
 * started from.
 */
final class PathConverter implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("an empty path: give a file or folder name");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
    }
  }
}
