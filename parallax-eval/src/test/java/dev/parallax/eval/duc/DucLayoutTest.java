package dev.parallax.eval.duc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DucLayoutTest {

    /** DUC 2004 style: lowercase model names, no DATE tag (the date is in the DOCNO), no paragraph markup. */
    private static void writeDuc2004Style(Path root) throws IOException {
        Path docs = Files.createDirectories(root.resolve("docs/d99001t"));
        Files.writeString(docs.resolve("XYZ20010305.0007"), """
                <DOC>
                <DOCNO> XYZ20010305.0007 </DOCNO>
                <DOCTYPE> NEWS </DOCTYPE>
                <TEXT>
                The harbour board of Eastwick voted on Monday to close 
                the old ferry pier. ``It is unsafe,'' the chair said. 
                </TEXT>
                </DOC>
                """);
        Files.writeString(docs.resolve("XYZ20010301.0002"), """
                <DOC>
                <DOCNO> XYZ20010301.0002 </DOCNO>
                <HEADLINE> Pier inspection due </HEADLINE>
                <TEXT>
                Inspectors will visit the Eastwick pier.
                </TEXT>
                </DOC>
                """);
        Path models = Files.createDirectories(root.resolve("models"));
        Files.writeString(models.resolve("d99001.m.100.t.b"), "Eastwick closes its ferry pier.\n\nInspectors agreed.\n");
        Files.writeString(models.resolve("d99001.m.100.t.a"), "The ferry pier in Eastwick will close.\n");
        Path peers = Files.createDirectories(root.resolve("peers"));
        Files.writeString(peers.resolve("d99001.FirstLines"), "The harbour board voted to close the pier.\n");
    }

    @Test
    void read_duc2004Style_clusterWithDocumentsReferencesAndPeers(@TempDir Path root) throws IOException {
        writeDuc2004Style(root);

        List<Cluster> clusters = new DucLayout().read(root);

        assertThat(clusters).hasSize(1);
        Cluster c = clusters.get(0);
        assertThat(c.id()).isEqualTo("d99001");
        assertThat(c.documents()).extracting(DucDocument::docno)
                .containsExactly("XYZ20010301.0002", "XYZ20010305.0007");
        DucDocument second = c.documents().get(1);
        assertThat(second.date()).contains(LocalDate.of(2001, 3, 5));
        assertThat(second.headline()).isEmpty();
        assertThat(second.paragraphs()).containsExactly("The harbour board of Eastwick voted on Monday to close "
                + "the old ferry pier. ``It is unsafe,'' the chair said.");
        assertThat(c.documents().get(0).headline()).isEqualTo("Pier inspection due");
        assertThat(c.references()).extracting(ReferenceSummary::annotator).containsExactly("a", "b");
        assertThat(c.references().get(1).lines()).containsExactly("Eastwick closes its ferry pier.", "Inspectors agreed.");
        assertThat(c.peers()).containsOnlyKeys("FirstLines");
    }

    @Test
    void read_duc2003Style_uppercaseModelNamesDateTimeAndParagraphs(@TempDir Path root) throws IOException {
        Path docs = Files.createDirectories(root.resolve("docs/d98002t"));
        Files.writeString(docs.resolve("QRS19990412.0100"), """
                <DOC>
                <DOCNO> QRS19990412.0100 </DOCNO>
                <DATE_TIME> 04/12/1999 09:30:00 </DATE_TIME>
                <BODY>
                <TEXT>
                <P>
                   NORTHFIELD _ A late frost damaged apple orchards
                across the valley, growers said.
                </P>
                <ANNOTATION>
                   (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)
                </ANNOTATION>
                <P>
                   Prices at Smith &AMP; Sons are expected to rise.
                </P>
                </TEXT>
                </BODY>
                </DOC>
                """);
        Files.writeString(docs.resolve("QRS19990413.0200"), """
                <DOC>
                <DOCNO> QRS19990413.0200 </DOCNO>
                <DATE_TIME> 1999-04-13 16:00 </DATE_TIME>
                <TEXT>
                \t   Growers met on Tuesday
                to ask for aid.
                <ANNOTATION> (optional material follows) </ANNOTATION>
                \t   The council will answer next week.
                </TEXT>
                </DOC>
                """);
        Path models = Files.createDirectories(root.resolve("models"));
        Files.writeString(models.resolve("D98002.M.100.T.C.html"), "Frost hit the orchards .\n");

        Cluster c = new DucLayout().read(root).get(0);

        assertThat(c.id()).isEqualTo("d98002");
        assertThat(c.references()).extracting(ReferenceSummary::annotator).containsExactly("c");
        assertThat(c.peers()).isEmpty();
        DucDocument tagged = c.documents().get(0);
        assertThat(tagged.date()).contains(LocalDate.of(1999, 4, 12));
        assertThat(tagged.paragraphs()).containsExactly(
                "NORTHFIELD _ A late frost damaged apple orchards across the valley, growers said.",
                "Prices at Smith & Sons are expected to rise.");
        DucDocument indented = c.documents().get(1);
        assertThat(indented.date()).contains(LocalDate.of(1999, 4, 13));
        assertThat(indented.paragraphs()).containsExactly("Growers met on Tuesday to ask for aid.",
                "The council will answer next week.");
        assertThat(indented.text()).isEqualTo("Growers met on Tuesday to ask for aid.\n\nThe council will answer next week.");
    }

    @Test
    void read_emptyFolder_noClusters(@TempDir Path root) {
        assertThat(new DucLayout().read(root)).isEmpty();
    }
}
