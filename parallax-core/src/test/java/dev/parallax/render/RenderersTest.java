package dev.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Briefing;
import dev.parallax.model.Citation;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.Fact;
import dev.parallax.model.SourceSignals;
import dev.parallax.model.EntityEntry;
import dev.parallax.model.EntityType;
import dev.parallax.model.GroundingIssue;
import dev.parallax.model.QuoteEntry;
import dev.parallax.model.SourceEntry;
import dev.parallax.model.StoryRef;
import dev.parallax.model.SummarySentence;
import dev.parallax.model.TimelineEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

class RenderersTest {
  static final Citation FIRST = new Citation("a1", "corpus/gazette.txt", 0, 0, 52);
  static final Briefing BRIEFING = new Briefing(
      Briefing.SCHEMA_VERSION, "story-0007", "Talmore bridge shut <after> cracks", 1,
      List.of(new SummarySentence("Engineers closed the Talmore bridge on Thursday.", List.of(FIRST,
          new Citation("a2", "corpus/wire.txt", 0, 0, 52)))),
      List.of(new Fact("Engineers closed the Talmore bridge on Thursday.", List.of(FIRST,
          new Citation("a2", "corpus/wire.txt", 2, 10, 70)), List.of("Kestrel Daily", "The Harbour Gazette"))),
      List.of(new Conflict("homes", List.of(
          new ConflictValue("212", "The CRA said 212 homes were damaged.", new Citation("a1", "corpus/gazette.txt", 4, 200, 236),
              List.of("The Harbour Gazette")),
          new ConflictValue("190", "The council said 190 homes were hit.", new Citation("a2", "corpus/wire.txt", 5, 300, 335),
              List.of("Kestrel Daily"))))),
      List.of(new TimelineEntry("2026-03-12", "on Thursday", "Engineers closed the Talmore bridge on Thursday.", FIRST,
          List.of("The Harbour Gazette"))),
      List.of(
          new SourceEntry(1, "a1", "corpus/gazette.txt", Optional.of("https://gazette.example/bridge"),
              Optional.of("The Harbour Gazette"), "Talmore bridge shut <after> cracks",
              Optional.of(LocalDate.parse("2026-03-14")), Optional.of("text:Published line"), List.of("Ana Ruiz"),
              Optional.empty(), Optional.empty(), new SourceSignals(0.4, false, false), Optional.of("en")),
          new SourceEntry(2, "a2", "corpus/wire.txt", Optional.empty(), Optional.of("Bay Chronicle"),
              "Bridge closed", Optional.empty(), Optional.empty(), List.of(), Optional.of("a1"), Optional.of(0.91),
              new SourceSignals(3.2, true, true))),
      List.of(new EntityEntry("Maria Okafor-Lind", EntityType.PERSON, List.of("Okafor Lind", "Okafor-Lind"), 6, 2)),
      List.of(new QuoteEntry("We will not reopen the bridge yet,", Optional.of("Maria Okafor-Lind"),
          new Citation("a1", "corpus/gazette.txt", 3, 100, 134))),
      List.of(new GroundingIssue("summary", "An invented line.", "not found verbatim")), Optional.empty());

