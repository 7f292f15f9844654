package dev.parallax.eval.salience;

import dev.parallax.brief.SalienceFeatures;
import dev.parallax.eval.ParallaxSummarizer;
import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.rouge.RougeConvention;
import dev.parallax.eval.rouge.RougeOptions;
import dev.parallax.eval.rouge.RougeResources;
import dev.parallax.eval.rouge.RougeScore;
import dev.parallax.eval.rouge.RougeScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits the summarizer's sentence prior: every summary candidate of every cluster is described by its
 * {@link SalienceFeatures} and scored against the cluster's reference summaries, and a least-squares
 * line maps the features to that score. The fitted weights are then written into the summarizer by
 * hand (a few constants), so a data set used here must not be one the summarizer is judged on.
 */
public final class SalienceFit {
  /** What a candidate is worth to a summary, computed from its ROUGE against the references. */
  public enum Target {
    /** ROUGE-2 precision: the share of its bigrams the references hold (a per-word value, as the greedy spends words). */
    R2_PRECISION,
    /** ROUGE-1 precision. */
    R1_PRECISION,
    /** The mean of ROUGE-1 and ROUGE-2 precision. */
    MEAN_PRECISION
  }

  /**
   * One candidate's features and its scores.
   *
   * @param cluster  its cluster's id
   * @param features as {@link SalienceFeatures#names()}
   * @param r1       ROUGE-1 recall and precision against the references
   * @param r2       ROUGE-2 recall and precision
   */
  public record Example(String cluster, List<Double> features, RougeScore r1, RougeScore r2) {
    double target(Target t) {
      return switch (t) {
        case R2_PRECISION -> r2.precision();
        case R1_PRECISION -> r1.precision();
        case MEAN_PRECISION -> (r1.precision() + r2.precision()) / 2;
      };
    }
  }

  /**
   * The fitted line.
   *
   * @param weights one weight per feature
   * @param r2      the share of the log target's within-cluster variance the fit explains
   */
  public record Fit(List<Double> weights, double r2, int examples) {}

  private final RougeScorer scorer;
  private final ParallaxSummarizer summarizer = new ParallaxSummarizer(100, false);

  /** @param rougeData the folder with ROUGE's data files, or null for the default place */
  public SalienceFit(Path rougeData) {
    // ROUGE-1.5.5 with Porter stemming as in the DUC setting; no length cut (one sentence is scored).
    this.scorer = new RougeScorer(new RougeOptions(RougeConvention.ROUGE_155, 2, 0, 0, true, false,
        RougeOptions.ModelMode.AVERAGE, 0.5, 0.95, 1000, RougeOptions.DEFAULT_SEED, false),
        RougeResources.locate(rougeData));
  }

  /** Every candidate of the clusters with its scores against its cluster's references. */
  public List<Example> examples(List<Cluster> clusters) {
    List<Example> out = new ArrayList<>();
    for (Cluster c : clusters) {
      List<List<String>> references = c.referenceLines();
      for (SalienceFeatures.Row row : SalienceFeatures.of(summarizer.story(c))) {
        Map<String, RougeScore> s = scorer.score(List.of(row.text().replaceAll("\\s+", " ")), references);
        out.add(new Example(c.id(), row.features(), s.get("ROUGE-1"), s.get("ROUGE-2")));
      }
    }
    return out;
  }

  /** Added to a target before its logarithm, so a candidate sharing nothing with the references stays finite. */
  public static final double TARGET_FLOOR = 0.05;

  /**
   * The least-squares fit of log({@value #TARGET_FLOOR} + target) on the features within each cluster
   * (both centred on the cluster's mean, so what is learned is which candidates of a story beat the
   * others, not which stories are easy); a tiny ridge keeps it solvable when a feature is constant.
   */
  public static Fit fit(List<Example> examples, Target target) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to fit");
    }
    int k = examples.get(0).features().size();
    Map<String, double[]> sums = new java.util.HashMap<>();
    for (Example e : examples) {
      double[] sum = sums.computeIfAbsent(e.cluster(), c -> new double[k + 2]);
      double[] x = row(e, target);
      for (int i = 0; i <= k; i++) {
        sum[i] += x[i];
      }
      sum[k + 1]++;
    }
    double[][] xtx = new double[k][k];
    double[] xty = new double[k];
    List<double[]> centred = new ArrayList<>();
    for (Example e : examples) {
      double[] sum = sums.get(e.cluster());
      double[] x = row(e, target);
      for (int i = 0; i <= k; i++) {
        x[i] -= sum[i] / sum[k + 1];
      }
      centred.add(x);
      for (int i = 0; i < k; i++) {
        xty[i] += x[i] * x[k];
        for (int j = 0; j < k; j++) {
          xtx[i][j] += x[i] * x[j];
        }
      }
    }
    for (int i = 0; i < k; i++) {
      xtx[i][i] += 1e-9 * examples.size();
    }
    double[] w = solve(xtx, xty);
    double residual = 0;
    double total = 0;
    for (double[] x : centred) {
      double p = 0;
      for (int i = 0; i < k; i++) {
        p += w[i] * x[i];
      }
      residual += (x[k] - p) * (x[k] - p);
      total += x[k] * x[k];
    }
    List<Double> weights = new ArrayList<>();
    for (double x : w) {
      weights.add(x);
    }
    return new Fit(weights, total == 0 ? 0 : 1 - residual / total, examples.size());
  }

  /** The features, then the log target. */
  private static double[] row(Example e, Target target) {
    double[] x = new double[e.features().size() + 1];
    for (int i = 0; i < e.features().size(); i++) {
      x[i] = e.features().get(i);
    }
    x[x.length - 1] = Math.log(TARGET_FLOOR + e.target(target));
    return x;
  }

  /** Gaussian elimination with partial pivoting on a copy of {@code a}. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[col][col]) < 1e-12) {
        throw new IllegalArgumentException("singular system: a feature is constant or a copy of another");
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }
}
