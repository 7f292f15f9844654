package dev.parallax.cluster;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link StoryClusterer} knows, as plain data, so that a stream can stop and later go
 * on where it stopped with the same story ids: {@link StoryClusterer#state()} captures it and
 * {@link StoryClusterer#fromState} rebuilds a clusterer that continues exactly as the first would
 * have. Written to disk by whoever owns the stream (as JSON, for instance); dates are ISO strings.
 *
 * @param format         {@link #FORMAT}, the layout these fields follow
 * @param config         the tuning the stories were built with
 * @param terms          document frequencies of the stemmed words
 * @param entities       document frequencies of the entity keys
 * @param stories        every story ever created, in creation order (withdrawn and retired ones too:
 *                       ids are never reused)
 * @param earlierPhases  story id to the id of the story it is a later phase of
 * @param open           the recent arrivals a reconcile may still move, oldest first
 * @param counted        ids of every article counted in the document frequencies
 * @param recentDates    dates of the last dated arrivals, oldest first (the retirement watermark)
 */
public record ClustererState(
    int format,
    ClusteringConfig config,
    Frequencies terms,
    Frequencies entities,
    List<Story> stories,
    Map<String, String> earlierPhases,
    List<OpenArticle> open,
    List<String> counted,
    List<String> recentDates) {

  /** The layout version this build writes and reads. */
  public static final int FORMAT = 1;

  public ClustererState {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(earlierPhases, "earlierPhases");
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(recentDates, "recentDates");
  }

  /** How many of {@code documents} contained each key. */
  public record Frequencies(int documents, Map<String, Integer> counts) {
    public Frequencies {
      Objects.requireNonNull(counts, "counts");
    }
  }

  /**
   * One story: its centroid sums, articles, date counts and era counts (of its undated articles), the
   * retrieval keys it is indexed under ({@code indexKeys} null when it is out of the candidate index,
   * {@code archiveKeys} null when it is not in the archive of earlier phases), and its cached vector
   * norms with the document count each was computed at (norm −1 when not computed).
   */
  public record Story(
      String id,
      List<String> articles,
      Map<String, Double> terms,
      Map<String, Double> entities,
      Map<String, Integer> dates,
      Map<Integer, Integer> eras,
      List<String> indexKeys,
      List<String> archiveKeys,
      double termNorm,
      int termNormAt,
      double entityNorm,
      int entityNormAt) {
    public Story {
      Objects.requireNonNull(id, "story id");
      Objects.requireNonNull(articles, "articles of " + id);
      Objects.requireNonNull(terms, "terms of " + id);
      Objects.requireNonNull(entities, "entities of " + id);
      Objects.requireNonNull(dates, "dates of " + id);
      Objects.requireNonNull(eras, "eras of " + id);
    }
  }

  /**
   * An open article's features: unit term and entity vectors, its date (null when undated) and, when undated,
   * the year its text points to (null when none).
   */
  public record OpenArticle(String id, Map<String, Double> terms, Map<String, Double> entities, String date,
      Integer era) {
    public OpenArticle {
      Objects.requireNonNull(id, "open article id");
      Objects.requireNonNull(terms, "terms of " + id);
      Objects.requireNonNull(entities, "entities of " + id);
    }
  }
}
