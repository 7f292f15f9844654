package dev.parallax.eval.nlp;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.nlp.EntityResolution;
import dev.parallax.nlp.EntityResolver;
import dev.parallax.nlp.TextAnalyzer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores {@link TextAnalyzer} and {@link EntityResolver} on an annotated set, one story at a time
 * (entities are resolved per story, as the pipeline does).
 *
 * <p>Mentions match when their spans are identical. Merging is scored over the matched mentions
 * only, so that span errors are not counted twice: a mention's found entity is
 * {@link EntityResolution#entityOf} of its text, its gold entity its annotated key. A found quote
 * matches a gold quote when their spans overlap (each used once); its speaker is right when
 * {@code entityOf(speaker)} is the found entity whose matched mentions are mostly the gold
 * speaker's, or, when the speaker resolves to no entity, when its words are one of the gold
 * speaker's annotated names.
 */
public final class NlpEval {
  private NlpEval() {}

  /** Analyses and scores every story of {@code stories}. */
  public static NlpReport run(List<AnnotatedStory> stories) {
    Tally tally = new Tally();
    TextAnalyzer analyzer = new TextAnalyzer();
    EntityResolver resolver = new EntityResolver();
    for (AnnotatedStory story : stories) {
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (AnnotatedArticle article : story.articles()) {
        analyzed.add(analyzer.analyze(asArticle(story, article)));
      }
      EntityResolution resolution = resolver.resolve(analyzed);
      scoreStory(story, analyzed, resolution, tally);
    }
    return tally.report();
  }

  /** The annotated article as the pipeline would see it after extraction. */
  public static Article asArticle(AnnotatedStory story, AnnotatedArticle article) {
    String source = "annotated/" + story.name() + "/" + article.id() + ".txt";
    return new Article(Article.idFor(source), source, Optional.empty(), article.title(), Optional.empty(),
        Optional.empty(), List.of(), article.body());
  }

  private static void scoreStory(AnnotatedStory story, List<AnalyzedArticle> analyzed, EntityResolution resolution,
      Tally tally) {
    // Matched mentions of the whole story: gold key and found entity name.
    List<String[]> matched = new ArrayList<>();
    for (int a = 0; a < analyzed.size(); a++) {
      AnnotatedArticle gold = story.articles().get(a);
      AnalyzedArticle found = analyzed.get(a);
      tally.articles++;
      tally.sentences += found.sentences().size();
      scoreMentions(story, gold, found, resolution, matched, tally);
    }
    scoreMerging(story.name(), matched, tally);
    Map<String, String> goldKeyOfFoundEntity = majorityGoldKey(matched);
    for (int a = 0; a < analyzed.size(); a++) {
      scoreQuotes(story, story.articles().get(a), analyzed.get(a), resolution, goldKeyOfFoundEntity, tally);
    }
  }

  private static void scoreMentions(AnnotatedStory story, AnnotatedArticle gold, AnalyzedArticle found,
      EntityResolution resolution, List<String[]> matched, Tally tally) {
    Map<Long, Mention> foundBySpan = new HashMap<>();
    found.mentions().forEach(m -> foundBySpan.put(span(m.start(), m.end()), m));
    Map<Long, GoldMention> goldBySpan = new HashMap<>();
    gold.mentions().forEach(m -> goldBySpan.put(span(m.start(), m.end()), m));
    String where = story.name() + "/" + gold.id();
    for (GoldMention g : gold.mentions()) {
      EntityType goldType = story.entities().get(g.entity()).type();
      Mention m = foundBySpan.get(span(g.start(), g.end()));
      if (m == null) {
        tally.mentions = tally.mentions.plus(new Counts(0, 0, 1));
        tally.typed = tally.typed.plus(new Counts(0, 0, 1));
        tally.errors.add(where + ": missed mention '" + g.text() + "' " + goldType + context(gold.body(), g.start(), g.end()));
        continue;
      }
      tally.mentions = tally.mentions.plus(new Counts(1, 0, 0));
      boolean typeRight = m.type() == goldType;
      tally.typed = tally.typed.plus(typeRight ? new Counts(1, 0, 0) : new Counts(0, 1, 1));
      tally.confusion.computeIfAbsent(goldType, k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
      if (!typeRight) {
        tally.errors.add(where + ": type of '" + g.text() + "' is " + m.type() + ", gold " + goldType);
      }
      String foundEntity = resolution.entityOf(m.text()).map(Entity::name).orElse("(none) " + m.text());
      matched.add(new String[] {g.entity(), foundEntity, g.text()});
    }
    for (Mention m : found.mentions()) {
      if (!goldBySpan.containsKey(span(m.start(), m.end()))) {
        tally.mentions = tally.mentions.plus(new Counts(0, 1, 0));
        tally.typed = tally.typed.plus(new Counts(0, 1, 0));
        tally.errors.add(where + ": spurious mention '" + m.text() + "' " + m.type() + context(gold.body(), m.start(), m.end()));
      }
    }
  }

  /** B-cubed and pairwise scores of the found entities against the gold keys, over matched mentions. */
  private static void scoreMerging(String story, List<String[]> matched, Tally tally) {
    int n = matched.size();
    for (int i = 0; i < n; i++) {
      int sameFound = 0;
      int sameGold = 0;
      int both = 0;
      for (int j = 0; j < n; j++) {
        boolean gold = matched.get(i)[0].equals(matched.get(j)[0]);
        boolean found = matched.get(i)[1].equals(matched.get(j)[1]);
        sameGold += gold ? 1 : 0;
        sameFound += found ? 1 : 0;
        both += gold && found ? 1 : 0;
        if (j > i) {
          if (gold && found) {
            tally.pairs = tally.pairs.plus(new Counts(1, 0, 0));
          } else if (found) {
            tally.pairs = tally.pairs.plus(new Counts(0, 1, 0));
          } else if (gold) {
            tally.pairs = tally.pairs.plus(new Counts(0, 0, 1));
          }
        }
      }
      tally.bcubedPrecisionSum += (double) both / sameFound;
      tally.bcubedRecallSum += (double) both / sameGold;
      tally.bcubedMentions++;
    }
    // One line per gold entity split over several found entities, and per found entity mixing gold ones.
    Map<String, Map<String, Integer>> foundOfGold = new TreeMap<>();
    Map<String, Map<String, Integer>> goldOfFound = new TreeMap<>();
    for (String[] m : matched) {
      foundOfGold.computeIfAbsent(m[0], k -> new TreeMap<>()).merge(m[1], 1, Integer::sum);
      goldOfFound.computeIfAbsent(m[1], k -> new TreeMap<>()).merge(m[0], 1, Integer::sum);
    }
    foundOfGold.forEach((gold, found) -> {
      if (found.size() > 1) {
        tally.errors.add(story + ": gold entity " + gold + " split into " + found);
      }
    });
    goldOfFound.forEach((found, gold) -> {
      if (gold.size() > 1) {
        tally.errors.add(story + ": found entity '" + found + "' merges gold " + gold);
      }
    });
  }

  private static Map<String, String> majorityGoldKey(List<String[]> matched) {
    Map<String, Map<String, Integer>> votes = new TreeMap<>();
    for (String[] m : matched) {
      votes.computeIfAbsent(m[1], k -> new TreeMap<>()).merge(m[0], 1, Integer::sum);
    }
    Map<String, String> result = new HashMap<>();
    votes.forEach((found, gold) -> result.put(found,
        gold.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    return result;
  }

  private static void scoreQuotes(AnnotatedStory story, AnnotatedArticle gold, AnalyzedArticle found,
      EntityResolution resolution, Map<String, String> goldKeyOfFoundEntity, Tally tally) {
    String where = story.name() + "/" + gold.id();
    List<Quote> unused = new ArrayList<>(found.quotes());
    for (GoldQuote g : gold.quotes()) {
      Quote exact = null;
      Quote overlapping = null;
      for (Quote q : unused) {
        if (q.start() == g.start() && q.end() == g.end()) {
          exact = q;
        }
        if (overlapping == null && q.start() < g.end() && g.start() < q.end()) {
          overlapping = q;
        }
      }
      Quote match = exact != null ? exact : overlapping;
      tally.quotes = tally.quotes.plus(exact != null ? new Counts(1, 0, 0) : new Counts(0, 0, 1));
      if (match == null) {
        tally.quotesOverlapping = tally.quotesOverlapping.plus(new Counts(0, 0, 1));
        tally.errors.add(where + ": missed quote \"" + shorten(g.text()) + "\" by " + g.speaker().orElse("-"));
        continue;
      }
      if (exact == null) {
        tally.errors.add(where + ": quote span \"" + shorten(match.text()) + "\" differs from gold \"" + shorten(g.text()) + "\"");
      }
      unused.remove(match);
      tally.quotesOverlapping = tally.quotesOverlapping.plus(new Counts(1, 0, 0));
      if (g.speaker().isEmpty()) {
        tally.unattributable++;
        if (match.speaker().isPresent()) {
          tally.unattributableGiven++;
          tally.errors.add(where + ": quote \"" + shorten(g.text()) + "\" has no speaker, given " + match.speaker().get());
        }
        continue;
      }
      GoldEntity speaker = story.entities().get(g.speaker().get());
      tally.attributable++;
      Optional<Entity> entity = match.speaker().flatMap(resolution::entityOf);
      boolean right = entity.map(e -> speaker.key().equals(goldKeyOfFoundEntity.get(e.name())))
          .orElseGet(() -> match.speaker().map(s -> namesOf(story, speaker.key()).contains(normal(s))).orElse(false));
      if (right) {
        tally.attributedRight++;
        if (entity.map(e -> normal(e.name()).equals(normal(speaker.name()))).orElse(false)) {
          tally.canonicalRight++;
        }
      } else {
        tally.errors.add(where + ": quote \"" + shorten(g.text()) + "\" by " + speaker.name() + ", found "
            + match.speaker().orElse("(none)") + entity.map(e -> " = " + e.name()).orElse(""));
      }
    }
    for (Quote q : unused) {
      tally.quotes = tally.quotes.plus(new Counts(0, 1, 0));
      tally.quotesOverlapping = tally.quotesOverlapping.plus(new Counts(0, 1, 0));
      tally.errors.add(where + ": spurious quote \"" + shorten(q.text()) + "\" by " + q.speaker().orElse("-"));
    }
  }

  private static List<String> namesOf(AnnotatedStory story, String key) {
    List<String> names = new ArrayList<>();
    names.add(normal(story.entities().get(key).name()));
    for (AnnotatedArticle a : story.articles()) {
      a.mentions().stream().filter(m -> m.entity().equals(key)).forEach(m -> names.add(normal(m.text())));
    }
    return names;
  }

  /** Lower case, no diacritics, hyphens as spaces, no leading "the". */
  static String normal(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Pd}]", " ").replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static String context(String body, int start, int end) {
    int from = Math.max(0, start - 30);
    int to = Math.min(body.length(), end + 30);
    String around = body.substring(from, start) + "<<" + body.substring(start, end) + ">>" + body.substring(end, to);
    return "  [" + around.replace('\n', ' ') + "]";
  }

  private static String shorten(String text) {
    return text.length() <= 50 ? text : text.substring(0, 47) + "...";
  }

  /** Running totals over the stories. */
  private static final class Tally {
    int articles;
    int sentences;
    Counts mentions = Counts.ZERO;
    Counts typed = Counts.ZERO;
    Map<EntityType, Map<EntityType, Integer>> confusion = new EnumMap<>(EntityType.class);
    double bcubedPrecisionSum;
    double bcubedRecallSum;
    int bcubedMentions;
    Counts pairs = Counts.ZERO;
    Counts quotes = Counts.ZERO;
    Counts quotesOverlapping = Counts.ZERO;
    int attributable;
    int attributedRight;
    int canonicalRight;
    int unattributable;
    int unattributableGiven;
    List<String> errors = new ArrayList<>();

    NlpReport report() {
      return new NlpReport(articles, sentences, mentions, typed, confusion,
          Counts.ratio(bcubedPrecisionSum, bcubedMentions), Counts.ratio(bcubedRecallSum, bcubedMentions), pairs,
          quotes, quotesOverlapping, attributable, attributedRight, canonicalRight, unattributable,
          unattributableGiven, errors);
    }
  }
}
