package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the decoded text of a JSONL file into one raw document per record. Each line is a JSON
 * object with {@code text} or {@code html} and optional {@code title}, {@code url}, {@code outlet},
 * {@code published}, and {@code authors} (a list of strings) or {@code author} (a string), carried
 * as declared authors like a feed entry's. Blank lines are skipped; a bad line becomes a failure for
 * {@code path#N}.
 */
final class JsonlReader {
  private static final int MAX_REASON_LENGTH = 80;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads every record of {@code content}, adding documents and failures in line order. */
  void read(String source, String content, List<RawDocument> documents, List<InputFailure> failures) {
    String[] lines = content.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      readRecord(source + "#" + (i + 1), line, documents, failures);
    }
  }

  /** Reads one record (a line of a JSONL stream), named {@code recordSource}: a document or a failure. */
  void readRecord(String recordSource, String line, List<RawDocument> documents, List<InputFailure> failures) {
    try {
      documents.add(toDocument(recordSource, line));
    } catch (BadRecord bad) {
      failures.add(new InputFailure(recordSource, bad.getMessage()));
    }
  }

  private RawDocument toDocument(String source, String line) throws BadRecord {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadRecord("invalid JSON: " + shortReason(e));
    }
    if (node == null || !node.isObject()) {
      throw new BadRecord("not a JSON object");
    }
    JsonNode text = node.get("text");
    JsonNode html = node.get("html");
    if (text == null && html == null) {
      throw new BadRecord("no \"text\" or \"html\" field");
    }
    // A non-blank "text" wins; "html" is used when there is no usable text.
    Optional<String> textValue = stringField(node, "text").filter(s -> !s.isBlank());
    Optional<String> htmlValue = stringField(node, "html").filter(s -> !s.isBlank());
    DeclaredMetadata declared =
        new DeclaredMetadata(
            stringField(node, "title"),
            stringField(node, "url"),
            stringField(node, "outlet"),
            stringField(node, "published"),
            authors(node));
    if (textValue.isPresent()) {
      return new RawDocument(source, RawDocument.Format.TEXT, textValue.get(), declared);
    }
    if (htmlValue.isPresent()) {
      return new RawDocument(source, RawDocument.Format.HTML, htmlValue.get(), declared);
    }
    if ((text != null && !text.isTextual() && !text.isNull())
        || (html != null && !html.isTextual() && !html.isNull())) {
      throw new BadRecord("\"text\"/\"html\" is not a string");
    }
    throw new BadRecord("blank text");
  }

  /** The record's {@code authors} list, else its single {@code author}; empty when it has neither. */
  private static List<String> authors(JsonNode node) throws BadRecord {
    JsonNode list = node.get("authors");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new BadRecord("\"authors\" is not a list of strings");
      }
      List<String> names = new ArrayList<>();
      for (JsonNode name : list) {
        if (!name.isTextual()) {
          throw new BadRecord("\"authors\" is not a list of strings");
        }
        names.add(name.asText());
      }
      return names;
    }
    JsonNode single = node.get("author");
    if (single != null && !single.isNull() && !single.isTextual()) {
      throw new BadRecord("\"author\" is not a string");
    }
    return single == null || single.isNull() ? List.of() : List.of(single.asText());
  }

  private static Optional<String> stringField(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** The first line of Jackson's message, without the location and source echo. */
  private static String shortReason(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    String firstLine = message.lines().findFirst().orElse(message).strip();
    return firstLine.length() <= MAX_REASON_LENGTH
        ? firstLine
        : firstLine.substring(0, MAX_REASON_LENGTH - 3) + "...";
  }

  /** A record that cannot become a document; the message is the failure reason. */
  private static final class BadRecord extends Exception {
    BadRecord(String reason) {
      super(reason, null, false, false);
    }
  }
}
