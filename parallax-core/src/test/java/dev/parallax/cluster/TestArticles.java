package dev.parallax.cluster;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds analysed articles by hand for tests: a crude sentence split and mentions taken from runs
 * of capitalised words, so tests do not depend on the NLP stage.
 */
public final class TestArticles {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");
  private static final Pattern CAPITALISED = Pattern.compile("[A-Z][\\p{L}\\d'’-]*(?:[ \\t]+[A-Z][\\p{L}\\d'’-]*)*");
  private static final Set<String> NOT_NAMES =
      Set.of("The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And",
          "His", "Her", "Their", "This", "That", "After", "Before", "By", "For", "Officials", "According");

  private TestArticles() {}

  /** An article with id {@code id}, source {@code id + ".txt"}, and a date unless {@code date} is null. */
  public static AnalyzedArticle article(String id, String outlet, String date, String title, String body) {
    Optional<PublicationDate> published =
        date == null ? Optional.empty() : Optional.of(new PublicationDate(LocalDate.parse(date), "test", 1.0));
    Article article = new Article(id, id + ".txt", Optional.empty(), title, Optional.ofNullable(outlet),
        published, List.of(), body);
    List<Sentence> sentences = sentences(body);
    return new AnalyzedArticle(article, sentences, mentions(body, sentences), List.of());
  }

  /** A copy of {@code a} with a new id and date, same text. */
  public static AnalyzedArticle withIdAndDate(AnalyzedArticle a, String id, String date) {
    Article o = a.article();
    return article(id, o.outlet().orElse(null), date, o.title(), o.body());
  }

  private static List<Sentence> sentences(String body) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(body);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (start < end && Character.isWhitespace(body.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new Sentence(out.size(), start, end, body.substring(start, end)));
      }
    }
    return out;
  }

  private static List<Mention> mentions(String body, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(body);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String text = body.substring(start, end);
      // drop a leading function word ("The Varn Council" -> "Varn Council") and trailing dots
      String[] words = text.split("\\s+", 2);
      if (NOT_NAMES.contains(words[0])) {
        if (words.length == 1) {
          continue;
        }
        start = body.indexOf(words[1], start);
      }
      while (end > start && (body.charAt(end - 1) == '.' || body.charAt(end - 1) == '-')) {
        end--;
      }
      if (end <= start) {
        continue;
      }
      int s = sentenceOf(sentences, start);
      out.add(new Mention(body.substring(start, end), EntityType.OTHER, s, start, end));
    }
    return out;
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s.index();
      }
    }
    return 0;
  }
}
