package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.MultiLingLayout;
import dev.parallax.eval.rouge.RougeOptions;
import dev.parallax.eval.rouge.RougeResources;
import dev.parallax.eval.rouge.RougeScore;
import dev.parallax.eval.rouge.RougeScorer;

/**
 * Our ROUGE with the MultiLing 2011 setting reproduces the published English per-topic rows of every
 * participant. The published file numbers its topics 1..10 in an order of its own, so the test first finds,
 * for each number, the topic whose first system's score it is, then requires that one mapping to fit every
 * system and measure. Needs the shared evaluation data; skipped when it is absent.
 */
class MultiLingReproductionTest {

    private static Optional<Path> multiLing() {
        return Stream.of(Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data"), Path.of("/work/shared/data"))
                .map(p -> p.resolve("multiling2011"))
                .filter(MultiLingLayout::matches).findFirst();
    }

    @Test
    void score_correctedSubmissions_reproduceEveryPublishedTopicRow() {
        Optional<Path> folder = multiLing();
        Assumptions.assumeTrue(folder.isPresent() && MultiLingPublished.detailedFile(folder.get()).isPresent(),
                "MultiLing 2011 data absent");
        PublishedRougeFile published = PublishedRougeFile.read(MultiLingPublished.detailedFile(folder.get()).get());
        List<Cluster> clusters = new MultiLingLayout().read(folder.get());
        RougeScorer scorer = new RougeScorer(RougeOptions.multiLing2011(), RougeResources.none());

        String first = published.topicScores().firstKey();
        Map<String, Cluster> topicOf = new HashMap<>();
        published.topicScores().get(first).get("ROUGE-2").forEach((number, score) -> clusters.stream()
                .filter(c -> Math.abs(scorer.score(c.peers().get(first), c.referenceLines()).get("ROUGE-2").recall()
                        - score.recall()) < 1e-5)
                .findFirst().ifPresent(c -> topicOf.put(number, c)));
        assertThat(topicOf.values()).hasSize(10).doesNotHaveDuplicates();

        int rows = 0;
        for (var system : published.topicScores().entrySet()) {
            for (String metric : List.of("ROUGE-1", "ROUGE-2")) {
                for (var topic : system.getValue().get(metric).entrySet()) {
                    Cluster c = topicOf.get(topic.getKey());
                    RougeScore ours = scorer.score(c.peers().get(system.getKey()), c.referenceLines()).get(metric);
                    String row = system.getKey() + " " + metric + " " + c.id();
                    assertThat(ours.recall()).as(row).isCloseTo(topic.getValue().recall(), within(1e-5 + 1e-9));
                    assertThat(ours.precision()).as(row).isCloseTo(topic.getValue().precision(), within(1e-5 + 1e-9));
                    rows++;
                }
            }
        }
        assertThat(rows).isEqualTo(10 * 2 * 10);
    }
}