  @Test
  void json_roundTripsAndUsesTheDocumentedFieldNames() throws Exception {
    String json = BriefingJson.write(BRIEFING);
    assertThat(BriefingJson.read(json)).isEqualTo(BRIEFING);
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("schemaVersion").asText()).isEqualTo("1.6");
    assertThat(root.get("facts").get(0).get("outlets")).hasSize(2);
    assertThat(root.get("facts").get(0).get("singleSource").asBoolean()).isFalse();
    assertThat(root.get("conflicts").get(0).get("about").asText()).isEqualTo("homes");
    assertThat(root.get("conflicts").get(0).get("values").get(1).get("value").asText()).isEqualTo("190");
    assertThat(root.get("conflicts").get(0).get("kind").asText()).isEqualTo("number");
    assertThat(root.get("sources").get(1).get("signals").get("opinion").asBoolean()).isTrue();
    assertThat(root.get("timeline").get(0).get("date").asText()).isEqualTo("2026-03-12");
    assertThat(root.get("summary").get(0).get("text").asText()).startsWith("Engineers");
    assertThat(root.get("summary").get(0).get("citations").get(1).get("source").asText()).isEqualTo("corpus/wire.txt");
    assertThat(root.get("sources").get(0).get("source").asText()).isEqualTo("corpus/gazette.txt");
    assertThat(root.get("sources").get(0).get("published").asText()).isEqualTo("2026-03-14");
    assertThat(root.get("sources").get(0).has("copyOf")).isFalse();
    assertThat(root.get("sources").get(0).get("language").asText()).isEqualTo("en");
    assertThat(root.get("sources").get(1).has("language")).isFalse();
    assertThat(root.get("sources").get(1).get("copyOf").asText()).isEqualTo("a1");
    assertThat(root.get("entities").get(0).get("name").asText()).isEqualTo("Maria Okafor-Lind");
    assertThat(root.get("entities").get(0).get("variants")).hasSize(2);
    assertThat(root.get("quotes").get(0).get("speaker").asText()).isEqualTo("Maria Okafor-Lind");
    assertThat(root.get("quotes").get(0).get("text").asText()).startsWith("We will not");
  }

  @Test
  void placeAndStanceConflicts_showTheirKindAndEachSideWithItsOutletsAndSentence() {
    Citation gazette = new Citation("a1", "corpus/gazette.txt", 6, 400, 450);
    Citation wire = new Citation("a2", "corpus/wire.txt", 7, 500, 560);
    Briefing b = new Briefing(BRIEFING.schemaVersion(), BRIEFING.storyId(), BRIEFING.headline(),
        BRIEFING.headlineSource(), BRIEFING.summary(), BRIEFING.facts(), List.of(
            new Conflict("overturned", Conflict.PLACE, List.of(
                new ConflictValue("Altmoor", "Altmoor", "The coach overturned near Altmoor.", gazette,
                    List.of("The Harbour Gazette")),
                new ConflictValue("Westharrow", "Westharrow", "The coach overturned near Westharrow.", wire,
                    List.of("Kestrel Daily")))),
            new Conflict("sign", Conflict.STANCE, List.of(
                new ConflictValue("signed", "affirmed", "The council signed the contract.", gazette,
                    List.of("The Harbour Gazette")),
                new ConflictValue("did not sign", "denied", "The council did not sign the contract.", wire,
                    List.of("Kestrel Daily"))))),
        BRIEFING.timeline(), BRIEFING.sources(), BRIEFING.entities(), BRIEFING.quotes(), BRIEFING.dropped(), Optional.empty());

    String md = new MarkdownRenderer().render(b);
    // a place written as its canonical name is not repeated; a stance says which side affirms
    assertThat(md).contains("- **overturned** (place): Altmoor (The Harbour Gazette) [1] vs Westharrow (Kestrel Daily) [2]")
        .contains("- **sign** (stance): signed = affirmed (The Harbour Gazette) [1] vs did not sign = denied (Kestrel Daily) [2]")
        .contains("  - \"The council did not sign the contract.\"");
    Document page = Jsoup.parse(new HtmlRenderer().render(b));
    assertThat(page.select(".conflict h3").eachText()).containsExactly("overturned (place)", "sign (stance)");
    assertThat(page.select(".conflict .side").eachText())
        .anySatisfy(side -> assertThat(side).contains("did not sign").contains("denied").contains("Kestrel Daily"));
  }

  @Test
  void nameConflicts_showTheRoleTheKindAndACanonicalNameOnlyWhenWrittenOtherwise() {
    Citation gazette = new Citation("a1", "corpus/gazette.txt", 6, 400, 450);
    Citation wire = new Citation("a2", "corpus/wire.txt", 7, 500, 560);
    Briefing b = new Briefing(BRIEFING.schemaVersion(), BRIEFING.storyId(), BRIEFING.headline(),
        BRIEFING.headlineSource(), BRIEFING.summary(), BRIEFING.facts(), List.of(
            new Conflict("pilot", Conflict.NAME, List.of(
                new ConflictValue("Mara Voss", "Mara Voss", "The pilot, Mara Voss, landed the plane.", gazette,
                    List.of("The Harbour Gazette")),
                new ConflictValue("Carr", "Ines Carr", "The pilot, Carr, landed the plane.", wire,
                    List.of("Kestrel Daily"))))),
        BRIEFING.timeline(), BRIEFING.sources(), BRIEFING.entities(), BRIEFING.quotes(), BRIEFING.dropped(), Optional.empty());

    assertThat(new MarkdownRenderer().render(b))
        .contains("- **pilot** (name): Mara Voss (The Harbour Gazette) [1] vs Carr = Ines Carr (Kestrel Daily) [2]");
    Document page = Jsoup.parse(new HtmlRenderer().render(b));
    assertThat(page.select(".conflict h3").eachText()).containsExactly("pilot (name)");
    assertThat(page.select(".conflict .side").eachText())
        .anySatisfy(side -> assertThat(side).contains("Carr").contains("Ines Carr").contains("Kestrel Daily"));
  }

  @Test
  void markdown_citesSourcesByNumberAndMarksCopies() {
    String md = new MarkdownRenderer().render(BRIEFING);
    assertThat(md).startsWith("# Talmore bridge shut \\<after\\> cracks\n");
    assertThat(md).contains("Engineers closed the Talmore bridge on Thursday. [1][2]");
    assertThat(md).contains("2. **Bay Chronicle**: Bridge closed · `corpus/wire.txt` · **copy of [1]** (similarity 0.91)");
    assertThat(md).contains("also written \"Okafor Lind\", \"Okafor-Lind\"");
    assertThat(md).contains("An invented line.");
    assertThat(md).contains("- **2026-03-12** (on Thursday): Engineers closed the Talmore bridge on Thursday. [1]");
    assertThat(md).contains("Engineers closed the Talmore bridge on Thursday. [1][2] · reported by 2 independent outlets");
    assertThat(md).contains("- **homes**: 212 (The Harbour Gazette) [1] vs 190 (Kestrel Daily) [2]");
    assertThat(md).contains("*opinion or loaded language* · *undated: may be an earlier phase*");
  }

  @Test
  void html_isSelfContainedEscapedAndLinksCitations() {
    Document page = Jsoup.parse(new HtmlRenderer().render(BRIEFING));
    assertThat(page.select("script, link, img, iframe")).isEmpty();
    assertThat(page.select("svg.coverage")).as("one dated source: no chart").isEmpty();
    assertThat(page.selectFirst("h1").text()).isEqualTo("Talmore bridge shut <after> cracks");
    assertThat(page.select("p.summary a.cite")).extracting(e -> e.attr("href")).containsExactly("#source-1", "#source-2");
    assertThat(page.getElementById("source-2").text()).contains("copy of [1]");
    assertThat(page.select(".conflict .side")).hasSize(2);
    assertThat(page.select("ol.timeline time").attr("datetime")).isEqualTo("2026-03-12");
    assertThat(page.select("ul.facts .badge").text()).contains("reported by 2 independent outlets");
    assertThat(page.select("blockquote").text()).contains("We will not reopen the bridge yet,").contains("Maria Okafor-Lind");
  }

  @Test
  void laterPhase_isWrittenInEveryFormat_andLeftOutWhenThereIsNone() throws Exception {
    Briefing later = BRIEFING.withEarlierPhase(new StoryRef("story-0002", "Talmore bridge <inspected>"));

    assertThat(BriefingJson.read(BriefingJson.write(later))).isEqualTo(later);
    JsonNode phase = new ObjectMapper().readTree(BriefingJson.write(later)).get("earlierPhase");
    assertThat(phase.get("storyId").asText()).isEqualTo("story-0002");
    assertThat(phase.get("headline").asText()).isEqualTo("Talmore bridge <inspected>");
    assertThat(new ObjectMapper().readTree(BriefingJson.write(BRIEFING)).has("earlierPhase")).isFalse();

    assertThat(new MarkdownRenderer().render(later))
        .contains("Later phase of [Talmore bridge \\<inspected\\>](story-0002.md) (story-0002).");
    assertThat(new MarkdownRenderer().render(BRIEFING)).doesNotContain("Later phase");
    Document page = Jsoup.parse(new HtmlRenderer().render(later));
    assertThat(page.select("p.meta a").attr("href")).isEqualTo("story-0002.html");
    assertThat(page.select("p.meta a").text()).isEqualTo("Talmore bridge <inspected>");
  }

  @Test
  void writer_writesEachFormatAndAnIndex(@TempDir Path dir) throws Exception {
    List<Path> written = new BriefingWriter().write(List.of(BRIEFING), dir, EnumSet.allOf(OutputFormat.class));
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("story-0007.md", "story-0007.json", "story-0007.html", "index.html", "index.md");
    assertThat(Files.readString(dir.resolve("index.html"))).contains("href=\"story-0007.html\"");
  }

  @Test
  void outputFormat_parse_rejectsUnknownNamesClearly() {
    assertThat(OutputFormat.parse(" HTML ")).isEqualTo(OutputFormat.HTML);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFormat.parse("pdf"))
        .hasMessageContaining("unknown format 'pdf'");
  }
}
