package dev.curate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.error.ConfigException;
import dev.curate.files.TextFile;
import dev.curate.files.UnreadableFileException;
import dev.curate.model.CalendarMonth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads the shipped defaults ({@code config/curate.yaml} inside the jar), overlays the user's file
 * key by key (maps merge, scalars and lists replace), binds the result strictly (an unknown key is
 * an error, not a silent no-op) and checks every value.
 */
public final class ConfigLoader {
  public static final String DEFAULTS_RESOURCE = "/config/curate.yaml";
  static final String DEFAULTS_NAME = "the built-in defaults (config/curate.yaml)";

  /**
   * The largest configuration read: 28 times the shipped file, which sets every key. SnakeYAML
   * grows its read window by 1 KiB at a time and copies all of it whenever a single token (a long
   * word) outgrows it, so parsing time grows with the square of the longest token: a 20 MB value
   * took minutes, and its 3 MiB code point limit is only checked once the token is read. Under this
   * bound the worst case is a fraction of a second.
   */
  static final long MAX_FILE_BYTES = 256 * 1024;

  private final ObjectMapper yaml;

  public ConfigLoader() {
    SimpleModule durations = new SimpleModule();
    durations.addDeserializer(Duration.class, new DurationDeserializer());
    durations.addDeserializer(CalendarMonth.class, new MonthDeserializer());
    this.yaml =
        new ObjectMapper(YamlDocument.factory())
            .registerModule(durations)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
  }

  /**
   * @param userFile a file that overrides the defaults, if any
   * @param env the process environment, for the {@code CURATE_*_URL} endpoint overrides
   */
  public CurateConfig load(Optional<Path> userFile, Map<String, String> env) {
    ObjectNode merged = readDefaults();
    ObjectNode user = null;
    if (userFile.isPresent()) {
      user = readUserFile(userFile.get());
      deepMerge(merged, user);
    }
    String origin = userFile.map(p -> "config file " + p).orElse(DEFAULTS_NAME);
    CurateConfig config = bind(merged, user == null ? DEFAULTS_NAME : origin);
    new ConfigValidator(user, origin).validate(config);
    return EndpointOverrides.apply(config, env);
  }

  private ObjectNode readDefaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + DEFAULTS_RESOURCE);
      }
      return (ObjectNode) yaml.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in defaults", e);
    }
  }

  private ObjectNode readUserFile(Path file) {
    String origin = "config file " + file;
    JsonNode tree;
    try {
      tree = new YamlDocument(yaml).read(TextFile.read(file, MAX_FILE_BYTES), origin);
    } catch (UnreadableFileException e) {
      throw new ConfigException(origin + " " + e.getMessage() + ": " + advice(e.reason()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(origin + " is not valid YAML" + YamlDocument.syntaxError(e), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return yaml.createObjectNode();
    }
    if (!tree.isObject()) {
      throw new ConfigException(
          "config file " + file + " must be a YAML mapping of keys (like config/curate.yaml)");
    }
    return (ObjectNode) tree;
  }

  private static String advice(UnreadableFileException.Reason reason) {
    return switch (reason) {
      case MISSING -> "check the --config path";
      case NOT_REGULAR, UNREADABLE -> "point --config at a YAML file";
      case TOO_LARGE ->
          "a configuration is a few KiB (config/curate.yaml sets every key in 9 KiB);"
              + " point --config at the right file";
      case NOT_TEXT -> "save it as UTF-8";
    };
  }

  /** Maps merge recursively; anything else in the overlay replaces what was there. */
  static void deepMerge(ObjectNode base, ObjectNode overlay) {
    for (Map.Entry<String, JsonNode> field : overlay.properties()) {
      JsonNode existing = base.get(field.getKey());
      if (existing instanceof ObjectNode existingObject
          && field.getValue() instanceof ObjectNode o) {
        deepMerge(existingObject, o);
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  private CurateConfig bind(ObjectNode merged, String origin) {
    try {
      return yaml.treeToValue(merged, CurateConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : " (known keys here: "
                  + e.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "))
                  + ")";
      throw new ConfigException(origin + ": unknown key '" + keyPath(e) + "'" + known, e);
    } catch (JsonMappingException e) {
      throw new ConfigException(
          origin + ": key '" + keyPath(e) + "': " + firstLine(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(origin + ": " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static String keyPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid value";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    // Jackson names Java types; the user wrote YAML.
    return line.replace("java.lang.", "").replace("`", "'");
  }

  /** A month as the user writes it, {@code 2015-01}; its message says what was wrong. */
  private static final class MonthDeserializer extends JsonDeserializer<CalendarMonth> {
    @Override
    public CalendarMonth deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return CalendarMonth.parse(p.getValueAsString());
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage());
      }
    }
  }

  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return DurationText.parse(text);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage());
      }
    }
  }
}
