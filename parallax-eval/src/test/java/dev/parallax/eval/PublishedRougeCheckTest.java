package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedRougeCheckTest {

    @Test
    void run_handComputedOfficialRows_reportedWithinTolerance(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("models"));
        Files.createDirectories(root.resolve("peers"));
        Files.writeString(root.resolve("models/d55001.m.100.t.a"), "The tide came in early\n");
        Files.writeString(root.resolve("peers/d55001.Echo"), "The tide went out early\n");
        // unigrams: the, tide, early match: 3 of 5 each way; bigrams: "the tide" 1 of 4
        Files.writeString(root.resolve(PublishedRougeCheck.RESULT_FILE), String.join("\n",
                "Echo ROUGE-1 Eval d55001.Echo R:0.60000 P:0.60000 F:0.60000",
                "Echo ROUGE-2 Eval d55001.Echo R:0.25000 P:0.25000 F:0.25000",
                "Echo ROUGE-2 Average_R: 0.09000 (95%-conf.int. 0.08000 - 0.10000)", ""));

        PublishedRougeReport report = PublishedRougeCheck.run(root, root.resolve("no-rouge-data"));

        assertThat(report.allWithin("ROUGE-1")).isTrue();
        assertThat(report.allWithin("ROUGE-2")).isTrue();
        assertThat(report.maxRecallDiff("ROUGE-1")).isLessThan(1e-9);
        assertThat(report.comparisons()).hasSize(2);
        assertThat(report.comparisons().get(1).publishedAverage()).isEqualTo(0.09);
        assertThat(report.resources()).contains("plain Porter");
        assertThat(report.table()).contains("Echo").contains("ROUGE-2").contains("1/1");
    }

    @Test
    void run_wrongPublishedRow_countedOutsideTolerance(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("models"));
        Files.createDirectories(root.resolve("peers"));
        Files.writeString(root.resolve("models/d55001.m.100.t.a"), "The tide came in early\n");
        Files.writeString(root.resolve("peers/d55001.Echo"), "The tide went out early\n");
        Files.writeString(root.resolve(PublishedRougeCheck.RESULT_FILE),
                "Echo ROUGE-1 Eval d55001.Echo R:0.70000 P:0.60000 F:0.64615\n"
                        + "Echo ROUGE-1 Eval d55002.Echo R:0.50000 P:0.50000 F:0.50000\n");

        PublishedRougeReport report = PublishedRougeCheck.run(root, root.resolve("no-rouge-data"));

        assertThat(report.allWithin("ROUGE-1")).isFalse();
        assertThat(report.comparisons().get(0).maxRecallDiff()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(report.notes()).anyMatch(n -> n.contains("d55002"));
    }
}
