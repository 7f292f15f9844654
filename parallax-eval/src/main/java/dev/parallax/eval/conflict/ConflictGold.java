package dev.parallax.eval.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.PublicationDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gold set of conflicts: stories of a few short articles, each a JSONL file (one article per
 * line: {@code outlet}, {@code published} as YYYY-MM-DD, {@code title}, {@code text}), and a
 * {@code gold.json} naming every story file with the conflicts a careful reader finds in it
 * ({@code {file: {"conflicts": [{"kind": "number", "values": ["212", "190"]}], "lookalikes": [...]}}}).
 * By default our own bundled set of fictional stories (see its README).
 */
public final class ConflictGold {
  static final String BUNDLED = "/dev/parallax/eval/conflict/gold/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KINDS = Set.of(Conflict.NUMBER, Conflict.DATE, Conflict.PLACE, Conflict.NAME,
      Conflict.STANCE);

  /** A conflict as the gold states it: its kind and the values the outlets give, as written. */
  public record GoldConflict(String kind, List<String> values) {
    public GoldConflict {
      values = List.copyOf(values);
    }
  }

  /** One story of the set: its articles and its true conflicts. */
  public record GoldStory(String file, List<Article> articles, List<GoldConflict> conflicts) {
    public GoldStory {
      articles = List.copyOf(articles);
      conflicts = List.copyOf(conflicts);
    }
  }

  private interface FileSource {
    String read(String name) throws IOException;
  }

  private final String description;
  private final FileSource source;

  private ConflictGold(String description, FileSource source) {
    this.description = description;
    this.source = source;
  }

  /** The bundled gold set. */
  public static ConflictGold bundled() {
    return new ConflictGold("the bundled conflict gold set", name -> {
      try (InputStream in = ConflictGold.class.getResourceAsStream(BUNDLED + name)) {
        if (in == null) {
          throw new IOException("the bundled conflict gold set has no " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  /** A folder laid out like the bundled set: story JSONL files and {@code gold.json}. */
  public static ConflictGold inFolder(Path dir) {
    return new ConflictGold(dir.toString(), name -> {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IOException(dir + " has no " + name + (name.equals("gold.json") ? " (expected a conflict gold set)" : ""));
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    });
  }

  public String description() {
    return description;
  }

  /**
   * Every story the gold file names, in the file's order.
   *
   * @throws IOException when the gold file or a story cannot be read or is malformed (the message names the file)
   */
  public List<GoldStory> stories() throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(source.read("gold.json"));
    } catch (JsonProcessingException e) {
      throw new IOException(description + ": gold.json is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || root.isEmpty()) {
      throw new IOException(description + ": gold.json is not an object of stories");
    }
    List<GoldStory> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(new GoldStory(e.getKey(), articles(e.getKey()), conflicts(e.getKey(), e.getValue())));
    }
    return out;
  }

  private List<GoldConflict> conflicts(String file, JsonNode story) throws IOException {
    JsonNode list = story.get("conflicts");
    if (list == null || !list.isArray()) {
      throw new IOException(description + ": gold.json " + file + " has no \"conflicts\" list");
    }
    List<GoldConflict> out = new ArrayList<>();
    for (JsonNode c : list) {
      String kind = c.path("kind").asText();
      if (!KINDS.contains(kind)) {
        throw new IOException(description + ": gold.json " + file + " has a conflict of unknown kind \"" + kind
            + "\" (want one of " + KINDS + ")");
      }
      List<String> values = new ArrayList<>();
      c.path("values").forEach(v -> values.add(v.asText()));
      if (values.size() < 2) {
        throw new IOException(description + ": gold.json " + file + " has a " + kind + " conflict with fewer than two values");
      }
      out.add(new GoldConflict(kind, values));
    }
    return out;
  }

  private List<Article> articles(String file) throws IOException {
    List<Article> out = new ArrayList<>();
    String[] lines = source.read(file).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = description + ": " + file + "#" + (i + 1);
      JsonNode a;
      try {
        a = JSON.readTree(lines[i]);
      } catch (JsonProcessingException e) {
        throw new IOException(where + " is not JSON: " + e.getOriginalMessage());
      }
      for (String field : List.of("outlet", "published", "title", "text")) {
        if (!a.path(field).isTextual() || a.path(field).asText().isBlank()) {
          throw new IOException(where + " has no \"" + field + "\"");
        }
      }
      LocalDate published;
      try {
        published = LocalDate.parse(a.get("published").asText());
      } catch (DateTimeParseException bad) {
        throw new IOException(where + " has a bad \"published\": " + a.get("published").asText() + " (want YYYY-MM-DD)");
      }
      String sourceName = file + "#" + (i + 1);
      out.add(new Article(Article.idFor(sourceName), sourceName, Optional.empty(), a.get("title").asText(),
          Optional.of(a.get("outlet").asText()), Optional.of(new PublicationDate(published, "gold", 1.0)), List.of(),
          a.get("text").asText()));
    }
    if (out.size() < 2) {
      throw new IOException(description + ": " + file + " has fewer than two articles");
    }
    return out;
  }
}
