package dev.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the format of content that comes without a file name (standard input). */
final class FormatSniffer {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A feed's root element after the prolog (XML declaration, comments, processing instructions). */
  private static final Pattern FEED_ROOT =
      Pattern.compile(
          "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*<(?:rss|feed|rdf:RDF)[\\s>]",
          Pattern.DOTALL);

  private FormatSniffer() {}

  static boolean isWarc(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.US_ASCII).startsWith("WARC/1.");
  }

  /** The kind of decoded-on-demand {@code bytes}: feed, HTML, JSON Feed, JSONL or text. */
  static FileKind kindOf(byte[] bytes) {
    String content = ContentSniffer.decode(bytes);
    String start = content.stripLeading();
    if (start.startsWith("<")) {
      String head = start.substring(0, Math.min(start.length(), 4096));
      return FEED_ROOT.matcher(head).find() ? FileKind.FEED : FileKind.HTML;
    }
    if (start.startsWith("{")) {
      if (isJsonFeed(content)) {
        return FileKind.JSON_FEED;
      }
      if (everyLineIsJsonObject(content)) {
        return FileKind.JSONL;
      }
    }
    return FileKind.TEXT;
  }

  private static boolean isJsonFeed(String content) {
    try {
      JsonNode root = JSON.readTree(content);
      return root != null && root.isObject()
          && root.path("version").asText("").toLowerCase(Locale.ROOT).contains("jsonfeed.org");
    } catch (Exception notOneDocument) {
      return false;
    }
  }

  private static boolean everyLineIsJsonObject(String content) {
    boolean any = false;
    for (String line : content.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          return false;
        }
        any = true;
      } catch (Exception notJson) {
        return false;
      }
    }
    return any;
  }
}
