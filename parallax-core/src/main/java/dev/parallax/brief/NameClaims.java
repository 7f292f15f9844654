package dev.parallax.brief;

import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.nlp.EntityResolution;
import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Who a story's sentences say filled a role: a person or organisation named in a role slot and
 * the role word, which is the key two outlets are compared on. The slots: an appositive ("the
 * pilot, Mara Voss," or "Mara Voss, the pilot,"), a title before the name ("Police Chief Dana
 * Holt"), an identification ("identified the victim as Tomas Brandt", "the victim was named as
 * ..."), and an agent after "by" ("led by", "chaired by"). Two names of one role disagree only when
 * they are different people (not one entity, and not one name inside the other: "Kim Jong-un" and
 * "Mr Kim") and neither outlet's article names the other's person anywhere, surname included: an
 * outlet that names both knows them as two people of the story, and naming another in the role is
 * then no contradiction.
 */
final class NameClaims {
  /**
   * A name as compared.
   *
   * @param entity the canonical name
   * @param type   the entity type (a person is compared only with a person)
   * @param names  every way the story writes it, and a person's surname
   * @param body   the body of the article naming it here, to look for the other side's name
   * @param rest   the content vector of its sentence without the name: two sentences that differ
   *               only in the name must not look unlike for it
   */
  record Named(String entity, EntityType type, Set<String> names, String body, Map<String, Integer> rest) {}

  /**
   * A role slot a name fills.
   *
   * @param key        what two names are compared on (a role word's stem, a title, "led by")
   * @param written    the role as a reader says it
   * @param personOnly whether only a person fills it: a title, an identification, a person's role word
   */
  private record Role(String key, String written, boolean personOnly) {}

  /**
   * The two sentences must say largely the same thing (the fact grouper's threshold), compared
   * without their names in {@link #disagree}.
   */
  static final ConflictFinder.Rules<Named> RULES = new ConflictFinder.Rules<>(NameClaims::disagree,
      (a, b) -> false, (a, b) -> 0.0);

  /**
   * Words of a title written before a name ("Police Chief", "Deputy Mayor"); the last of them must
   * be a {@link #TITLE_HEADS head}, the earlier ones may also be {@link #TITLE_MODIFIERS modifiers}.
   * Only titles one person usually holds in a story: a story has many officers, spokesmen,
   * senators or generals, and two teams have two coaches, so naming another is no contradiction.
   */
  private static final Set<String> TITLE_HEADS = Set.of("chief", "mayor", "minister", "president", "governor",
      "captain", "capt", "inspector", "detective", "sheriff", "judge", "director", "commissioner", "superintendent",
      "chairman", "chairwoman", "ceo", "prosecutor", "principal", "headteacher", "skipper", "pilot", "dean",
      "chancellor", "premier");
  private static final Set<String> TITLE_MODIFIERS = Set.of("police", "fire", "deputy", "prime", "vice", "foreign",
      "finance", "health", "interior", "defence", "defense", "district", "county", "state", "city", "head",
      "assistant", "acting", "interim", "executive", "chief", "harbour", "harbor", "port", "coast", "guard", "army",
      "union", "team", "club", "company", "council", "school", "medical", "attorney", "general", "senior",
      "regional", "provincial", "lead", "mission", "project", "site");
  /** Role words only a person has, beside the titles: an appositive with one names a person. */
  private static final Set<String> PERSON_ROLES = Set.of("driver", "victim", "suspect", "owner", "founder", "leader",
      "winner", "rider", "passenger", "survivor", "witness", "teacher", "doctor", "nurse", "lawyer", "executive",
      "spokesperson", "engineer", "architect", "author", "artist", "player", "striker", "goalkeeper", "boss",
      "head", "hiker", "climber", "fisherman", "farmer", "worker", "volunteer", "student", "pupil", "girl", "boy",
      "man", "woman", "father", "mother", "son", "daughter", "husband", "wife", "co-pilot");

  /**
   * Offices of one holder named by a word many hold ("officer", "secretary", "master") and the
   * words that make it one office: two returning officers or general secretaries are not of one
   * count or one union, but a story has many police officers.
   */
  private static final Set<String> ONE_HOLDER_OFFICES = Set.of("returning officer", "chief executive", "chief medical officer",
      "chief executive officer", "general secretary", "secretary general", "press secretary", "harbour master",
      "harbor master", "station master", "chief constable", "chief whip");

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}[\\p{L}.]*)\\s+$");

  /** The last three, or two, words right before a name, for an office of one holder ("returning officer "). */
  private static final List<Pattern> OFFICE_BEFORE = List.of(
      Pattern.compile("(?<![\\p{L}])(\\p{L}+\\s+\\p{L}+\\s+\\p{L}+)\\s+$"),
      Pattern.compile("(?<![\\p{L}])(\\p{L}+\\s+\\p{L}+)\\s+$"));

  /** The words of an office of one holder that end right before {@code end}, if any. */
  private static Optional<Matcher> oneHolderOfficeBefore(String body, int start, int end) {
    for (Pattern p : OFFICE_BEFORE) {
      Matcher office = p.matcher(body).region(start, end);
      if (office.find() && ONE_HOLDER_OFFICES.contains(String.join(" ", Words.tokens(office.group(1))))) {
        return Optional.of(office);
      }
    }
    return Optional.empty();
  }

  /** "the pilot, " right before a name: the role's words in lower case, after a determiner. */
  private static final Pattern ROLE_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:\\p{L}+['’]s\\s+)?((?:[a-z0-9][a-z0-9-]*\\s+){0,2}[a-z][a-z-]*),\\s+$");
  /** ", the pilot," or ", 42, the pilot of" right after a name. */
  private static final Pattern ROLE_AFTER = Pattern.compile(
      "^,\\s+(?:\\d{1,3},\\s+)?the\\s+(?:\\p{L}+['’]s\\s+)?((?:[a-z0-9][a-z0-9-]*\\s+){0,2}?[a-z][a-z-]*)"
          + "(?=\\s*[,.;]|\\s+(?:of|for|at|in|on|who|from|with)\\b)");
  /** "identified the victim (of the fall) as ", "named the dead man as ", "the victim was identified as ". */
  private static final Pattern IDENTIFIED = Pattern.compile(
      "(?:(?:identified|named)\\s+(?:the\\s+)?((?:[a-z]+\\s+){0,2}?[a-z]+)(?:\\s+of\\s+[^,;:]{1,40}?)?"
          + "|(?<![\\p{L}])[Tt]he\\s+((?:[a-z]+\\s+){0,2}?[a-z]+)(?:\\s+of\\s+[^,;:]{1,40}?)?"
          + "\\s+(?:was|were|has been|had been|have been)\\s+(?:identified|named))\\s+as\\s+$");
  /** "led by ", "chaired by the " right before a name: the agent of a role-giving verb. */
  private static final Pattern AGENT = Pattern.compile(
      "(?<![\\p{L}])(led|headed|chaired|directed|commanded|coached|captained|organised|organized|founded|owned|won"
          + "|piloted|flown|driven|run|written|designed|built|brokered|signed)\\s+by\\s+(?:the\\s+)?$");
  /** A role must be a noun of a role, not a time or a place word ("the morning, Mara Voss"). */
  private static final Set<String> NO_ROLE = Set.of("morning", "afternoon", "evening", "night", "day", "week",
      "weekend", "month", "year", "time", "same", "other", "first", "last", "next", "city", "town", "village",
      "country", "region", "province", "county", "state", "area", "company", "group", "party", "team", "family");

  private NameClaims() {}

  static List<ConflictFinder.Claim<Named>> of(List<StorySentences.Item> sentences, EntityResolution entities) {
    List<ConflictFinder.Claim<Named>> out = new ArrayList<>();
    PorterStemmer stemmer = new PorterStemmer();
    for (StorySentences.Item item : sentences) {
      Sentence s = item.sentence();
      String body = item.article().article().body();
      for (Mention m : item.article().mentions()) {
        if (m.sentence() != s.index() || m.start() < s.start() || m.end() > s.end()) {
          continue;
        }
        List<Role> roles = roles(body, s, m, stemmer);
        if (roles.isEmpty()) {
          continue;
        }
        // a place has no role, but the tagger reads some surnames as places ("Nora Vale"): a
        // title, an identification or a person's role word before the name says it is a person
        boolean person = roles.stream().anyMatch(Role::personOnly);
        if (m.type() == EntityType.PLACE && !person) {
          continue;
        }
        Named named = named(m, entities, body, item, stemmer);
        for (Role role : roles) {
          out.add(new ConflictFinder.Claim<>(item, role.key(), role.written(), m.text(), named.entity(), named.entity(),
              named));
        }
      }
    }
    return out;
  }

  /** The name as compared; one that fills a role slot and was typed a place is taken as a person. */
  private static Named named(Mention m, EntityResolution entities, String body, StorySentences.Item item,
      PorterStemmer stemmer) {
    Optional<Entity> entity = entities.entityOf(m.text());
    String canonical = entity.map(Entity::name).orElse(m.text());
    EntityType type = entity.map(Entity::type).orElse(m.type());
    if (type == EntityType.PLACE) {
      type = EntityType.PERSON;
    }
    Set<String> names = PlaceClaims.writtenNames(m.text(), entity);
    if (type == EntityType.PERSON) {
      for (String name : List.copyOf(names)) {
        List<String> parts = List.of(name.split("\\s+"));
        if (parts.size() > 1) {
          names.add(parts.get(parts.size() - 1));
        }
      }
    }
    Map<String, Integer> rest = ContentVectors.without(item.vector(), m.text(), stemmer);
    return new Named(canonical, type, Set.copyOf(names), body, rest);
  }

  /** Each role slot {@code m} fills in its sentence. */
  private static List<Role> roles(String body, Sentence s, Mention m, PorterStemmer stemmer) {
    List<Role> out = new ArrayList<>();
    // a title chain right before the name ("Police Chief "), and where the text before it ends
    int titleStart = m.start();
    List<String> title = new ArrayList<>();
    // an office of one holder written with a word many hold ("returning officer Gwen Parry")
    Optional<Matcher> office = oneHolderOfficeBefore(body, s.start(), m.start());
    boolean oneHolderOffice = office.isPresent();
    if (oneHolderOffice) {
      title.addAll(Words.tokens(office.get().group(1)));
      titleStart = office.get().start(1);
    }
    while (!oneHolderOffice) {
      Matcher w = WORD_BEFORE.matcher(body).region(s.start(), titleStart);
      if (!w.find()) {
        break;
      }
      String word = w.group(1).replace(".", "").toLowerCase(Locale.ROOT);
      boolean head = title.isEmpty() ? TITLE_HEADS.contains(word)
          : TITLE_HEADS.contains(word) || TITLE_MODIFIERS.contains(word);
      if (!head) {
        break;
      }
      title.add(0, word);
      titleStart = w.start(1);
    }
    if (!title.isEmpty()) {
      String written = String.join(" ", title);
      out.add(new Role(written, written, true));
    }
    String before = body.substring(s.start(), titleStart);
    Matcher role = ROLE_BEFORE.matcher(before);
    if (title.isEmpty() && role.find()) {
      addRole(out, role.group(1), stemmer, false);
    }
    Matcher after = ROLE_AFTER.matcher(body.substring(m.end(), s.end()));
    if (after.find()) {
      addRole(out, after.group(1), stemmer, false);
    }
    Matcher identified = IDENTIFIED.matcher(before);
    if (identified.find()) {
      addRole(out, identified.group(1) != null ? identified.group(1) : identified.group(2), stemmer, true);
    }
    Matcher agent = AGENT.matcher(before);
    if (agent.find()) {
      out.add(new Role(agent.group(1) + " by", agent.group(1) + " by", false));
    }
    return out;
  }

  /**
   * A role phrase's head, its last word ("the lead pilot" is a "pilot"), unless it is no role; the
   * slot is a person's when {@code personOnly} says so or the head is a person's role word.
   */
  private static void addRole(List<Role> out, String phrase, PorterStemmer stemmer, boolean personOnly) {
    List<String> words = Words.tokens(phrase);
    if (words.isEmpty()) {
      return;
    }
    String head = words.get(words.size() - 1);
    if (Words.isStopword(head) || NO_ROLE.contains(head) || head.length() < 3) {
      return;
    }
    String key = stemmer.stem(head);
    boolean person = personOnly || TITLE_HEADS.contains(head) || PERSON_ROLES.contains(head);
    if (out.stream().noneMatch(r -> r.key().equals(key))) {
      out.add(new Role(key, head, person));
    }
    // "the returning officer, Alan Reeve" fills the slot "returning officer Gwen Parry" fills
    asTitle(words).filter(t -> out.stream().noneMatch(r -> r.key().equals(t)))
        .ifPresent(t -> out.add(new Role(t, t, true)));
  }

  /**
   * The title a role phrase is when written before a name: an office of one holder it ends with
   * ("general secretary"), or the whole phrase when it is a title chain ("police chief").
   */
  private static Optional<String> asTitle(List<String> words) {
    for (int from = Math.max(0, words.size() - 3); from < words.size() - 1; from++) {
      String tail = String.join(" ", words.subList(from, words.size()));
      if (ONE_HOLDER_OFFICES.contains(tail)) {
        return Optional.of(tail);
      }
    }
    if (!TITLE_HEADS.contains(words.get(words.size() - 1))) {
      return Optional.empty();
    }
    for (String w : words.subList(0, words.size() - 1)) {
      if (!TITLE_HEADS.contains(w) && !TITLE_MODIFIERS.contains(w)) {
        return Optional.empty();
      }
    }
    return Optional.of(String.join(" ", words));
  }

  /**
   * Different people (or bodies) of one type in sentences alike without their names, and neither
   * outlet names the other's anywhere in its article.
   */
  static boolean disagree(Named a, Named b) {
    return a.type() == b.type() && ContentVectors.cosine(a.rest(), b.rest()) >= FactGrouper.SAME_FACT && !a.entity().equals(b.entity()) && !oneInsideTheOther(a.entity(), b.entity())
        && !PlaceClaims.namesAny(b.body(), a.names()) && !PlaceClaims.namesAny(a.body(), b.names());
  }

  /** "Kim Jong-un" and "Kim": every word of the shorter name is a word of the longer one. */
  private static boolean oneInsideTheOther(String a, String b) {
    Set<String> wordsA = Set.copyOf(Words.tokens(a.replace('-', ' ')));
    Set<String> wordsB = Set.copyOf(Words.tokens(b.replace('-', ' ')));
    return wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA);
  }
}
