package dev.parallax.eval.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * How a found clustering compares with the true one.
 *
 * <p>B-cubed (Bagga and Baldwin 1998): for each document, precision is the share of its found cluster that
 * shares its true story, recall the share of its true story that is in its found cluster; both are averaged over
 * documents. Pairwise: precision and recall over the pairs of documents put together. F1 is the harmonic mean.
 *
 * @param documents      documents scored
 * @param trueStories    number of true stories
 * @param foundStories   number of found clusters
 * @param bcubedPrecision B-cubed precision
 * @param bcubedRecall    B-cubed recall
 * @param bcubedF1        B-cubed F1
 * @param pairPrecision   pairwise precision (1 when no pair was put together)
 * @param pairRecall      pairwise recall (1 when no true pair exists)
 * @param pairF1          pairwise F1
 */
public record ClusteringScores(int documents, int trueStories, int foundStories,
                               double bcubedPrecision, double bcubedRecall, double bcubedF1,
                               double pairPrecision, double pairRecall, double pairF1) {

    /**
     * Scores a clustering.
     *
     * @param gold  document to true story
     * @param found document to found cluster; must cover the same documents as {@code gold}
     */
    public static ClusteringScores of(Map<String, String> gold, Map<String, String> found) {
        if (!gold.keySet().equals(found.keySet())) {
            throw new IllegalArgumentException("gold and found must cover the same documents");
        }
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> foundSizes = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String f = found.get(e.getKey());
            goldSizes.merge(e.getValue(), 1, Integer::sum);
            foundSizes.merge(f, 1, Integer::sum);
            both.merge(e.getValue() + "\u0000" + f, 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String f = found.get(e.getKey());
            int shared = both.get(e.getValue() + "\u0000" + f);
            precision += (double) shared / foundSizes.get(f);
            recall += (double) shared / goldSizes.get(e.getValue());
        }
        int n = gold.size();
        precision = n == 0 ? 1 : precision / n;
        recall = n == 0 ? 1 : recall / n;
        long truePairs = pairs(both);
        long goldPairs = pairs(goldSizes);
        long foundPairs = pairs(foundSizes);
        double pairPrecision = foundPairs == 0 ? 1 : (double) truePairs / foundPairs;
        double pairRecall = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        return new ClusteringScores(n, goldSizes.size(), foundSizes.size(), precision, recall, f1(precision, recall),
                pairPrecision, pairRecall, f1(pairPrecision, pairRecall));
    }

    private static long pairs(Map<String, Integer> sizes) {
        long total = 0;
        for (int size : sizes.values()) {
            total += (long) size * (size - 1) / 2;
        }
        return total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
