package dev.opboot.generate.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of a YAML (or JSON) file as trees, and the line of every node by its YAML path
 * ({@code spec.versions[0].name}), so that an error can point into the file. The lines are worked
 * out only when a message asks for one, by reading the document again without building a tree:
 * keeping them for every node of a large CRD would take more memory than the tree itself.
 */
final class LocatedYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One document: its tree, and where each of its nodes starts, found on first use. */
  static final class Document {
    private final JsonNode root;
    private final String text;
    private final int index;
    private Map<String, int[]> positions;

    Document(JsonNode root, String text, int index) {
      this.root = root;
      this.text = text;
      this.index = index;
    }

    JsonNode root() {
      return root;
    }

    /**
     * Line and column of the node at {@code path}, or of its nearest ancestor that has them; 0, 0
     * if none.
     */
    int[] position(String path) {
      if (positions == null) {
        positions = positionsOf(text, index);
      }
      String p = path;
      while (true) {
        int[] position = positions.get(p);
        if (position != null) {
          return position;
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        if (cut <= 0) {
          return positions.getOrDefault("", new int[] {0, 0});
        }
        p = p.substring(0, cut);
      }
    }
  }

  /** A file that is not YAML, with the line and column the parser stopped at. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private LocatedYaml() {}

  static List<Document> read(String text) throws SyntaxError {
    List<Document> documents = new ArrayList<>();
    try (JsonParser parser = Yamls.reading().createParser(text)) {
      JsonToken token;
      int index = 0;
      while ((token = parser.nextToken()) != null) {
        JsonNode root = value(parser, token);
        if (!root.isNull()) {
          documents.add(new Document(root, text, index));
        }
        index++;
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("not YAML");
      throw new SyntaxError(
          message, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    } catch (IOException e) {
      throw new SyntaxError(e.getMessage(), 0, 0);
    }
    return documents;
  }

  private static int[] at(JsonParser p) {
    JsonLocation location = p.currentTokenLocation();
    return new int[] {location.getLineNr(), location.getColumnNr()};
  }

  /** Where each node of the {@code index}-th document of {@code text} starts, by YAML path. */
  private static Map<String, int[]> positionsOf(String text, int index) {
    Map<String, int[]> lines = new HashMap<>();
    try (JsonParser parser = Yamls.reading().createParser(text)) {
      JsonToken token = parser.nextToken();
      for (int i = 0; i < index && token != null; i++) {
        parser.skipChildren();
        token = parser.nextToken();
      }
      if (token != null) {
        positions(parser, token, "", lines);
      }
    } catch (IOException e) {
      // the text was read once already; without positions, messages name the path only
    }
    return lines;
  }

  private static void positions(
      JsonParser p, JsonToken token, String path, Map<String, int[]> lines) throws IOException {
    lines.putIfAbsent(path, at(p));
    if (token == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String child = path.isEmpty() ? name : path + "." + name;
        lines.put(child, at(p));
        positions(p, p.nextToken(), child, lines);
      }
    } else if (token == JsonToken.START_ARRAY) {
      JsonToken next;
      for (int i = 0; (next = p.nextToken()) != JsonToken.END_ARRAY; i++) {
        positions(p, next, path + "[" + i + "]", lines);
      }
    }
  }

  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          object.set(name, value(p, p.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          array.add(value(p, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IOException("unexpected " + token);
    }
  }
}
