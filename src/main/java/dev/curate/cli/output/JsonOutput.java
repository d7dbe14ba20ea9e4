package dev.curate.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.curate.draft.UntrustedText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * How every JSON document curate prints on stdout is written ({@code rank --json}, and each command
 * with {@code --json} after it): one object on one line, {@code "schemaVersion"} its first field,
 * then the document's own fields in their declared order.
 *
 * <p>{@value #SCHEMA_VERSION} is the version of the documents' shapes as the README describes them.
 * A change that would break a script reading them (a field removed, renamed or given another type)
 * raises it; a field added does not.
 */
public final class JsonOutput {
  public static final int SCHEMA_VERSION = 1;

  private final ObjectMapper mapper =
      new ObjectMapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          // The caller owns the stream: stdout must stay open for whatever follows.
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .registerModule(
              new SimpleModule("visible text").addSerializer(String.class, new VisibleText()));

  /**
   * Every string leaves without bidirectional controls, zero-width and tag characters ({@link
   * UntrustedText#visible}). JSON escapes control characters but not these, and a terminal or a
   * {@code jq} pipe renders them: a title with U+202E would read backwards there too. Machine
   * output otherwise carries the text as fetched: whole (not cut), with its line breaks.
   */
  private static final class VisibleText extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    VisibleText() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeString(UntrustedText.visible(value));
    }
  }

  /**
   * Writes the document, a newline, and flushes; {@code out} stays open.
   *
   * @param document a record (or anything Jackson writes as an object)
   */
  public void write(Object document, Writer out) throws IOException {
    mapper.writeValue(out, versioned(document));
    out.write('\n');
    out.flush();
  }

  /** The document as a string, without the trailing newline. */
  public String toJson(Object document) {
    StringWriter out = new StringWriter();
    try {
      mapper.writeValue(out, versioned(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private ObjectNode versioned(Object document) {
    // Through the mapper's own serializers, so the visible-text filter applies before the fields
    // are put behind schemaVersion.
    JsonNode fields = mapper.valueToTree(document);
    if (!(fields instanceof ObjectNode object)) {
      throw new IllegalArgumentException(
          "a JSON document is an object, not " + fields.getNodeType());
    }
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.setAll(object);
    return root;
  }
}
