package dev.parallax.eval.duc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiLingLayoutTest {

    @Test
    void parseDocument_titleDateAndWrittenDate_leftOutOfTheBody() {
        DucDocument d = new MultiLingLayout().parseDocument("M0010.english",
                "2031/04/02 Ferry returns to Eastwick\n\nWednesday, April 2, 2031\n\n"
                        + "The ferry returned to Eastwick on Wednesday.\nCrowds cheered.\n\nThe mayor spoke.\n");

        assertThat(d.headline()).isEqualTo("Ferry returns to Eastwick");
        assertThat(d.date()).contains(LocalDate.of(2031, 4, 2));
        assertThat(d.paragraphs()).containsExactly("The ferry returned to Eastwick on Wednesday. Crowds cheered.",
                "The mayor spoke.");
    }

    @Test
    void parseDocument_noDates_titleOnlyAndBodyKept() {
        DucDocument d = new MultiLingLayout().parseDocument("M0011.english",
                "Harbour closed\n\nStorms closed the harbour at Velmar.\n");

        assertThat(d.headline()).isEqualTo("Harbour closed");
        assertThat(d.date()).isEqualTo(Optional.empty());
        assertThat(d.paragraphs()).containsExactly("Storms closed the harbour at Velmar.");
    }

    @Test
    void read_folder_englishTopicsWithModelsAndSubmissions(@TempDir Path root) throws IOException {
        Path sources = Files.createDirectories(root.resolve("SourceTexts"));
        Files.writeString(sources.resolve("M0011.english"), "Second\n\nThe second article text here.\n");
        Files.writeString(sources.resolve("M0010.english"), "First\n\nThe first article text here.\n");
        Files.writeString(sources.resolve("M0010.french"), "Premier\n\nLe premier article.\n");
        Path models = Files.createDirectories(root.resolve("Model Summaries/English"));
        Files.writeString(models.resolve("M001.B.250"), "Reference two.\n");
        Files.writeString(models.resolve("M001.A.250"), "Reference one.\n\nSecond line.\n");
        Path peer = Files.createDirectories(root.resolve("correctedSubmissions/ID4/English"));
        Files.writeString(peer.resolve("M001"), "A system summary.\n");

        assertThat(MultiLingLayout.matches(root)).isTrue();
        List<Cluster> clusters = new MultiLingLayout().read(root);

        assertThat(clusters).extracting(Cluster::id).containsExactly("M001");
        Cluster c = clusters.get(0);
        assertThat(c.documents()).extracting(DucDocument::docno).containsExactly("M0010.english", "M0011.english");
        assertThat(c.references()).extracting(ReferenceSummary::annotator).containsExactly("a", "b");
        assertThat(c.references().get(0).lines()).containsExactly("Reference one.", "Second line.");
        assertThat(c.peers()).containsOnlyKeys("ID4");
    }
}
