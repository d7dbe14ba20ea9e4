package dev.curate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.curate.error.ConfigException;
import java.io.IOException;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document of plain values into a tree, refusing what YAML allows but a
 * configuration must not have:
 *
 * <ul>
 *   <li>a key written twice in one mapping: YAML 1.2 forbids it, yet SnakeYAML and Jackson keep the
 *       last one silently, so an editor who changes the first copy sees no effect (Jackson's {@code
 *       STRICT_DUPLICATE_DETECTION}, as in jackson-dataformats-text's {@code
 *       yaml/.../deser/ParserDupHandlingTest});
 *   <li>a tag other than the core schema's ({@code !!str}, {@code !!int}...): Jackson does not
 *       construct {@code !!javax.script.ScriptEngineManager [...]} (the SnakeYAML gadget of
 *       CVE-2022-1471) but reads it as a plain list, so it would pass unnoticed;
 *   <li>an alias ({@code *name}): Jackson does not follow aliases but reads the anchor's name as
 *       the value, so {@code queries: [&q "topic:nlp", *q]} would search for "q";
 *   <li>a second document after {@code ---}, which would be ignored.
 * </ul>
 */
final class YamlDocument {
  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq").stream()
          .map(t -> CORE + t)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final ObjectMapper mapper;

  YamlDocument(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The factory every configuration is parsed with. */
  static YAMLFactory factory() {
    return YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * The document's tree; null when the text holds no value at all.
   *
   * @param origin "config file PATH", for the messages
   */
  JsonNode read(String text, String origin) throws JsonProcessingException {
    check(text, origin);
    return mapper.readTree(text);
  }

  /** One pass over the tokens, before the tree is built, with the parser at hand to say where. */
  private void check(String text, String origin) throws JsonProcessingException {
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      boolean rootDone = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (rootDone) {
          throw new ConfigException(
              origin
                  + " line "
                  + line(parser)
                  + ": a second YAML document"
                  + " begins here; curate reads one: put every key in a single document");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw new ConfigException(
              origin
                  + " line "
                  + line(parser)
                  + where(parser, token)
                  + " is the alias '*"
                  + parser.getText()
                  + "': curate's configuration does not follow aliases; write the value out");
        }
        Object tag = parser.getTypeId();
        if (tag != null && !CORE_TAGS.contains(tag.toString())) {
          throw new ConfigException(
              origin
                  + " line "
                  + line(parser)
                  + where(parser, token)
                  + " carries the tag '"
                  + shown(tag.toString())
                  + "': curate's configuration takes plain values"
                  + " only; remove the tag");
        }
        rootDone = parser.getParsingContext().inRoot() && !token.isStructStart();
      }
    } catch (StreamReadException e) {
      // Jackson's duplicate check (JsonReadContext) marks its failure by this message only;
      // aKeyWrittenTwiceIsRefusedNamingItsLineAndPath notices if a Jackson upgrade changes it.
      if (e.getOriginalMessage() != null
          && e.getOriginalMessage().startsWith("Duplicate field")
          && e.getProcessor() != null) {
        throw new ConfigException(
            origin
                + " line "
                + e.getLocation().getLineNr()
                + ": key '"
                + path(e.getProcessor().getParsingContext())
                + "' is written twice in the same"
                + " mapping: keep one of them",
            e);
      }
      throw e;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  /**
   * A syntax error in one line: " at line 3: expected the node content, but found '<stream end>'".
   * SnakeYAML's own marks are used where there are some: Jackson's location is that of the last
   * token read, often a line earlier, and its message spans several lines.
   */
  static String syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
      Mark mark =
          marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      return (mark == null ? "" : " at line " + (mark.getLine() + 1)) + ": " + firstLine(problem);
    }
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    return where + ": " + firstLine(e.getOriginalMessage());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "not YAML";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  /** ", key 'github.perPage'," or nothing for the document itself. */
  private static String where(JsonParser parser, JsonToken token) {
    // A mapping's or list's own tag is read with its start, once the parser is inside it.
    JsonStreamContext context = parser.getParsingContext();
    String path = path(token.isStructStart() ? context.getParent() : context);
    return path.isEmpty() ? "" : ", key '" + path + "',";
  }

  /** Where the parser is, as the configuration docs write keys: {@code github.queries[1]}. */
  static String path(JsonStreamContext context) {
    StringBuilder sb = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        sb.insert(0, "[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        sb.insert(
            0, (c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
      }
    }
    return sb.toString();
  }

  /** {@code tag:yaml.org,2002:java.net.URL} as it was written: {@code !!java.net.URL}. */
  private static String shown(String tag) {
    if (tag.startsWith(CORE)) {
      return "!!" + tag.substring(CORE.length());
    }
    return tag.contains(":") ? "!<" + tag + ">" : "!" + tag;
  }
}
