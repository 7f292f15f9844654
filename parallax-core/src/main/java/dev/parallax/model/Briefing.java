package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Parallax says about one story. Every text in it carries its provenance. The JSON form
 * of this record is the documented schema ({@code docs/briefing-schema.md}); the other renderings
 * are made from it.
 *
 * @param schemaVersion  the version of the JSON schema this briefing follows
 * @param storyId        the story's stable id
 * @param headline       the story's headline, an article title
 * @param headlineSource the source number whose title the headline is
 * @param summary        3-6 source sentences (verbatim or lightly compressed) with their citations, in reading order
 * @param facts          the claims several sentences make, most widely reported first
 * @param conflicts      quantities the outlets disagree on
 * @param timeline       dated events, in date order
 * @param sources        the story's articles, numbered for citation
 * @param entities       the people, organisations and places, variants merged
 * @param quotes         verbatim quotes with speakers
 * @param dropped        text the grounding check removed, with reasons (normally empty)
 * @param earlierPhase   the story this one is a later phase of (same subject, an earlier time: the
 *                       first of two summits months apart), when there is one
 */
public record Briefing(
    String schemaVersion,
    String storyId,
    String headline,
    int headlineSource,
    List<SummarySentence> summary,
    List<Fact> facts,
    List<Conflict> conflicts,
    List<TimelineEntry> timeline,
    List<SourceEntry> sources,
    List<EntityEntry> entities,
    List<QuoteEntry> quotes,
    List<GroundingIssue> dropped,
    Optional<StoryRef> earlierPhase) {

  /** The schema version written by this code. */
  public static final String SCHEMA_VERSION = "1.6";

  public Briefing {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(headline, "headline");
    summary = List.copyOf(summary);
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
    timeline = List.copyOf(timeline);
    sources = List.copyOf(sources);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    dropped = List.copyOf(dropped);
    Objects.requireNonNull(earlierPhase, "earlierPhase");
  }

  /** This briefing marked as a later phase of {@code earlier}. */
  public Briefing withEarlierPhase(StoryRef earlier) {
    return new Briefing(schemaVersion, storyId, headline, headlineSource, summary, facts, conflicts, timeline, sources,
        entities, quotes, dropped, Optional.of(earlier));
  }

  /** The number of distinct outlets, counting copies once (a copy adds no independent outlet). */
  public long independentOutlets() {
    return sources.stream()
        .filter(s -> !s.copyOf().isPresent())
        .map(s -> s.outlet().orElse(s.source()))
        .distinct()
        .count();
  }
}
