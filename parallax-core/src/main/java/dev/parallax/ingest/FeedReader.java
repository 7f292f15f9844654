package dev.parallax.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.InputSource;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through ROME: each entry becomes one HTML document
 * ({@code path#entry-N}) whose content is the entry's {@code content:encoded} / Atom content, else
 * its description / summary; the entry's title, link and publication date, and the feed's title as
 * outlet, are declared metadata.
 *
 * <p>Feeds with a DOCTYPE are refused: no external entity or DTD is ever resolved (XXE), and no
 * entity expansion can blow up.
 */
final class FeedReader {
  /** Reads the feed in {@code bytes} (the XML parser honours its encoding declaration). */
  void read(String source, byte[] bytes, List<RawDocument> documents, List<InputFailure> failures) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(true);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      failures.add(new InputFailure(source, "not a readable RSS/Atom feed: " + firstLine(e)));
      return;
    }
    Optional<String> outlet = Optional.ofNullable(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      failures.add(new InputFailure(source, "feed has no entries"));
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String entrySource = source + "#entry-" + (i + 1);
      Optional<String> html = content(entry);
      if (html.isEmpty()) {
        failures.add(new InputFailure(entrySource, "feed entry has no content, description or summary"));
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      DeclaredMetadata declared = new DeclaredMetadata(
          Optional.ofNullable(entry.getTitle()),
          Optional.ofNullable(entry.getLink()).or(() -> Optional.ofNullable(entry.getUri()).filter(u -> u.startsWith("http"))),
          outlet,
          Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()),
          authors(entry));
      documents.add(new RawDocument(entrySource, RawDocument.Format.HTML, html.get(), declared));
    }
  }

  /** Atom {@code author} names, else Dublin Core {@code dc:creator}s, else RSS {@code author}. */
  static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null) {
        names.add(person.getName());
      }
    }
    if (names.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dc) {
      names.addAll(dc.getCreators());
    }
    if (names.isEmpty() && entry.getAuthor() != null) {
      names.add(entry.getAuthor());
    }
    return names.stream().map(FeedReader::withoutEmail).flatMap(Optional::stream).distinct().toList();
  }

  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");

  /** RSS writes "ana@example.org (Ana Ruiz)": the name; a bare address names nobody. */
  private static Optional<String> withoutEmail(String author) {
    Matcher m = EMAIL_WITH_NAME.matcher(author.strip());
    if (m.matches()) {
      return Optional.of(m.group(1).strip());
    }
    return author.contains("@") || author.isBlank() ? Optional.empty() : Optional.of(author.strip());
  }

  private static Optional<String> content(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null) {
        html.append(content.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      html.append(entry.getDescription().getValue());
    }
    return html.toString().isBlank() ? Optional.empty() : Optional.of(html.toString());
  }

  static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.lines().findFirst().orElse(message).strip();
    return line.length() <= 100 ? line : line.substring(0, 97) + "...";
  }
}
