package dev.curate.cli;

import dev.curate.draft.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang en|zh}; a wrong value is a usage error naming the choices. */
final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    try {
      return Language.fromTag(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
