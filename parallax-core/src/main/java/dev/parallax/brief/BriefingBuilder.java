package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.CopyLink;
import dev.parallax.model.DetectedLanguage;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityEntry;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteEntry;
import dev.parallax.model.SourceEntry;
import dev.parallax.model.SourceSignals;
import dev.parallax.model.Story;
import dev.parallax.model.SummarySentence;
import dev.parallax.nlp.EntityResolution;
import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a story's briefing from its analysed articles and resolved entities, then runs the
 * {@link GroundingVerifier} over it. Deterministic; thread-safe.
 */
public final class BriefingBuilder {
  private static final int MAX_ENTITIES = 20;
  private static final int MAX_FACTS = 10;
  private static final int MAX_TIMELINE = 12;
  private static final int MAX_QUOTES = 12;
  private static final int MIN_QUOTE_WORDS = 4;

  private final Summarizer summarizer;
  private final GroundingVerifier verifier = new GroundingVerifier();

  public BriefingBuilder() {
    this(SummaryConfig.DEFAULT);
  }

  public BriefingBuilder(SummaryConfig config) {
    this.summarizer = new Summarizer(config);
  }

  /** The verified briefing of {@code story}; {@code entities} must come from the same articles. */
  public Briefing build(Story story, EntityResolution entities) {
    StoryArticles articles = StoryArticles.of(story);
    List<SourceEntry> sources = sources(articles, story);
    Map<String, Integer> numberOf = sources.stream()
        .collect(Collectors.toMap(SourceEntry::articleId, SourceEntry::number));

    AnalyzedArticle headlineArticle = articles.independent().get(HeadlineChooser.choose(articles));
    List<StorySentences.Item> claims = StorySentences.of(articles);
    // Open with the sentence chosen first (the most informative), then read in source order (date,
    // then position) whatever order the rest were chosen in.
    List<SummarySentence> chosen = summarizer.summarize(articles);
    List<SummarySentence> summary = new ArrayList<>(chosen.stream().limit(1).toList());
    chosen.stream().skip(1)
        .sorted(Comparator.comparingInt((SummarySentence s) -> numberOf.get(s.citations().get(0).articleId()))
            .thenComparingInt(s -> s.citations().get(0).sentence()))
        .forEach(summary::add);
    Briefing draft = new Briefing(
        Briefing.SCHEMA_VERSION,
        story.id(),
        headlineArticle.article().title(),
        numberOf.get(headlineArticle.id()),
        summary,
        FactGrouper.group(claims, MAX_FACTS),
        ConflictFinder.find(StorySentences.givingValues(articles), articles.opinionIds(), entities),
        TimelineBuilder.build(articles, MAX_TIMELINE),
        sources,
        entityEntries(entities, story),
        quotes(articles.independent(), entities),
        List.of(), Optional.empty());
    Map<String, Article> byId = story.articles().stream()
        .map(AnalyzedArticle::article)
        .collect(Collectors.toMap(Article::id, Function.identity()));
    return verifier.verify(draft, byId);
  }

  private static List<SourceEntry> sources(StoryArticles articles, Story story) {
    List<SourceEntry> out = new ArrayList<>();
    for (AnalyzedArticle analyzed : articles.ordered()) {
      Article a = analyzed.article();
      Optional<CopyLink> copy = story.copyOf(a.id());
      out.add(new SourceEntry(
          out.size() + 1,
          a.id(),
          a.source(),
          a.url(),
          a.outlet(),
          a.title(),
          a.published().map(PublicationDate::date),
          a.published().map(PublicationDate::evidence),
          a.authors(),
          copy.map(CopyLink::originalId),
          copy.map(CopyLink::similarity),
          new SourceSignals(
              Math.round(OpinionSignals.score(a.body()) * 100) / 100.0,
              OpinionSignals.isOpinion(a.body()),
              articles.earlierPhase(analyzed)),
          a.language().map(DetectedLanguage::code)));
    }
    return out;
  }


  /**
   * The story's entities, without single words the story also writes in lower case: those are
   * common words that opened a sentence ("Authorities said ...", "Route 9"), not names.
   */
  private static List<EntityEntry> entityEntries(EntityResolution resolution, Story story) {
    Set<String> lowercaseWords = new HashSet<>();
    for (AnalyzedArticle a : story.articles()) {
      for (String word : a.article().body().split("[^\\p{L}\\p{N}'’-]+")) {
        if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
          lowercaseWords.add(word);
        }
      }
    }
    return resolution.entities().stream()
        .filter(e -> e.name().contains(" ") || !lowercaseWords.contains(e.name().toLowerCase(java.util.Locale.ROOT)))
        .limit(MAX_ENTITIES)
        .map(e -> new EntityEntry(e.name(), e.type(), e.variants(), e.mentions(), e.articleIds().size()))
        .toList();
  }

  /** Quotes of at least a few words from independent articles, each once, speakers canonical. */
  private static List<QuoteEntry> quotes(List<AnalyzedArticle> independent, EntityResolution entities) {
    Map<String, QuoteEntry> byText = new LinkedHashMap<>();
    for (AnalyzedArticle a : independent) {
      for (Quote q : a.quotes()) {
        if (Words.count(q.text()) < MIN_QUOTE_WORDS) {
          continue;
        }
        String key = String.join(" ", Words.tokens(q.text()));
        Optional<String> speaker = q.speaker()
            .map(raw -> entities.entityOf(raw).map(Entity::name).orElse(raw));
        Citation where = new Citation(a.id(), a.article().source(), q.sentence(), q.start(), q.end());
        byText.putIfAbsent(key, new QuoteEntry(q.text(), speaker, where));
      }
    }
    return byText.values().stream().limit(MAX_QUOTES).toList();
  }
}
