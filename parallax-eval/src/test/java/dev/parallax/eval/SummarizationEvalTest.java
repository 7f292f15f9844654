package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.rouge.RougeOptions;

class SummarizationEvalTest {

    private static final EvalOptions OPTIONS = new EvalOptions(
            List.of(RougeOptions.duc2004Words(), RougeOptions.duc2004Bytes()), Path.of("no-rouge-data"), true, 0);

    private static void writeFolder(Path root) throws IOException {
        for (String id : List.of("d44001", "d44002")) {
            Path docs = Files.createDirectories(root.resolve("docs/" + id + "t"));
            Files.writeString(docs.resolve("ABC20200101.0001"), "<DOC>\n<DOCNO> ABC20200101.0001 </DOCNO>\n"
                    + "<TEXT>\nThe village fair opened with a parade. Bakers sold bread.\n</TEXT>\n</DOC>\n");
        }
        Files.createDirectories(root.resolve("models"));
        Files.createDirectories(root.resolve("peers"));
        Files.writeString(root.resolve("models/d44001.m.100.t.a"), "The village fair opened with a parade.\n");
        Files.writeString(root.resolve("models/d44002.m.100.t.a"), "Bakers sold bread at the fair.\n");
        Files.writeString(root.resolve("peers/d44001.Baseline"), "A parade opened the fair.\n");
    }

    private static String firstParagraph(Cluster c) {
        return c.documents().get(0).paragraphs().get(0).replace(". ", ".\n");
    }

    @Test
    void run_summarizerOnEveryCluster_scoredUnderEachConfigurationWithBaselines(@TempDir Path root) throws IOException {
        writeFolder(root);

        SummarizationReport report = SummarizationEval.run(root, SummarizationEvalTest::firstParagraph, OPTIONS);

        assertThat(report.clusters()).containsExactly("d44001", "d44002");
        assertThat(report.results()).hasSize(2);
        ConfigurationResult words = report.results().get(0);
        assertThat(words.options()).contains("-l 100");
        assertThat(report.results().get(1).options()).contains("-b 665");
        // d44001: every reference word is in the summary; d44002: bakers sold bread the fair -> 5 of 6
        assertThat(words.ours().perCluster().get("d44001").get("ROUGE-1").recall()).isCloseTo(1.0, within(1e-12));
        assertThat(words.ours().average("ROUGE-1").mean().recall())
                .isCloseTo((1.0 + 5.0 / 6) / 2, within(1e-12));
        assertThat(words.baselines()).extracting(SystemScores::system).containsExactly("Baseline");
        assertThat(words.baselines().get(0).perCluster()).containsOnlyKeys("d44001");
        assertThat(report.notes()).anyMatch(n -> n.startsWith("Baseline: summaries for 1 of 2"));
        assertThat(report.table()).contains("* ours").contains("Baseline").contains("ROUGE-L");
    }

    @Test
    void run_summarizerThrows_clusterScoredEmptyAndNoted(@TempDir Path root) throws IOException {
        writeFolder(root);

        SummarizationReport report = SummarizationEval.run(root, c -> {
            if (c.id().equals("d44002")) {
                throw new IllegalStateException("no sentences");
            }
            return firstParagraph(c);
        }, OPTIONS.withPublishedPeers(false).withClusterLimit(2));

        assertThat(report.results().get(0).ours().perCluster().get("d44002").get("ROUGE-1").recall()).isZero();
        assertThat(report.results().get(0).baselines()).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.contains("d44002") && n.contains("no sentences"));
    }

    @Test
    void run_clusterLimit_keepsFirstClustersById(@TempDir Path root) throws IOException {
        writeFolder(root);

        SummarizationReport report = SummarizationEval.run(root, SummarizationEvalTest::firstParagraph,
                OPTIONS.withClusterLimit(1));

        assertThat(report.clusters()).containsExactly("d44001");
    }

    @Test
    void run_multiNewsCsv_rougeScoreConventionByDefault(@TempDir Path root) throws IOException {
        Path csv = root.resolve("sample.csv");
        Files.writeString(csv, "documents,num_documents,summary\n"
                + "\"['The village fair opened with a parade. \\n \\n Bakers sold bread.']\",1,"
                + "\"– The fair opened with a parade. Bakers sold bread.\"\n");

        EvalOptions options = EvalOptions.forDataset(root);
        SummarizationReport report = SummarizationEval.run(root, c -> String.join("\n",
                c.documents().get(0).paragraphs()), options);

        assertThat(SummarizationEval.isMultiNews(root)).isTrue();
        assertThat(SummarizationEval.isMultiNews(csv)).isTrue();
        assertThat(report.clusters()).containsExactly("mn001");
        ConfigurationResult result = report.results().get(0);
        assertThat(result.options()).startsWith("rouge-score");
        assertThat(result.baselines()).isEmpty();
        // summary tokens: the villag fair open with a parad baker sold bread (10); reference: the fair open with a
        // parad baker sold bread (9) -> 9 matches
        assertThat(result.ours().average("ROUGE-1").mean().recall()).isCloseTo(1.0, within(1e-12));
        assertThat(result.ours().average("ROUGE-1").mean().precision()).isCloseTo(0.9, within(1e-12));
        assertThat(result.ours().average("ROUGE-Lsum").mean().recall()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void run_missingDataset_rejectedWithItsPath(@TempDir Path root) {
        Path missing = root.resolve("nowhere");

        assertThatThrownBy(() -> SummarizationEval.run(missing, c -> "", OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }
}
