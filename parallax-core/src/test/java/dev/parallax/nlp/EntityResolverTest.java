package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private final EntityResolver resolver = new EntityResolver();

  /** An analysed article whose mentions are the given names, found in order in {@code body}. */
  private static AnalyzedArticle article(String id, String body, Object... namesAndTypes) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      int start = body.indexOf(name, from);
      if (start < 0) {
        throw new IllegalArgumentException(name + " not in body after " + from);
      }
      mentions.add(new Mention(name, (EntityType) namesAndTypes[i + 1], 0, start, start + name.length()));
      from = start + name.length();
    }
    return new AnalyzedArticle(TestArticles.article(id, body), List.of(), mentions, List.of());
  }

  private static Entity named(EntityResolution resolution, String name) {
    return resolution.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + resolution.entities()));
  }

  private static final EntityType P = EntityType.PERSON;
  private static final EntityType O = EntityType.ORGANISATION;
  private static final EntityType L = EntityType.PLACE;

  @Test
  void resolve_hyphenSpaceAndShortForms_makeOnePersonWithTheFullName() {
    EntityResolution r = resolver.resolve(List.of(
        article("a2", "Maria Okafor-Lind spoke. Later Okafor-Lind left.", "Maria Okafor-Lind", P, "Okafor-Lind", P),
        article("a1", "Ms Okafor Lind spoke for an hour.", "Okafor Lind", P)));

    assertThat(r.entities()).hasSize(1);
    Entity maria = r.entities().get(0);
    assertThat(maria.name()).isEqualTo("Maria Okafor-Lind");
    assertThat(maria.type()).isEqualTo(P);
    assertThat(maria.variants()).containsExactly("Okafor Lind", "Okafor-Lind");
    assertThat(maria.mentions()).isEqualTo(3);
    assertThat(maria.articleIds()).containsExactly("a1", "a2");
    assertThat(r.entityOf("Ms Okafor-Lind")).contains(maria);
    assertThat(r.entityOf("Okafor-Lind's")).contains(maria);
  }

  @Test
  void resolve_unitedNationsForms_makeOneOrganisation() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The U.N. and the UN agencies met the United Nations envoy.",
            "U.N.", O, "UN", O, "United Nations", O)));

    assertThat(r.entities()).hasSize(1);
    assertThat(r.entities().get(0).name()).isEqualTo("United Nations");
    assertThat(r.entities().get(0).variants()).containsExactly("U.N.", "UN");
  }

  @Test
  void resolve_unitedStatesForms_makeOnePlace() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "U.S. aid reached the coast.", "U.S.", L),
        article("a2", "The United States sent aid.", "United States", L)));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("United States");
    assertThat(r.entityOf("US")).map(Entity::name).contains("United States");
  }

  @Test
  void resolve_spelledOutInitialism_mergesWithLaterUses() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The Coastal Resilience Authority (CRA) met. The CRA agreed.",
            "Coastal Resilience Authority", O, "CRA", O, "CRA", O)));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("Coastal Resilience Authority");
    assertThat(r.entities().get(0).mentions()).isEqualTo(3);
  }

  @Test
  void resolve_initialismMatchingOneOrganisationsInitials_merges() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The Coastal Resilience Authority met.", "Coastal Resilience Authority", O),
        article("a2", "The CRA agreed to the plan.", "CRA", O)));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("Coastal Resilience Authority");
  }

  @Test
  void resolve_britishAndAmericanSpelling_makeOneEntity() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The Harbour Authority closed the port.", "Harbour Authority", O),
        article("a2", "The Harbor Authority said the port was closed.", "Harbor Authority", O),
        article("a3", "The World Health Organisation and the World Health Organization.",
            "World Health Organisation", O, "World Health Organization", O)));

    assertThat(r.entities()).extracting(Entity::name)
        .containsExactlyInAnyOrder("Harbour Authority", "World Health Organisation");
  }

  @Test
  void resolve_sharedSurname_keepsTwoPeopleAndTheBareSurnameApart() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Pavel Hrubý and Lena Hrubý spoke. Mr Hrubý left.",
            "Pavel Hrubý", P, "Lena Hrubý", P, "Hrubý", P)));

    assertThat(r.entities()).extracting(Entity::name)
        .containsExactly("Hrubý", "Lena Hrubý", "Pavel Hrubý");
    assertThat(named(r, "Pavel Hrubý").variants()).isEmpty();
    assertThat(named(r, "Lena Hrubý").variants()).isEmpty();
    assertThat(r.entityOf("Mr Hrubý")).map(Entity::name).contains("Hrubý");
  }

  @Test
  void resolve_uniqueSurname_mergesWithTheOnlyFullName() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Jae-won Seo and Lena Hrubý spoke. Mr Seo left.",
            "Jae-won Seo", P, "Lena Hrubý", P, "Seo", P)));

    assertThat(named(r, "Jae-won Seo").variants()).containsExactly("Seo");
    assertThat(r.entityOf("Mr Seo")).map(Entity::name).contains("Jae-won Seo");
  }

  @Test
  void resolve_firstNameAlone_isNotMerged() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Maria Okafor-Lind spoke. Maria left.", "Maria Okafor-Lind", P, "Maria", P)));

    assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Maria Okafor-Lind", "Maria");
  }

  @Test
  void resolve_koreanNameWithHyphenOrSpace_isOnePerson() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Kim Jong-un spoke.", "Kim Jong-un", P),
        article("a2", "Kim Jong Un spoke. Kim Jong Un left.", "Kim Jong Un", P, "Kim Jong Un", P)));

    assertThat(r.entities()).hasSize(1);
    assertThat(r.entities().get(0).name()).isEqualTo("Kim Jong Un");
    assertThat(r.entities().get(0).variants()).containsExactly("Kim Jong-un");
  }

  @Test
  void resolve_typeByMajorityAndOrderByMentions() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Velm and Velm and Velm and Tarsa.", "Velm", L, "Velm", L, "Velm", EntityType.OTHER, "Tarsa", L)));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("Velm", "Tarsa");
    assertThat(r.entities().get(0).type()).isEqualTo(L);
    assertThat(r.entities().get(0).mentions()).isEqualTo(3);
  }

  @Test
  void resolve_analysedArticles_endToEnd() {
    TextAnalyzer analyzer = new TextAnalyzer();
    AnalyzedArticle first = analyzer.analyze(TestArticles.article("a1",
        "Maria Okafor-Lind, head of the Coastal Resilience Authority (CRA), visited Tarsa on Monday.\n\n"
            + "\"The wall held,\" Ms Okafor-Lind told reporters."));
    AnalyzedArticle second = analyzer.analyze(TestArticles.article("a2",
        "The CRA said the U.N. would help. \"We expect engineers by Friday,\" said Okafor Lind."));

    EntityResolution r = resolver.resolve(List.of(first, second));

    Entity maria = r.entityOf("Okafor-Lind").orElseThrow();
    assertThat(maria.name()).isEqualTo("Maria Okafor-Lind");
    assertThat(maria.articleIds()).containsExactly("a1", "a2");
    assertThat(r.entityOf("CRA")).map(Entity::name).contains("Coastal Resilience Authority");
    for (var quote : second.quotes()) {
      assertThat(quote.speaker().flatMap(r::entityOf)).contains(maria);
    }
  }

  @Test
  void resolve_shoutedDatelineForm_isNotTheCanonicalName() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "VELM, Tarsa - Crews reached Velm.", "VELM", L, "Velm", L)));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("Velm");
  }

  @Test
  void resolve_knownShortFormOrNameWithInnerInitialism_isNotMergedByInitials() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The U.S. Navy and the U.N. sent ships. The USN said more would follow.",
            "U.S. Navy", O, "U.N.", O, "USN", O)));

    assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("U.S. Navy", "U.N.");
    assertThat(named(r, "U.S. Navy").variants()).containsExactly("USN");
  }

  @Test
  void entityOf_organisationSpeakerPhrase_findsTheOnlyOrganisationWithThatWord() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The Ministry of Transport and the Velm Harbour Board met.",
            "Ministry of Transport", O, "Velm Harbour Board", O)));

    assertThat(r.entityOf("the ministry")).map(Entity::name).contains("Ministry of Transport");
    assertThat(r.entityOf("the spokeswoman")).isEmpty();
  }

  @Test
  void resolve_middleInitial_isTheSamePersonAndKeepsSurnameUnambiguous() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Maria T. Okafor-Lind spoke.", "Maria T. Okafor-Lind", P),
        article("a2", "Maria Okafor-Lind and Okafor-Lind again.", "Maria Okafor-Lind", P, "Okafor-Lind", P)));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("Maria T. Okafor-Lind");
    assertThat(r.entities().get(0).variants()).containsExactly("Maria Okafor-Lind", "Okafor-Lind");
  }

  @Test
  void resolve_organisationWithoutItsGenericLastWord_isTheSameOrganisation() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Quillon Systems admitted the breach. Quillon said sorry.", "Quillon Systems", O, "Quillon", P),
        article("a2", "Harwick Rovers lost at home in Harwick.", "Harwick Rovers", O, "Harwick", L)));

    assertThat(r.entityOf("Quillon")).contains(named(r, "Quillon Systems"));
    assertThat(r.entityOf("Harwick")).contains(named(r, "Harwick"));
  }

  @Test
  void entityOf_descriptionWithTheWordsOfOneOrganisation_isThatOrganisation() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "The Orlek State News Agency and the University of Seoul.",
            "Orlek State News Agency", O, "University of Seoul", O)));

    assertThat(r.entityOf("The state news agency")).contains(named(r, "Orlek State News Agency"));
  }

  @Test
  void resolve_shortFormsTypedOtherwise_takeTheTypeOfTheFullestName() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Halden Bakeries raised its dividend. Halden said so. Halden said more. Halden left.",
            "Halden Bakeries", O, "Halden", P, "Halden", P, "Halden", P)));

    assertThat(named(r, "Halden Bakeries").type()).isEqualTo(O);
  }

  @Test
  void resolve_stormNamedWithoutTheWordStorm_isTheSameStorm() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Storm Isolde flooded Talmore. The wall was built after Isolde.", "Storm Isolde", EntityType.OTHER,
            "Talmore", L, "Isolde", P)));

    assertThat(r.entityOf("Isolde")).contains(named(r, "Storm Isolde"));
    assertThat(named(r, "Storm Isolde").type()).isEqualTo(EntityType.OTHER);
  }

  @Test
  void resolve_genericLastWordOfOneOrganisationAlone_isThatOrganisation() {
    EntityResolution r = resolver.resolve(List.of(
        article("a1", "Harwick Rovers lost. Rovers said sorry. Velm Bank and Tarsa Bank met. Bank staff left.",
            "Harwick Rovers", O, "Rovers", O, "Velm Bank", O, "Tarsa Bank", O, "Bank", O)));

    assertThat(r.entityOf("Rovers")).contains(named(r, "Harwick Rovers"));
    assertThat(r.entityOf("Bank")).contains(named(r, "Bank"));
  }
}
