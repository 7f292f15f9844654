package dev.parallax.cluster;

import dev.parallax.model.AnalyzedArticle;
import java.util.Collection;
import java.util.Objects;

/**
 * The same-event score of two articles, from the same parts the clusterer uses: the score of one
 * article against a story made of the other ({@link StorySimilarity}: TF-IDF cosine, entity
 * cosine, date gap), averaged over both directions so it is symmetric. Document frequencies come
 * from a reference corpus given up front (for example every article of the batch), since IDF over
 * two documents says nothing. Not thread-safe.
 */
public final class PairSimilarity {
  private final ClusteringConfig config;
  private final ArticleVectorizer vectorizer;
  private final DocumentFrequencies termFrequencies = new DocumentFrequencies();
  private final DocumentFrequencies entityFrequencies = new DocumentFrequencies();
  private final StorySimilarity similarity;

  /** A scorer with {@link ClusteringConfig#DEFAULTS} and document frequencies from {@code corpus}. */
  public PairSimilarity(Collection<AnalyzedArticle> corpus) {
    this(corpus, ClusteringConfig.DEFAULTS);
  }

  /** A scorer with the given tuning and document frequencies from {@code corpus}. */
  public PairSimilarity(Collection<AnalyzedArticle> corpus, ClusteringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.vectorizer = new ArticleVectorizer(config.titleWeight());
    this.similarity = new StorySimilarity(config, termFrequencies, entityFrequencies);
    for (AnalyzedArticle article : corpus) {
      ArticleFeatures features = vectorizer.vectorize(article);
      termFrequencies.add(features.terms().keySet());
      entityFrequencies.add(features.entities().keySet());
    }
  }

  /**
   * The score in [0,1]: near 1 for two reports of one event, near 0 for unrelated articles. It is
   * the square root of the mean one-way score: cosines of news texts crowd near 0 (unrelated texts
   * about 0.01, related ones 0.05 to 0.2, one event 0.2 and up), and the root spreads that low range
   * so the score grows about evenly with how alike people judge two articles.
   */
  public double score(AnalyzedArticle first, AnalyzedArticle second) {
    return Math.sqrt(rawScore(first, second));
  }

  /** The mean of the two one-way story scores, as the clusterer's threshold sees them. */
  public double rawScore(AnalyzedArticle first, AnalyzedArticle second) {
    ArticleFeatures a = vectorizer.vectorize(first);
    ArticleFeatures b = vectorizer.vectorize(second);
    return (oneWay(a, b) + oneWay(b, a)) / 2;
  }

  /** The detailed score of {@code article} against a story holding only {@code other}. */
  private double oneWay(ArticleFeatures article, ArticleFeatures other) {
    StoryProfile story = new StoryProfile("pair", 0);
    story.add("other", other, config.centroidTerms(), termFrequencies::idf, entityFrequencies::idf);
    return similarity.score(article, story).total();
  }
}
