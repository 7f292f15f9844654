package dev.parallax.eval.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TimeML {@code .tml} files (TimeBank, AQUAINT, TempEval-3): the DCT, the TEXT with its tags
 * stripped, and the TIMEX3 spans mapped into that stripped text. Written as a small scanner rather
 * than an XML parser because the offsets must be exact character positions of the stripped text.
 */
public final class TimeMlReader {
  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
  private static final Pattern TIMEX = Pattern.compile("(?s)<TIMEX3\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** All {@code .tml} files under a folder (recursively), sorted by path. */
  public List<TimeMlDocument> readFolder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tml")
              && !f.getFileName().toString().startsWith("._"))
          .sorted()
          .map(this::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One TimeML file. */
  public TimeMlDocument read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One TimeML document given as a string. */
  public TimeMlDocument parse(String name, String xml) {
    Optional<LocalDate> dct = Optional.empty();
    Matcher timex = TIMEX.matcher(xml);
    while (timex.find()) {
      Map<String, String> attributes = attributes(timex.group(1));
      if ("CREATION_TIME".equals(attributes.get("functionInDocument"))) {
        Matcher d = DATE.matcher(attributes.getOrDefault("value", ""));
        if (d.lookingAt()) {
          dct = Optional.of(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
              Integer.parseInt(d.group(3))));
          break;
        }
      }
    }
    Matcher text = TEXT.matcher(xml);
    String body = text.find() ? text.group(1) : "";
    return strip(name, dct, body);
  }

  private static TimeMlDocument strip(String name, Optional<LocalDate> dct, String body) {
    StringBuilder out = new StringBuilder(body.length());
    List<GoldTimex> gold = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int close = body.indexOf('>', i);
        if (close < 0) {
          break;
        }
        String tag = body.substring(i + 1, close);
        if (tag.startsWith("/")) {
          String tagName = tag.substring(1).trim();
          if (tagName.equals("TIMEX3") && !open.isEmpty()) {
            Open o = open.pop();
            Map<String, String> a = o.attributes();
            gold.add(new GoldTimex(o.start(), out.length(), out.substring(o.start()),
                a.getOrDefault("type", ""), a.getOrDefault("value", ""),
                "CREATION_TIME".equals(a.get("functionInDocument"))));
          }
        } else if (tag.startsWith("TIMEX3") && !tag.endsWith("/")) {
          open.push(new Open(out.length(), attributes(tag)));
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String entity = semi > i && semi - i < 10 ? body.substring(i, semi + 1) : "&";
        out.append(decode(entity));
        i += entity.length();
      } else {
        out.append(c);
        i++;
      }
    }
    gold.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    return new TimeMlDocument(name, dct, out.toString(), gold);
  }

  private static String decode(String entity) {
    return switch (entity) {
      case "&amp;" -> "&";
      case "&lt;" -> "<";
      case "&gt;" -> ">";
      case "&quot;" -> "\"";
      case "&apos;" -> "'";
      default -> entity;
    };
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> map = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      map.put(m.group(1), m.group(2));
    }
    return map;
  }

  private record Open(int start, Map<String, String> attributes) {}
}
