package dev.parallax.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {
  @Test
  void article_mentionsAndSentencesPointIntoTheBody() {
    SyntheticNews news = new SyntheticNews(7);
    AnalyzedArticle article = news.article(news.story(0, 0), 0);
    String body = article.article().body();

    assertThat(article.mentions()).isNotEmpty();
    for (Mention m : article.mentions()) {
      assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    for (Sentence s : article.sentences()) {
      assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void generator_withTheSameSeed_isDeterministic() {
    SyntheticNews a = new SyntheticNews(3);
    SyntheticNews b = new SyntheticNews(3);

    assertThat(a.article(a.story(0, 0), 0)).isEqualTo(b.article(b.story(0, 0), 0));
  }

  @Test
  void benchmark_smallRun_reportsThroughputAndScores() {
    String report = ClusterBenchmark.run(300, 1, 100);

    assertThat(report).contains("300 synthetic articles").contains("articles/s").contains("B-cubed")
        .contains("reconcile: 3 runs").contains("saved state: ").contains("stories the same after loading");
  }
}
