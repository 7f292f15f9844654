package dev.parallax.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Title, publication date and byline accuracy on pages with a gold record of each: a folder of
 * HTML pages with a {@code gold.json} ({@code {file: {title, published: "YYYY-MM-DD" | null,
 * authors: [names]}}}), by default our own bundled set of fictional pages in varied layouts.
 */
public final class MetadataBenchmark {
  /** Where the bundled gold set lives on the classpath. */
  static final String BUNDLED = "/dev/parallax/eval/extract/metadata/";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a careful reader says the page states. */
  record Gold(String title, Optional<LocalDate> published, List<String> authors) {}

  /**
   * The scores of one run.
   *
   * @param pages         pages scored
   * @param datesRight    pages whose date is the gold day, or absent when the gold has none
   * @param goldDated     pages whose gold has a date
   * @param datesMissing  of those, pages where no date was found
   * @param datesGuessed  pages whose gold has no date but a date was given
   * @param authorsRight  author names found that are gold authors of their page
   * @param authorsFound  author names found
   * @param authorsGold   gold author names
   * @param titlesRight   pages whose title is the gold title (whitespace normalised)
   * @param errors        one line per wrong field: page, field, what was found and what is right
   */
  public record Report(int pages, int datesRight, int goldDated, int datesMissing, int datesGuessed,
      int authorsRight, int authorsFound, int authorsGold, int titlesRight, List<String> errors) {
    public Report {
      errors = List.copyOf(errors);
    }

    /** The report as a few lines of text. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "date (same day, \"no date\" right when the gold has none): %d/%d = %.3f%n",
          datesRight, pages, ratio(datesRight, pages)));
      out.append(String.format(Locale.ROOT, "  %d pages dated in the gold: %d missing; %d undated pages given a date%n",
          goldDated, datesMissing, datesGuessed));
      out.append(String.format(Locale.ROOT, "authors: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
          ratio(authorsRight, authorsFound), authorsRight, authorsFound, ratio(authorsRight, authorsGold), authorsRight,
          authorsGold));
      out.append(String.format(Locale.ROOT, "title: %d/%d = %.3f%n", titlesRight, pages, ratio(titlesRight, pages)));
      if (!errors.isEmpty()) {
        out.append("errors:\n");
        errors.forEach(e -> out.append("  ").append(e).append('\n'));
      }
      return out.toString();
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  private interface PageSource {
    String read(String name) throws IOException;
  }

  private final String description;
  private final PageSource source;

  private MetadataBenchmark(String description, PageSource source) {
    this.description = description;
    this.source = source;
  }

  /** The bundled gold set (20 fictional pages, see its README). */
  public static MetadataBenchmark bundled() {
    return new MetadataBenchmark("the bundled gold set", name -> {
      try (InputStream in = MetadataBenchmark.class.getResourceAsStream(BUNDLED + name)) {
        if (in == null) {
          throw new IOException("bundled metadata set has no " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  /** A folder laid out like the bundled set: HTML pages and {@code gold.json}. */
  public static MetadataBenchmark inFolder(Path dir) {
    return new MetadataBenchmark(dir.toString(), name -> {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IOException(dir + " has no " + name + (name.equals("gold.json") ? " (expected a metadata gold set)" : ""));
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    });
  }

  public String description() {
    return description;
  }

  /**
   * Extracts every page of the gold file and scores it.
   *
   * @throws IOException when the gold file or a page it names cannot be read, or the gold is malformed
   */
  public Report run() throws IOException {
    Map<String, Gold> gold = gold();
    ArticleExtractor extractor = new ArticleExtractor();
    int datesRight = 0;
    int goldDated = 0;
    int datesMissing = 0;
    int datesGuessed = 0;
    int authorsRight = 0;
    int authorsFound = 0;
    int authorsGold = 0;
    int titlesRight = 0;
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, Gold> entry : gold.entrySet()) {
      String name = entry.getKey();
      Gold want = entry.getValue();
      Optional<Article> article;
      try {
        article = Optional.of(extractor.extract(
            new RawDocument(name, RawDocument.Format.HTML, source.read(name), DeclaredMetadata.NONE)));
      } catch (ExtractionException noArticle) {
        article = Optional.empty();
        errors.add(name + ": no article extracted (" + noArticle.getMessage() + ")");
      }
      Optional<LocalDate> date = article.flatMap(Article::published).map(PublicationDate::date);
      if (date.equals(want.published())) {
        datesRight++;
      } else {
        errors.add(name + ": date " + date.map(LocalDate::toString).orElse("none") + ", gold "
            + want.published().map(LocalDate::toString).orElse("none")
            + article.flatMap(Article::published).map(p -> " (from " + p.evidence() + ")").orElse(""));
      }
      if (want.published().isPresent()) {
        goldDated++;
        datesMissing += date.isEmpty() ? 1 : 0;
      } else {
        datesGuessed += date.isPresent() ? 1 : 0;
      }
      List<String> found = article.map(Article::authors).orElse(List.of());
      List<String> wantKeys = want.authors().stream().map(ZyteBenchmark::nameKey).toList();
      int right = (int) found.stream().map(ZyteBenchmark::nameKey).distinct().filter(wantKeys::contains).count();
      authorsRight += right;
      authorsFound += found.size();
      authorsGold += want.authors().size();
      if (right != found.size() || right != want.authors().size()) {
        errors.add(name + ": authors " + found + ", gold " + want.authors());
      }
      String title = article.map(Article::title).map(MetadataBenchmark::spaces).orElse("");
      if (title.equals(spaces(want.title()))) {
        titlesRight++;
      } else {
        errors.add(name + ": title \"" + title + "\", gold \"" + want.title() + "\"");
      }
    }
    return new Report(gold.size(), datesRight, goldDated, datesMissing, datesGuessed, authorsRight, authorsFound,
        authorsGold, titlesRight, errors);
  }

  private Map<String, Gold> gold() throws IOException {
    JsonNode root = JSON.readTree(source.read("gold.json"));
    if (root == null || !root.isObject() || root.isEmpty()) {
      throw new IOException(description + ": gold.json is not an object of pages");
    }
    Map<String, Gold> gold = new java.util.TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode item = e.getValue();
      JsonNode title = item.get("title");
      if (title == null || !title.isTextual()) {
        throw new IOException(description + ": gold.json " + e.getKey() + " has no \"title\"");
      }
      Optional<LocalDate> published;
      try {
        published = item.path("published").isTextual()
            ? Optional.of(LocalDate.parse(item.get("published").asText()))
            : Optional.empty();
      } catch (java.time.format.DateTimeParseException bad) {
        throw new IOException(description + ": gold.json " + e.getKey() + " has a bad \"published\": "
            + item.get("published").asText() + " (want YYYY-MM-DD or null)");
      }
      List<String> authors = new ArrayList<>();
      item.path("authors").forEach(a -> authors.add(a.asText()));
      gold.put(e.getKey(), new Gold(title.asText(), published, authors));
    }
    return gold;
  }

  private static String spaces(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
