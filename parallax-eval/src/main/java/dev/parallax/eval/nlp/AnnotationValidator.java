package dev.parallax.eval.nlp;

import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an annotated set for the mistakes an annotator makes: offsets that do not give the
 * annotated text, unknown or unused entity keys, overlapping names, names with a possessive or
 * stray punctuation, quote spans that do not sit inside quotation marks, speakers that are not a
 * person or organisation, and articles outside the agreed length.
 */
public final class AnnotationValidator {
  private static final String OPENING_MARKS = "“\"‘'`";
  private static final String CLOSING_MARKS = "”\"’'";

  private AnnotationValidator() {}

  /** Every problem found, as {@code story/article: message}; empty when the set is sound. */
  public static List<String> problems(List<AnnotatedStory> stories) {
    List<String> problems = new ArrayList<>();
    Set<String> articleIds = new HashSet<>();
    for (AnnotatedStory story : stories) {
      Set<String> used = new HashSet<>();
      for (AnnotatedArticle article : story.articles()) {
        String where = story.name() + "/" + article.id() + ": ";
        if (!articleIds.add(article.id())) {
          problems.add(where + "article id used twice in the set");
        }
        check(story, article, used, where, problems);
      }
      for (String key : story.entities().keySet()) {
        if (!used.contains(key)) {
          problems.add(story.name() + ": entity " + key + " is declared but never mentioned");
        }
      }
    }
    return problems;
  }

  private static void check(AnnotatedStory story, AnnotatedArticle article, Set<String> used, String where,
      List<String> problems) {
    String body = article.body();
    int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
    if (words < 150 || words > 400) {
      problems.add(where + words + " words, outside 150-400");
    }
    int previousEnd = -1;
    for (GoldMention m : article.mentions()) {
      String at = where + "mention '" + m.text() + "' at " + m.start() + ": ";
      if (m.start() < 0 || m.end() > body.length() || !body.substring(m.start(), m.end()).equals(m.text())) {
        problems.add(at + "offsets do not give its text");
        continue;
      }
      if (!story.entities().containsKey(m.entity())) {
        problems.add(at + "unknown entity key " + m.entity());
      }
      used.add(m.entity());
      if (m.start() < previousEnd) {
        problems.add(at + "overlaps the name before it");
      }
      previousEnd = m.end();
      if (!m.text().equals(m.text().strip()) || !Character.isLetterOrDigit(m.text().codePointAt(0))) {
        problems.add(at + "starts with space or punctuation");
      }
      if (m.text().endsWith("'s") || m.text().endsWith("’s") || m.text().endsWith(",")) {
        problems.add(at + "includes a possessive or comma");
      }
      if (m.end() < body.length() && Character.isLetterOrDigit(body.charAt(m.end()))
          || m.start() > 0 && Character.isLetterOrDigit(body.charAt(m.start() - 1))) {
        problems.add(at + "cuts a word");
      }
    }
    for (GoldQuote q : article.quotes()) {
      String at = where + "quote at " + q.start() + ": ";
      if (q.start() < 0 || q.end() > body.length() || q.end() <= q.start()
          || !body.substring(q.start(), q.end()).equals(q.text())) {
        problems.add(at + "offsets do not give its text");
        continue;
      }
      if (!q.text().equals(q.text().strip())) {
        problems.add(at + "starts or ends with space");
      }
      if (q.start() == 0 || OPENING_MARKS.indexOf(body.charAt(q.start() - 1)) < 0) {
        problems.add(at + "does not follow an opening quotation mark");
      }
      boolean paragraphEnd = q.end() == body.length() || body.startsWith("\n\n", q.end());
      if (!paragraphEnd && CLOSING_MARKS.indexOf(body.charAt(q.end())) < 0) {
        problems.add(at + "is not followed by a closing mark or a paragraph end");
      }
      q.speaker().ifPresent(key -> {
        GoldEntity speaker = story.entities().get(key);
        if (speaker == null) {
          problems.add(at + "unknown speaker key " + key);
        } else if (speaker.type() != EntityType.PERSON && speaker.type() != EntityType.ORGANISATION) {
          problems.add(at + "speaker " + key + " is a " + speaker.type());
        }
      });
    }
  }
}
