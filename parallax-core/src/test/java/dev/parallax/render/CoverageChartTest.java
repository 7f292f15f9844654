package dev.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Briefing;
import dev.parallax.model.SourceEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CoverageChartTest {
  @Test
  void svg_oneRowPerOutletAndOneDotPerDatedArticle_copiesHollow() {
    Briefing b = RenderersTest.BRIEFING;
    SourceEntry copy = b.sources().get(1);
    SourceEntry datedCopy = new SourceEntry(copy.number(), copy.articleId(), copy.source(), copy.url(), copy.outlet(),
        copy.title(), Optional.of(LocalDate.parse("2026-03-16")), copy.dateEvidence(), copy.authors(), copy.copyOf(),
        copy.copySimilarity(), copy.signals());
    Briefing twoDated = new Briefing(b.schemaVersion(), b.storyId(), b.headline(), b.headlineSource(), b.summary(),
        b.facts(), b.conflicts(), b.timeline(), List.of(b.sources().get(0), datedCopy), b.entities(), b.quotes(), b.dropped(), Optional.empty());

    Document svg = Jsoup.parse(CoverageChart.svg(twoDated));

    assertThat(svg.select("circle")).hasSize(2);
    assertThat(svg.select("circle").eachAttr("fill")).containsExactly("white", "#2b5f87"); // rows sorted by outlet
    assertThat(svg.select("text").eachText()).contains("Bay Chronicle", "The Harbour Gazette", "2026-03-14", "2026-03-16");
  }
}
