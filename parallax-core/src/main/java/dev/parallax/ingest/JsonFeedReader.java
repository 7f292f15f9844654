package dev.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Feed (jsonfeed.org, versions 1 and 1.1): each item becomes one document
 * ({@code path#item-N}), HTML from {@code content_html}, else text from {@code content_text}, else
 * {@code summary}; the item's title, url, {@code date_published} and author names (the feed's when
 * the item has none), and the feed's title as outlet, are declared metadata.
 */
final class JsonFeedReader {
  private final ObjectMapper mapper = new ObjectMapper();

  void read(String source, String content, List<RawDocument> documents, List<InputFailure> failures) {
    JsonNode root;
    try {
      root = mapper.readTree(content);
    } catch (Exception e) {
      failures.add(new InputFailure(source, "invalid JSON: " + FeedReader.firstLine(e)));
      return;
    }
    if (root == null || !root.isObject() || !root.path("items").isArray()
        || !root.path("version").asText("").contains("jsonfeed.org")) {
      failures.add(new InputFailure(source, "not a JSON Feed (no \"version\": \"https://jsonfeed.org/...\" with \"items\")"));
      return;
    }
    Optional<String> outlet = text(root, "title");
    List<String> feedAuthors = authors(root);
    JsonNode items = root.get("items");
    if (items.isEmpty()) {
      failures.add(new InputFailure(source, "feed has no items"));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String itemSource = source + "#item-" + (i + 1);
      List<String> authors = authors(item);
      DeclaredMetadata declared = new DeclaredMetadata(
          text(item, "title"), text(item, "url").or(() -> text(item, "external_url")), outlet,
          text(item, "date_published").or(() -> text(item, "date_modified")),
          authors.isEmpty() ? feedAuthors : authors);
      Optional<String> html = text(item, "content_html");
      Optional<String> plain = text(item, "content_text").or(() -> text(item, "summary"));
      if (html.isPresent()) {
        documents.add(new RawDocument(itemSource, RawDocument.Format.HTML, html.get(), declared));
      } else if (plain.isPresent()) {
        documents.add(new RawDocument(itemSource, RawDocument.Format.TEXT, plain.get(), declared));
      } else {
        failures.add(new InputFailure(itemSource, "feed item has no content_html, content_text or summary"));
      }
    }
  }

  /** The names of {@code authors} (version 1.1: objects with a name), else of {@code author} (version 1). */
  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    JsonNode authors = node.path("authors");
    if (authors.isArray()) {
      authors.forEach(author -> text(author, "name").ifPresent(names::add));
    }
    if (names.isEmpty() && node.path("author").isObject()) {
      text(node.get("author"), "name").ifPresent(names::add);
    }
    return names;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }
}
