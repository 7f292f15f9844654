package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses the type of a name from its words and the words around it. Evidence, strongest first:
 * the {@link Gazetteer}; a wire dateline; a known organisation at the end ("International Red
 * Cross"); a cut-off title (a person); an organisation word ("Authority"); an initialism; an event
 * word ("Storm Ulla"); a place word or prefix ("Quay Street", "Ft. Lauderdale"); then context
 * ("Tarsa-based", "in Tarsa", "Seo said"); then shape (several capitalised words read as a
 * person's name, one unknown word as OTHER).
 */
final class MentionTyper {
  /** Strength of a guess: a weaker guess yields to a stronger one for the same name. */
  static final int SHAPE = 0;
  static final int CONTEXT = 1;
  static final int LEXICAL = 2;

  /** First words that make a name a place: "Ft. Lauderdale", "Mount Velm", "Lake Tarsa". */
  private static final Set<String> PLACE_PREFIXES = Set.of("Ft", "Fort", "Mt", "Mount", "Lake", "Cape", "Isle", "Port", "River", "Loch");

  /** Words after the head noun of an apposition: ", a spokeswoman for the hospital". */
  private static final Set<String> APPOSITION_ENDS = Set.of("for", "of", "at", "in", "with", "from", "on", "who", "which", "that");

  /** Lower-case nouns that name a kind of place right before its name: "the capital Orlek". */
  private static final Set<String> PLACE_KINDS = Set.of(
      "capital", "town", "city", "village", "island", "province", "region", "district", "port", "suburb");

  /** A type with the strength of its evidence. */
  record Guess(EntityType type, int strength) {}

  private final Gazetteer gazetteer;

  MentionTyper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The type of the name made of {@code tokens[from, to)}; {@code titled} when a title or
   * honorific was cut off before it.
   */
  Guess guess(String body, List<Token> tokens, int from, int to, boolean titled) {
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    String text = body.substring(first.start(), last.end());
    var known = gazetteer.typeOf(text);
    if (known.isPresent()) {
      return new Guess(known.get(), LEXICAL);
    }
    if (isDateline(body, tokens, from, to)) {
      return new Guess(EntityType.PLACE, LEXICAL);
    }
    if (endsWithKnownOrganisation(tokens, from, to, body)) {
      return new Guess(EntityType.ORGANISATION, LEXICAL); // "International Red Cross"
    }
    if (titled) {
      return new Guess(EntityType.PERSON, LEXICAL);
    }
    if (to - from == 1 && containsOrganisationWord(tokens, from, to)) {
      // A generic head alone ("Authorities said", "Police"): weak, so that a lone one opening a
      // sentence is dropped unless the article confirms it.
      return new Guess(EntityType.ORGANISATION, SHAPE);
    }
    if (containsOrganisationWord(tokens, from, to) || text.contains("&")) {
      return new Guess(EntityType.ORGANISATION, LEXICAL);
    }
    if (to - from > 1 && NewsWords.in(NewsWords.COMPASS_PREFIXES, first.text())
        && gazetteer.typeOf(body.substring(tokens.get(from + 1).start(), last.end()))
            .filter(t -> t == EntityType.PLACE).isPresent()) {
      return new Guess(EntityType.PLACE, LEXICAL); // "North Atlantic"
    }
    if (to - from == 1 && first.isInitialism()) {
      return new Guess(EntityType.ORGANISATION, LEXICAL);
    }
    if (to - from > 1 && (containsInitialism(tokens, from, to) || spelledOutInitialismFollows(tokens, to))) {
      return new Guess(EntityType.ORGANISATION, LEXICAL); // "U.N. Development Programme (UNDP)"
    }
    if (to - from > 1 && (NewsWords.in(NewsWords.EVENT_WORDS, first.text())
        || NewsWords.in(NewsWords.EVENT_WORDS, last.text()))) {
      return new Guess(EntityType.OTHER, LEXICAL);
    }
    if (to - from > 1 && nameWordCount(tokens, from, to) == to - from && !NewsWords.in(PLACE_PREFIXES, first.text())
        && (hasRoleApposition(tokens, from) || hasApposition(tokens, to, NewsWords.PERSON_ROLES))) {
      // "the chief executive, Nora Vale," or "Piet Smit, the founder,": a surname that is also a
      // place word ("Vale", "Marsh") does not make a person a place
      return new Guess(EntityType.PERSON, LEXICAL);
    }
    if (to - from > 2 && NewsWords.in(NewsWords.PLACE_WORDS, first.text()) && tokens.get(from + 1).is("of")) {
      return new Guess(EntityType.PLACE, LEXICAL); // "Sea of Vell", "Gulf of Tarsa"
    }
    if (to - from > 1 && NewsWords.in(PLACE_PREFIXES, first.text())) {
      return new Guess(EntityType.PLACE, LEXICAL);
    }
    for (int k = from; k < to; k++) {
      if (k > from && NewsWords.in(NewsWords.PLACE_WORDS, tokens.get(k).text())) {
        return new Guess(EntityType.PLACE, LEXICAL);
      }
    }
    Token before = from > 0 ? tokens.get(from - 1) : null;
    Token after = to < tokens.size() ? tokens.get(to) : null;
    Token afterNext = to + 1 < tokens.size() ? tokens.get(to + 1) : null;
    if (after != null && after.isHyphen() && afterNext != null && afterNext.is("based")) {
      return new Guess(EntityType.PLACE, CONTEXT);
    }
    boolean possessive = after != null && (after.is("'s") || after.is("’s"));
    boolean who = after != null && after.text().equals(",") && afterNext != null && afterNext.is("who");
    if (before != null && !possessive && !(who && nameWordCount(tokens, from, to) >= 2)
        && NewsWords.PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))) {
      return new Guess(EntityType.PLACE, CONTEXT);
    }
    if (to - from == 1 && before != null && PLACE_KINDS.contains(before.text())) {
      return new Guess(EntityType.PLACE, CONTEXT); // "the capital Orlek", "the town Altmoor"
    }
    if (to - from == 1 && isPlaceByNeighbours(tokens, from, to)) {
      return new Guess(EntityType.PLACE, CONTEXT); // "the Caldera coast", "the people of Talmore"
    }
    if (hasApposition(tokens, to, NewsWords.PERSON_ROLES)) {
      return new Guess(EntityType.PERSON, CONTEXT); // "Renfrew, the company's chief executive, said"
    }
    if (hasApposition(tokens, to, NewsWords.ORGANISATION_NOUNS) || isFollowedByWhich(tokens, to)) {
      return new Guess(EntityType.ORGANISATION, CONTEXT); // "X, the mining company,", "X, which ..."
    }
    if (to - from > 1 && before != null && before.is("the") && !NewsWords.in(NewsWords.TITLES, first.text())
        && !isSpeechVerb(after)) {
      // Nobody's name follows "the": "members of the United Miners Guild".
      return new Guess(EntityType.ORGANISATION, CONTEXT);
    }

    if (isSpeechVerb(after) || isSpeechVerb(before)
        || (after != null && after.text().equals(",") && afterNext != null && afterNext.is("who"))) {
      return new Guess(EntityType.PERSON, CONTEXT);
    }
    if (nameWordCount(tokens, from, to) >= 2) {
      return new Guess(EntityType.PERSON, SHAPE);
    }
    return new Guess(EntityType.OTHER, SHAPE);
  }

  /**
   * "Talmore residents", "Kaldera's leader", "the mayor of Altmoor": a single name followed by a
   * place noun (after an optional possessive), or preceded by a place noun and "of".
   */
  private static boolean isPlaceByNeighbours(List<Token> tokens, int from, int to) {
    int next = to;
    if (next < tokens.size() && (tokens.get(next).is("'s") || tokens.get(next).is("’s"))) {
      next++;
    }
    if (next < tokens.size() && NewsWords.PLACE_FOLLOWERS.contains(tokens.get(next).text())) {
      return true;
    }
    return from >= 2 && tokens.get(from - 1).is("of")
        && NewsWords.PLACE_OF_HEADS.contains(tokens.get(from - 2).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a person's role in apposition ends right before the name starting at {@code from}:
   * "the chief executive, " or "its new chief executive, " (a determiner, at most four words,
   * the last a person's role, then a comma).
   */
  private static boolean hasRoleApposition(List<Token> tokens, int from) {
    if (from < 3 || !tokens.get(from - 1).text().equals(",")
        || !NewsWords.PERSON_ROLES.contains(tokens.get(from - 2).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = from - 3; k >= Math.max(0, from - 6); k--) {
      Token t = tokens.get(k);
      if (t.is("the") || t.is("its") || t.is("their") || t.is("his") || t.is("her") || t.is("a") || t.is("an")) {
        return true;
      }
      if (t.tag().equals("PUNCT") || t.tag().equals("PROPN") || t.tag().equals("VERB")) {
        return false;
      }
    }
    return false;
  }

  /** "X, which is based in Norway": "which" is for things, "who" for people. */
  private static boolean isFollowedByWhich(List<Token> tokens, int to) {
    return to + 1 < tokens.size() && tokens.get(to).text().equals(",") && tokens.get(to + 1).is("which");
  }

  /**
   * Whether an apposition with one of {@code nouns} follows the name ending at {@code to}:
   * ", the bureau's chief forecaster," or ", a nurse" for people, ", the mining company" for
   * organisations.
   */
  private static boolean hasApposition(List<Token> tokens, int to, java.util.Set<String> nouns) {
    if (to + 2 >= tokens.size() || !tokens.get(to).text().equals(",")) {
      return false;
    }
    Token determiner = tokens.get(to + 1);
    if (!(determiner.is("the") || determiner.is("a") || determiner.is("an") || determiner.is("its")
        || determiner.is("his") || determiner.is("her") || determiner.is("their"))) {
      return false;
    }
    for (int k = to + 2; k < Math.min(tokens.size(), to + 8); k++) {
      Token token = tokens.get(k);
      if (token.tag().equals("PUNCT") || APPOSITION_ENDS.contains(token.text())) {
        return false; // the head comes before "for the hospital"
      }
      boolean possessor = k + 1 < tokens.size() && (tokens.get(k + 1).is("'s") || tokens.get(k + 1).is("’s"));
      if (!possessor && nouns.contains(token.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsInitialism(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isInitialism()) {
        return true;
      }
    }
    return false;
  }

  private static boolean spelledOutInitialismFollows(List<Token> tokens, int to) {
    return to + 2 < tokens.size() && tokens.get(to).text().equals("(")
        && tokens.get(to + 1).isInitialism() && tokens.get(to + 2).text().equals(")");
  }

  /** "VELM, Tarsa (Velm Courier) - ...": the place names that open a wire story. */
  static boolean isDateline(String body, List<Token> tokens, int from, int to) {
    if (tokens.get(0).sentence() != 0) {
      return false;
    }
    int firstLetter = 0;
    while (firstLetter < body.length() && !Character.isLetter(body.charAt(firstLetter))) {
      firstLetter++;
    }
    Token first = tokens.get(from);
    if (first.start() == firstLetter) {
      String text = body.substring(first.start(), tokens.get(to - 1).end());
      if (!text.equals(text.toUpperCase(Locale.ROOT)) || to >= tokens.size()) {
        return false;
      }
      Token next = tokens.get(to);
      // "VELM, Tarsa (...)", "ALTMOOR - More than ...", "GENEVA (Meridian Wire) - ..."
      return next.text().equals(",") || next.text().equals("(") || next.isHyphen() || next.text().equals("—")
          || next.text().equals("–");
    }
    // The region after the city: "VELM, Tarsa".
    return from >= 2 && tokens.get(from - 1).text().equals(",")
        && isDateline(body, tokens, from - 2, from - 1) && to < tokens.size()
        && (tokens.get(to).text().equals("(") || tokens.get(to).isHyphen() || tokens.get(to).text().equals("—"));
  }

  private boolean endsWithKnownOrganisation(List<Token> tokens, int from, int to, String body) {
    for (int k = from + 1; k < to; k++) {
      String tail = body.substring(tokens.get(k).start(), tokens.get(to - 1).end());
      if (tail.contains(" ") && gazetteer.typeOf(tail).filter(t -> t == EntityType.ORGANISATION).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static int nameWordCount(List<Token> tokens, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      Token token = tokens.get(k);
      boolean joined = k > from && (tokens.get(k - 1).isHyphen() || token.isHyphen());
      if (!joined && token.isCapitalised()) {
        words++;
      }
    }
    return words;
  }

  private static boolean isSpeechVerb(Token token) {
    return token != null && NewsWords.SPEECH_VERBS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  static boolean containsOrganisationWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (NewsWords.in(NewsWords.ORGANISATION_WORDS, tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }
}
