package dev.curate.doctor;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration files in use.
 *
 * @param defaults the built-in defaults, as their resource in curate's jar
 * @param userFile the user's file: {@code --config}'s, else where curate looks for {@code
 *     curate.yaml}
 * @param userFilePresent whether there is a file there
 * @param problem why the configuration cannot be read; empty when it can
 */
public record ConfigFiles(
    String defaults, Path userFile, boolean userFilePresent, Optional<String> problem) {}
