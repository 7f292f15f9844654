package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The proof that our ROUGE is ROUGE-1.5.5: every per-topic ROUGE-1..4 recall, precision and F of the 13 published
 * DUC 2004 systems in SumRepo's official output, reproduced within 0.001. Needs the shared evaluation data
 * (not part of the repository); skipped when it is absent.
 */
class PublishedRougeReproductionTest {

    private static Optional<Path> sharedFolder(String name) {
        return Stream.of(Path.of("..", "shared", name), Path.of("..", "..", "shared", name),
                        Path.of("/work/shared", name))
                .filter(Files::isDirectory).findFirst();
    }

    @Test
    void run_sumRepoDuc2004_everyPerTopicRowWithinOneThousandth() {
        Optional<Path> data = sharedFolder("data").map(p -> p.resolve("duc2004"))
                .filter(p -> Files.isRegularFile(p.resolve(PublishedRougeCheck.RESULT_FILE)));
        Optional<Path> rougeData = sharedFolder("rouge-data")
                .filter(p -> Files.isRegularFile(p.resolve("wordnet-2.0-exc.tsv")));
        Assumptions.assumeTrue(data.isPresent() && rougeData.isPresent(), "DUC 2004 data or ROUGE data absent");

        PublishedRougeReport report = PublishedRougeCheck.run(data.get(), rougeData.get());

        assertThat(report.comparisons().stream().map(SystemComparison::system).distinct()).hasSize(13);
        assertThat(report.comparisons()).hasSize(13 * 4);
        for (String metric : List.of("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4")) {
            assertThat(report.allWithin(metric)).as(metric + "\n" + report.table()).isTrue();
        }
        assertThat(report.comparisons()).allSatisfy(c -> assertThat(c.topics()).isEqualTo(25));
        assertThat(report.maxRecallDiff("ROUGE-1")).isLessThan(1e-5 + 1e-9);
        assertThat(report.maxRecallDiff("ROUGE-2")).isLessThan(1e-5 + 1e-9);
    }
}
