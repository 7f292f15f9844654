package dev.parallax.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a story that holds two events: its articles fall into two groups that would not have joined
 * each other. Two neighbouring events on one subject (an airport opening and a visit to the same
 * territory in the same weeks) end up in one story when the first article of the second event
 * joins the first event's story and the rest follow it; moving articles one at a time cannot undo
 * that, since each of them fits the mixed story best.
 *
 * <p>The two groups are found by average-link agglomeration of the story's articles (pair scores
 * as the clusterer scores an article against a story of one article, both ways averaged). The story
 * is split when at least a third of each group ({@link #APART_SHARE}) scores the other group, as a
 * story, under its join threshold: had they arrived as two stories, neither would have joined the
 * other. A group of one article is not split off (an outlier is a question for moving articles, not
 * for splitting). Not thread-safe.
 */
final class StorySplitter {
  /** Stories of fewer articles are not split: two groups of two are the least that show two events. */
  static final int MIN_ARTICLES = 4;
  /** Bound on the pairwise work (the square of the story's size). */
  static final int MAX_ARTICLES = 200;
  /**
   * Share of each group that must score the other under its threshold. On pooled real stories
   * (DUC + Multi-News, both orders, three pools) a third and a quarter gave the same, and raised
   * B-cubed F1 a little more than a majority on two of the pools and as much on the third; two thirds
   * gained least.
   */
  static final double APART_SHARE = 1.0 / 3;

  private final StorySimilarity similarity;
  private final ClusteringConfig config;
  private final DocumentFrequencies termFrequencies;
  private final DocumentFrequencies entityFrequencies;

  StorySplitter(StorySimilarity similarity, ClusteringConfig config, DocumentFrequencies termFrequencies,
      DocumentFrequencies entityFrequencies) {
    this.similarity = similarity;
    this.config = config;
    this.termFrequencies = termFrequencies;
    this.entityFrequencies = entityFrequencies;
  }

  /**
   * The articles to split off into a story of their own (the smaller group), or empty when the
   * story is one event as far as this test can tell.
   *
   * @param articles the story's articles and their features, in the story's order
   */
  Optional<List<String>> splitOff(Map<String, ArticleFeatures> articles) {
    int n = articles.size();
    if (n < MIN_ARTICLES || n > MAX_ARTICLES) {
      return Optional.empty();
    }
    List<String> ids = List.copyOf(articles.keySet());
    List<List<Integer>> groups = twoGroups(pairScores(ids, articles));
    List<String> larger = idsOf(groups.get(0), ids);
    List<String> smaller = idsOf(groups.get(1), ids);
    if (smaller.size() < 2) {
      return Optional.empty();
    }
    boolean apart = apartShare(smaller, larger, articles) >= APART_SHARE
        && apartShare(larger, smaller, articles) >= APART_SHARE;
    return apart ? Optional.of(smaller) : Optional.empty();
  }

  /** Symmetric scores of every pair: each article against a story of the other alone, both ways averaged. */
  private double[][] pairScores(List<String> ids, Map<String, ArticleFeatures> articles) {
    int n = ids.size();
    List<StorySimilarity.Query> queries = new ArrayList<>(n);
    List<StoryProfile> alone = new ArrayList<>(n);
    for (String id : ids) {
      queries.add(similarity.query(articles.get(id)));
      alone.add(storyOf(List.of(id), articles));
    }
    double[][] scores = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double score = (similarity.score(queries.get(i), alone.get(j)).total()
            + similarity.score(queries.get(j), alone.get(i)).total()) / 2;
        scores[i][j] = score;
        scores[j][i] = score;
      }
    }
    return scores;
  }

  /** Average-link agglomeration down to two groups, the larger first. */
  private static List<List<Integer>> twoGroups(double[][] scores) {
    int n = scores.length;
    List<List<Integer>> groups = new ArrayList<>(n);
    double[][] sums = new double[n][];
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>(List.of(i)));
      sums[i] = scores[i].clone();
    }
    boolean[] gone = new boolean[n];
    for (int left = n; left > 2; left--) {
      int bestI = -1;
      int bestJ = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (gone[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (gone[j]) {
            continue;
          }
          double average = sums[i][j] / (groups.get(i).size() * groups.get(j).size());
          if (average > best) {
            best = average;
            bestI = i;
            bestJ = j;
          }
        }
      }
      groups.get(bestI).addAll(groups.get(bestJ));
      gone[bestJ] = true;
      for (int k = 0; k < n; k++) {
        sums[bestI][k] += sums[bestJ][k];
        sums[k][bestI] = sums[bestI][k];
      }
    }
    List<List<Integer>> two = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!gone[i]) {
        two.add(groups.get(i));
      }
    }
    two.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
    return two;
  }

  /** Share of {@code group} that scores {@code other}, as a story, under that story's join threshold. */
  private double apartShare(List<String> group, List<String> other, Map<String, ArticleFeatures> articles) {
    StoryProfile otherStory = storyOf(other, articles);
    double threshold = config.joinThreshold(other.size());
    int apart = 0;
    for (String id : group) {
      if (similarity.score(articles.get(id), otherStory).total() < threshold) {
        apart++;
      }
    }
    return (double) apart / group.size();
  }

  private StoryProfile storyOf(List<String> ids, Map<String, ArticleFeatures> articles) {
    StoryProfile story = new StoryProfile("scratch", -1);
    for (String id : ids) {
      story.add(id, articles.get(id), config.centroidTerms(), termFrequencies::idf, entityFrequencies::idf);
    }
    return story;
  }

  private static List<String> idsOf(List<Integer> indexes, List<String> ids) {
    List<String> out = new ArrayList<>(indexes.size());
    for (int i : indexes.stream().sorted().toList()) {
      out.add(ids.get(i));
    }
    return out;
  }
}
