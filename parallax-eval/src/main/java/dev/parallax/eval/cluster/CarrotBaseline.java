package dev.parallax.eval.cluster;

import dev.parallax.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Carrot2 4.5 clusterers on the same extracted articles (title and body), for a side-by-side comparison: bisecting
 * k-means and Lingo, both told the true number of stories. They are batch methods, so arrival order does not
 * matter. Carrot2 accepts at most {@value #MAX_CLUSTERS} clusters, so a larger true count is capped there
 * (which bounds their recall on large pools). Lingo may put a document in several clusters or none: a document goes to the first (best-scored)
 * cluster that holds it, and one in no cluster is a story of its own.
 */
public final class CarrotBaseline {
    /** The Carrot2 algorithms compared. */
    public enum Algorithm { BISECTING_KMEANS, LINGO }

    /** The largest cluster count Carrot2 4.5 accepts. */
    public static final int MAX_CLUSTERS = 100;

    private CarrotBaseline() {
    }

    /** Article id to found cluster name, for every article given. */
    public static Map<String, String> cluster(Algorithm algorithm, List<Article> articles, int storyCount) {
        int k = Math.min(storyCount, MAX_CLUSTERS);
        ClusteringAlgorithm clusterer = switch (algorithm) {
            case BISECTING_KMEANS -> {
                BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
                kmeans.clusterCount.set(k);
                yield kmeans;
            }
            case LINGO -> {
                LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
                lingo.desiredClusterCount.set(k);
                yield lingo;
            }
        };
        List<Cluster<Item>> clusters = clusterer.cluster(articles.stream().map(Item::new), english());
        Map<String, String> out = new HashMap<>();
        assign(clusters, "c", out);
        for (Article a : articles) {
            out.putIfAbsent(a.id(), "alone-" + a.id());
        }
        return out;
    }

    private static void assign(List<Cluster<Item>> clusters, String prefix, Map<String, String> out) {
        for (int i = 0; i < clusters.size(); i++) {
            String name = prefix + "-" + i;
            for (Item item : clusters.get(i).getDocuments()) {
                out.putIfAbsent(item.article().id(), name);
            }
            assign(clusters.get(i).getClusters(), name, out);
        }
    }

    private static LanguageComponents english() {
        try {
            return LanguageComponents.loader().load().language("English");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load Carrot2's English resources", e);
        }
    }

    /** An article as a Carrot2 document. */
    private record Item(Article article) implements Document {
        @Override
        public void visitFields(BiConsumer<String, String> fieldConsumer) {
            fieldConsumer.accept("title", article.title());
            fieldConsumer.accept("content", article.body());
        }
    }
}
