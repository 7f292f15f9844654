package dev.parallax.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The article described by a page's JSON-LD ({@code NewsArticle}, {@code Article} and kin), found
 * at top level, in an array or in an {@code @graph}. Unparseable scripts are ignored: JSON-LD is a
 * hint, never a reason to fail.
 */
record JsonLdArticle(
    Optional<String> headline,
    Optional<String> datePublished,
    Optional<String> dateModified,
    List<String> authors,
    Optional<String> publisher,
    Optional<String> url) {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "reviewnewsarticle",
          "liveblogposting", "report");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  /** The first article node among {@code scripts} (the texts of JSON-LD script elements). */
  static Optional<JsonLdArticle> find(List<String> scripts) {
    for (String script : scripts) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script);
      } catch (Exception unparseable) {
        continue;
      }
      Optional<JsonNode> article = findArticleNode(root, 0);
      if (article.isPresent()) {
        return Optional.of(from(article.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticleNode(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<JsonNode> found = findArticleNode(item, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isArticleType(node.get("@type"))) {
      return Optional.of(node);
    }
    Optional<JsonNode> inGraph = findArticleNode(node.get("@graph"), depth + 1);
    return inGraph.isPresent() ? inGraph : findArticleNode(node.get("mainEntity"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().strip().toLowerCase(Locale.ROOT));
  }

  private static JsonLdArticle from(JsonNode node) {
    Optional<String> headline = text(node.get("headline")).or(() -> text(node.get("name")));
    List<String> authors = new ArrayList<>();
    collectNames(node.get("author"), authors);
    Optional<String> url =
        text(node.get("url"))
            .or(() -> text(node.get("mainEntityOfPage")))
            .or(() -> Optional.ofNullable(node.get("mainEntityOfPage")).flatMap(m -> text(m.get("@id"))))
            .filter(u -> u.startsWith("http"));
    return new JsonLdArticle(
        headline,
        text(node.get("datePublished")),
        text(node.get("dateModified")),
        authors,
        name(node.get("publisher")),
        url);
  }

  private static void collectNames(JsonNode node, List<String> names) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collectNames(item, names));
    } else {
      name(node).ifPresent(names::add);
    }
  }

  /** The name of a string or an object with {@code name}. */
  private static Optional<String> name(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return text(node);
    }
    if (node.isArray() && !node.isEmpty()) {
      return name(node.get(0));
    }
    return node.isObject() ? text(node.get("name")) : Optional.empty();
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return Optional.empty();
    }
    // Many sites put HTML-escaped text in JSON-LD ("&#8216;Quoted&#8217;").
    String value = TextPageCleaner.normalise(Parser.unescapeEntities(node.asText(), false));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
