package dev.parallax.pipeline;

import dev.parallax.cluster.ClustererState;
import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.cluster.StoryMove;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigns articles to stories one at a time, as they arrive: each document is extracted, analysed
 * and added to one {@link StoryClusterer}, which puts it in the story it fits or starts a new one.
 * A story's id never changes and an arrival never moves other articles; the owner of the stream
 * calls {@link #reconcile} at the checkpoints it picks, and gets each correction as an explicit
 * {@link StoryMove}. Copies are not collapsed here (that needs the whole batch,
 * {@link BriefingPipeline}); a copy joins its original's story like any close report. Not
 * thread-safe: one stream per thread.
 */
public final class StoryStream {
  private final DocumentAnalysis analysis = new DocumentAnalysis();
  private final StoryClusterer clusterer;
  private final Map<String, String> sourceOf = new HashMap<>();
  private int articles;

  /**
   * What a stream keeps between runs ({@link StreamStateFile}): how many articles it assigned, the
   * source each came from, and everything its clusterer knows.
   */
  public record State(int format, int articles, Map<String, String> sources, ClustererState clusterer) {
    /** The layout version this build writes and reads. */
    public static final int FORMAT = 1;

    public State {
      Objects.requireNonNull(sources, "sources");
      Objects.requireNonNull(clusterer, "clusterer");
    }
  }

  /** What became of one document: the story it joined or started, or why it was not used. */
  public record Outcome(Optional<Assigned> assigned, Optional<InputFailure> failure) {
    public Outcome {
      Objects.requireNonNull(assigned, "assigned");
      Objects.requireNonNull(failure, "failure");
      if (assigned.isPresent() == failure.isPresent()) {
        throw new IllegalArgumentException("an outcome is an assignment or a failure");
      }
    }
  }

  /** An article placed in a story; {@code startedStory} when the article is the story's first. */
  public record Assigned(AnalyzedArticle article, String storyId, boolean startedStory) {}

  /** A stream with the default clustering tuning. */
  public StoryStream() {
    this(ClusteringConfig.DEFAULTS);
  }

  /** A stream with the given clustering tuning. */
  public StoryStream(ClusteringConfig config) {
    this(new StoryClusterer(config));
  }

  private StoryStream(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  /**
   * A stream that goes on from a saved {@link #state()}: the same stories, ids and open assignments.
   *
   * @throws IllegalArgumentException when the state is of another format or does not hold together
   */
  public static StoryStream fromState(State state) {
    if (state.format() != State.FORMAT) {
      throw new IllegalArgumentException("stream state format " + state.format() + ", this build reads " + State.FORMAT);
    }
    StoryStream stream = new StoryStream(StoryClusterer.fromState(state.clusterer()));
    stream.articles = state.articles();
    stream.sourceOf.putAll(state.sources());
    return stream;
  }

  /** Everything this stream knows, for {@link #fromState}; the stream is not changed. */
  public State state() {
    return new State(State.FORMAT, articles, new HashMap<>(sourceOf), clusterer.state());
  }

  /**
   * Extracts, analyses and assigns one document. A document with no article text, or one whose
   * source was already added, is a failure naming its source; the stream goes on.
   */
  public Outcome add(RawDocument document) {
    DocumentAnalysis.Result analysed = analysis.analyze(document);
    if (analysed.failure() != null) {
      return new Outcome(Optional.empty(), Optional.of(analysed.failure()));
    }
    AnalyzedArticle article = analysed.article();
    if (clusterer.storyOf(article.id()).isPresent()) {
      return failed(document, "read twice (already in " + clusterer.storyOf(article.id()).get() + ")");
    }
    int storiesBefore = clusterer.storyCount();
    String story = clusterer.add(article);
    sourceOf.put(article.id(), article.article().source());
    articles++;
    return new Outcome(Optional.of(new Assigned(article, story, clusterer.storyCount() > storiesBefore)),
        Optional.empty());
  }

  private static Outcome failed(RawDocument document, String reason) {
    return new Outcome(Optional.empty(), Optional.of(new InputFailure(document.source(), reason)));
  }

  /** Corrects the recent assignments ({@link StoryClusterer#reconcile}) and returns the corrections. */
  public List<StoryMove> reconcile() {
    return clusterer.reconcile();
  }

  /** Story id to its article ids, in creation order (stories emptied by corrections left out). */
  public Map<String, List<String>> stories() {
    return clusterer.stories();
  }

  /** The story that {@code storyId} is a later phase of, when one was found. */
  public Optional<String> earlierPhaseOf(String storyId) {
    return clusterer.earlierPhaseOf(storyId);
  }

  /** The source an assigned article was read from; empty for an unknown article. */
  public Optional<String> sourceOf(String articleId) {
    return Optional.ofNullable(sourceOf.get(articleId));
  }

  /** Articles assigned so far (in earlier runs too, for a stream resumed from its state). */
  public int articles() {
    return articles;
  }
}
