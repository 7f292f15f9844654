package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.CopyLink;
import dev.parallax.model.Entity;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Sentence;
import dev.parallax.model.Story;
import dev.parallax.nlp.EntityResolution;
import dev.parallax.nlp.TimesAndNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-built analysed articles for briefing tests: sentences split at final punctuation so the
 * tests do not depend on the NLP models; quotes found between straight double quotes; times and
 * numbers found by the analysis stage's own {@link TimesAndNumbers} (without verbs: no POS tags).
 */
final class StoryFixtures {
  private static final Pattern SENTENCE = Pattern.compile("[^\\s].*?[.!?][\"”]?(?=\\s|$)", Pattern.DOTALL);
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");

  private StoryFixtures() {}

  static AnalyzedArticle article(String source, String outlet, String date, String title, String body) {
    Article a = new Article(Article.idFor(source), source, Optional.empty(), title, Optional.of(outlet),
        date == null ? Optional.empty() : Optional.of(new PublicationDate(LocalDate.parse(date), "test", 1.0)),
        List.of(), body);
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(body);
    while (m.find()) {
      sentences.add(new Sentence(sentences.size(), m.start(), m.end(), m.group()));
    }
    List<Quote> quotes = new ArrayList<>();
    Matcher q = QUOTE.matcher(body);
    while (q.find()) {
      int sentence = 0;
      for (Sentence s : sentences) {
        if (s.start() <= q.start()) {
          sentence = s.index();
        }
      }
      quotes.add(new Quote(q.group(1), Optional.of("Okafor-Lind"), sentence, q.start(1), q.end(1)));
    }
    TimesAndNumbers.Found found = new TimesAndNumbers().find(a, sentences);
    return new AnalyzedArticle(a, sentences, List.of(), quotes, found.times(), found.numbers(), found.anchor());
  }

  static Story story(List<AnalyzedArticle> articles, List<CopyLink> copies) {
    return new Story("story-0001", articles, copies);
  }

  static EntityResolution entities(Entity... entities) {
    return new EntityResolution() {
      @Override
      public List<Entity> entities() {
        return List.of(entities);
      }

      @Override
      public Optional<Entity> entityOf(String surface) {
        for (Entity e : entities) {
          if (e.name().equals(surface) || e.variants().contains(surface)) {
            return Optional.of(e);
          }
        }
        return Optional.empty();
      }
    };
  }

  /** Three reports and one opinion piece on a fictional bridge closure, plus a wire copy. */
  static List<AnalyzedArticle> bridgeStory() {
    return List.of(
        article("gazette.txt", "The Harbour Gazette", "2026-03-14", "Talmore bridge shut after cracks found in main span",
            "Engineers closed the Talmore bridge on Thursday after inspectors found cracks in its main steel span. "
                + "About 40,000 vehicles cross the bridge every day, according to the regional transport office. "
                + "Transport minister Maria Okafor-Lind said repairs would take at least six weeks.\n\n"
                + "\"We will not reopen the bridge until every weld has been checked,\" Okafor-Lind said. "
                + "Ferry operators have added extra crossings from Monday."),
        article("kestrel.html", "Kestrel Daily", "2026-03-14", "Cracks close Talmore bridge for six weeks",
            "The Talmore bridge was closed on Thursday when inspectors discovered cracks in the main steel span. "
                + "Minister Maria Okafor-Lind said repairs would take at least six weeks. "
                + "Commuters face long detours, and ferry operators have added extra crossings from Monday."),
        article("valley.txt", "Valley Post", "2026-03-15", "Talmore bridge cracks: what commuters need to know",
            "Inspectors found cracks in the main steel span of the Talmore bridge, which engineers closed on Thursday. "
                + "The regional transport office says about 40,000 vehicles use the bridge each day. "
                + "Extra ferry crossings start on Monday, and buses will be rerouted through Danby."),
        article("opinion.txt", "The Northbridge Courier", "2026-03-16", "Shameful neglect finally catches up with us!",
            "We were told for years that the bridge was safe. What a shameful, disastrous farce this is! "
                + "Did anyone in the so-called transport office ever look at the welds? We deserve better."),
        article("wire-copy.txt", "Bay Chronicle", "2026-03-15", "Bridge closed after cracks found",
            "Engineers closed the Talmore bridge on Thursday after inspectors found cracks in its main steel span. "
                + "About 40,000 vehicles cross the bridge every day, according to the regional transport office. "
                + "Transport minister Maria Okafor-Lind said repairs would take at least six weeks.\n\n"
                + "\"We will not reopen the bridge until every weld has been checked,\" Okafor-Lind said."));
  }
}
