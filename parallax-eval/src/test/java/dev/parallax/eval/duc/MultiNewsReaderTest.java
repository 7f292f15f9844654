package dev.parallax.eval.duc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MultiNewsReaderTest {

    private static final String CSV = "documents,num_documents,summary\n"
            + "\"['Harbour news \\n \\n The ferry returned to Eastwick on Monday. \\n \\n Crowds cheered.', "
            + "'\"\"It\\'s back,\"\" said a resident.']\",2,\"– The ferry is back in Eastwick, reports the Gazette. "
            + "\"\"It\\u2019s back,\"\" said one. Crowds cheered!\"\n"
            + "\"['Only one article here.']\",1,Short summary.\n";

    @Test
    void parse_pythonListOfArticles_documentsWithParagraphs() {
        List<Cluster> clusters = new MultiNewsReader().parse(CSV);

        assertThat(clusters).extracting(Cluster::id).containsExactly("mn001", "mn002");
        Cluster first = clusters.get(0);
        assertThat(first.documents()).hasSize(2);
        assertThat(first.documents().get(0).docno()).isEqualTo("mn001-1");
        assertThat(first.documents().get(0).paragraphs())
                .containsExactly("Harbour news", "The ferry returned to Eastwick on Monday.", "Crowds cheered.");
        assertThat(first.documents().get(1).paragraphs()).containsExactly("\"It's back,\" said a resident.");
        assertThat(first.peers()).isEmpty();
    }

    @Test
    void parse_summary_splitIntoSentencesForLsum() {
        Cluster first = new MultiNewsReader().parse(CSV).get(0);

        assertThat(first.references()).hasSize(1);
        assertThat(first.references().get(0).lines()).containsExactly(
                "– The ferry is back in Eastwick, reports the Gazette.",
                "\"It\\u2019s back,\" said one.",
                "Crowds cheered!");
    }

    @Test
    void pythonStringList_escapes_decoded() {
        assertThat(MultiNewsReader.pythonStringList("['a\\'b', \"c\\\"d\\n\", 'e\\x41\\u00e9\\\\']"))
                .containsExactly("a'b", "c\"d\n", "eA\u00e9\\");
    }

    @Test
    void csvRows_quotedFieldsWithNewlinesAndDoubledQuotes() {
        assertThat(dev.parallax.eval.Csv.rows("a,b\n\"x\ny\",\"say \"\"hi\"\"\"\r\n"))
                .containsExactly(List.of("a", "b"), List.of("x\ny", "say \"hi\""));
    }
}
