package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublishedRougeFileTest {

    @Test
    void parse_evalAndAverageRows_keyedBySystemMetricTopic() {
        PublishedRougeFile f = PublishedRougeFile.parse(List.of(
                "---------------------------------------------",
                "Alpha ROUGE-1 Average_R: 0.41000 (95%-conf.int. 0.40000 - 0.42000)",
                "Alpha ROUGE-1 Average_P: 0.40000 (95%-conf.int. 0.39000 - 0.41000)",
                "Alpha ROUGE-1 Average_F: 0.40500 (95%-conf.int. 0.39500 - 0.41500)",
                ".............................................",
                "Alpha ROUGE-1 Eval D77001.Alpha R:0.50000 P:0.25000 F:0.33333",
                "Alpha ROUGE-2 Eval d77002.Alpha R:0.10000 P:0.20000 F:0.13333"));

        assertThat(f.topicScores().get("Alpha").get("ROUGE-1").get("d77001").recall()).isEqualTo(0.5);
        assertThat(f.topicScores().get("Alpha").get("ROUGE-2").get("d77002").precision()).isEqualTo(0.2);
        assertThat(f.averages().get("Alpha").get("ROUGE-1").f()).isEqualTo(0.405);
    }
}
