package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.ingest.IngestResult;
import dev.parallax.ingest.InputReader;
import dev.parallax.model.Article;
import dev.parallax.model.InputFailure;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax extract FILE...}: the clean article text and metadata of any pages, files or URLs. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the article text and metadata (title, authors, publication date",
        "with its evidence and confidence, outlet, URL) of each document in the",
        "inputs, one after another.",
        "Inputs: .txt, .html/.htm, .jsonl, RSS/Atom feeds (.xml, .rss, .atom),",
        "JSON Feed (.json), WARC (.warc, .warc.gz), any of them gzipped (.gz),",
        "folders (recursively), and - for standard input (gzip, WARC and feeds",
        "recognised; HTML if it starts with <, JSONL if every line is a JSON",
        "object, else text), and http(s) URLs (robots.txt honoured; a feed URL",
        "gives its entries; --follow-feed-links fetches their pages instead)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  parallax extract page.html",
        "  parallax extract https://example.org/news/1",
        "  curl -s https://example.org/news/1 | parallax extract - --json"})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(names = "--json", description = "Print one JSON object per document, one a line.")
  boolean json;

  @Mixin FetchOptions fetch;

  @Spec CommandSpec spec;

  /** Standard input; a field so that tests can give their own. */
  InputStream stdin = System.in;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputReader reader = fetch.reader();
    ArticleExtractor extractor = new ArticleExtractor();
    int articles = 0;
    for (String input : inputs) {
      IngestResult result = input.equals("-") ? reader.readStream("-", stdin) : reader.readInputs(List.of(input));
      for (InputFailure failure : result.failures()) {
        err.println("parallax: skipped " + failure.source() + ": " + failure.reason());
      }
      for (RawDocument document : result.documents()) {
        try {
          Article article = extractor.extract(document);
          print(article, out);
          articles++;
        } catch (ExtractionException e) {
          err.println("parallax: skipped " + document.source() + ": " + e.getMessage());
        }
      }
      out.flush();
      err.flush();
    }
    if (articles == 0) {
      err.println("parallax: no article could be read from " + String.join(", ", inputs));
      err.flush();
      return ExitCodes.NOTHING_BRIEFED;
    }
    return ExitCodes.OK;
  }

  private void print(Article article, PrintWriter out) {
    if (json) {
      out.println(toJson(article));
      return;
    }
    out.println("== " + article.source());
    out.println("title:     " + article.title());
    out.println("authors:   " + (article.authors().isEmpty() ? "-" : String.join("; ", article.authors())));
    out.println("published: " + article.published().map(ExtractCommand::describe).orElse("-"));
    out.println("outlet:    " + article.outlet().orElse("-"));
    out.println("url:       " + article.url().orElse("-"));
    out.println("canonical: " + article.canonicalUrl().orElse("-"));
    out.println("modified:  " + article.modified().map(ExtractCommand::describe).orElse("-"));
    out.println("language:  " + article.language()
        .map(l -> String.format(Locale.ROOT, "%s (confidence %.2f)", l.code(), l.confidence())).orElse("-"));
    out.println();
    out.println(article.body());
    out.println();
  }

  private static String describe(PublicationDate date) {
    return String.format(Locale.ROOT, "%s (evidence %s, confidence %.2f)", date.date(), date.evidence(), date.confidence());
  }

  static String toJson(Article article) {
    ObjectNode node = JSON.createObjectNode();
    node.put("source", article.source());
    node.put("id", article.id());
    node.put("title", article.title());
    ArrayNode authors = node.putArray("authors");
    article.authors().forEach(authors::add);
    putDate(node, "published", article.published());
    putDate(node, "modified", article.modified());
    if (article.outlet().isPresent()) {
      node.put("outlet", article.outlet().get());
    } else {
      node.putNull("outlet");
    }
    if (article.url().isPresent()) {
      node.put("url", article.url().get());
    } else {
      node.putNull("url");
    }
    if (article.canonicalUrl().isPresent()) {
      node.put("canonicalUrl", article.canonicalUrl().get());
    } else {
      node.putNull("canonicalUrl");
    }
    if (article.language().isPresent()) {
      ObjectNode language = node.putObject("language");
      language.put("code", article.language().get().code());
      language.put("confidence", article.language().get().confidence());
    } else {
      node.putNull("language");
    }
    node.put("body", article.body());
    return node.toString();
  }

  private static void putDate(ObjectNode node, String field, Optional<PublicationDate> value) {
    if (value.isPresent()) {
      PublicationDate date = value.get();
      ObjectNode published = node.putObject(field);
      published.put("date", date.date().toString());
      published.put("evidence", date.evidence());
      published.put("confidence", date.confidence());
    } else {
      node.putNull(field);
    }
  }
}
