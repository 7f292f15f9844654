package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names in tagged sentences and guesses their type.
 *
 * <p>A name is a run of proper-noun-like tokens: tagged PROPN, or capitalised inside a sentence
 * (the tagger often calls "Resilience Authority" NOUN), or an initialism ("U.N.", "CRA"). Runs may
 * hold hyphenated parts ("Okafor-Lind", "Jong-un"), "&", and "of"/"for"/"the"/"and" after an
 * organisation head ("Ministry of Transport"). Leading titles ("Mr", "President", "Chief
 * Executive") are cut off and kept as a person cue. Months, days and capitalised common words at
 * the start of a sentence are skipped.
 *
 * <p>{@link MentionTyper} guesses each name's type. A second pass over the article lets weak
 * guesses follow strong ones for the same name, makes a lone word that ends a person's full name a
 * person and one that starts an organisation's name ("Quillon" of "Quillon Systems") that
 * organisation, and drops a lone capitalised word opening a sentence that nothing else confirms.
 */
final class MentionFinder {
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all",
      "both", "either", "neither", "another", "such", "what", "which", "who", "whom", "whose", "when",
      "where", "why", "how", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his",
      "she", "her", "it", "its", "they", "them", "their", "there", "here", "in", "on", "at", "by",
      "for", "from", "with", "without", "of", "to", "into", "onto", "over", "under", "after",
      "before", "since", "until", "during", "about", "against", "between", "among", "through",
      "across", "behind", "beyond", "near", "off", "out", "up", "down", "around", "and", "or", "but",
      "nor", "so", "yet", "if", "because", "although", "though", "while", "whether", "unless", "as",
      "than", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have",
      "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
      "yes", "oh", "also", "only", "just", "very", "then", "now", "still", "even", "however", "many",
      "much", "most", "more", "few", "several", "one", "two", "three", "last", "next", "first");
  private static final Set<String> OPENERS = Set.of("\"", "“", "``", "`", "''", "'", "‘", ":", "(", "[", "—", "–", "-", ";");
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "van", "von", "der", "den", "da", "al", "bin", "el", "la", "du");
  private static final Set<String> NOT_NAMES = Set.of("I", "I.", "OK", "AM", "PM", "TV", "No", "No.", "Nos.",
      "I'm", "I’m", "I'll", "I’ll", "I've", "I’ve", "I'd", "I’d");

  private static final int MAX_NAME_TOKENS = 12;
  private static final int SHAPE = MentionTyper.SHAPE;
  private static final int CONTEXT = MentionTyper.CONTEXT;
  private static final int LEXICAL = MentionTyper.LEXICAL;

  private final Gazetteer gazetteer;
  private final MentionTyper typer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.typer = new MentionTyper(gazetteer);
  }

  MentionFinder() {
    this(Gazetteer.instance());
  }

  /** The mentions in {@code sentences} (tokens per sentence) of {@code body}, in text order. */
  List<Mention> find(String body, List<List<Token>> sentences) {
    List<Candidate> candidates = new ArrayList<>();
    for (List<Token> tokens : sentences) {
      findInSentence(body, tokens, candidates);
    }
    dropUnconfirmed(candidates);
    dropCommonWords(body, candidates);
    harmoniseTypes(candidates);
    spreadPlaceOverCoordination(body, candidates);
    candidates.sort(Comparator.comparingInt(Candidate::start));
    List<Mention> mentions = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      mentions.add(new Mention(body.substring(c.start, c.end), c.type, c.sentence, c.start, c.end));
    }
    return mentions;
  }

  private void findInSentence(String body, List<Token> tokens, List<Candidate> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameLike(tokens, i)) {
        if (isNameShaped(tokens.get(i)) && isSentenceInitial(tokens, i)) {
          // "Tse, a Republican, ...": kept only if the article names Tse elsewhere.
          int before = out.size();
          addRun(body, tokens, i, i + 1, out);
          if (out.size() > before) {
            out.get(out.size() - 1).unsupported = true;
          }
        }
        i++;
        continue;
      }
      int end = extendRun(tokens, i);
      int before = out.size();
      addRun(body, tokens, i, end, out);
      if (end - i == 1 && out.size() > before && isSentenceInitial(tokens, i)) {
        out.get(out.size() - 1).unconfirmed = true;
      }
      i = end;
    }
  }

  /**
   * Drops a lone capitalised word that opens a sentence unless the same name also occurs where
   * capitals mean a name (also as the surname of a full name). A word the tagger called a proper
   * noun ("Ships from Velm ...") also stays when it has a cue of its own ("Seo said") or is known;
   * any other word ("Officials said ...") needs the confirmation.
   */
  private static void dropUnconfirmed(List<Candidate> candidates) {
    Set<String> confirmed = new HashSet<>();
    for (Candidate c : candidates) {
      if (!c.unconfirmed && !c.unsupported) {
        confirmed.add(c.key);
        String[] words = c.key.split(" ");
        confirmed.add(words[words.length - 1]); // "Seo ..." after "Jae-won Seo"
      }
    }
    candidates.removeIf(c -> !confirmed.contains(c.key) && !c.dateline
        && (c.unsupported || (c.unconfirmed && c.strength == SHAPE)));
  }

  /**
   * "Forecasters said ..." when the article also says "the chief forecaster": a lone capitalised
   * word opening a sentence, never capitalised inside one, that the article also writes in lower
   * case (as is, or without or with a plural "s") is a common word, whatever its cues.
   */
  private static void dropCommonWords(String body, List<Candidate> candidates) {
    Set<String> capitalisedInside = new HashSet<>();
    for (Candidate c : candidates) {
      if (!c.unconfirmed && !c.unsupported) {
        capitalisedInside.add(c.key);
      }
    }
    candidates.removeIf(c -> (c.unconfirmed || c.unsupported) && !c.dateline && !capitalisedInside.contains(c.key)
        && !c.key.contains(" ") && writtenInLowerCase(body, c.key));
  }

  private static boolean writtenInLowerCase(String body, String word) {
    List<String> forms = new ArrayList<>(List.of(word, word + "s"));
    if (word.endsWith("s") && word.length() > 3) {
      forms.add(word.substring(0, word.length() - 1));
    }
    for (String form : forms) {
      int at = body.indexOf(form);
      while (at >= 0) {
        int end = at + form.length();
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1));
        boolean wordEnd = end == body.length() || !Character.isLetterOrDigit(body.charAt(end));
        if (wordStart && wordEnd) {
          return true;
        }
        at = body.indexOf(form, at + 1);
      }
    }
    return false;
  }

  /** Index just past the name run that starts at {@code from}. */
  private int extendRun(List<Token> tokens, int from) {
    int end = from + 1;
    boolean connected = false;
    while (end < tokens.size()) {
      Token next = tokens.get(end);
      Token last = tokens.get(end - 1);
      if (next.text().equals(".") && next.start() == last.end() && NewsWords.in(NewsWords.TITLES, last.text())) {
        end++; // "Gen" + "." when the tokenizer cuts the abbreviation
        continue;
      }
      if (next.isHyphen() && next.start() == last.end() && end + 1 < tokens.size()) {
        Token part = tokens.get(end + 1);
        if (part.start() == next.end() && isHyphenatedNamePart(part)) {
          end += 2;
          continue;
        }
        break;
      }
      if (isNameLike(tokens, end)) {
        end++;
        continue;
      }
      int after = connectorEnd(tokens, from, end, connected);
      if (after > end) {
        connected = true;
        end = after;
        continue;
      }
      break;
    }
    return end;
  }

  /** When a connector at {@code at} links the run to more name, the index past the name's next token. */
  private int connectorEnd(List<Token> tokens, int from, int at, boolean connected) {
    Token connector = tokens.get(at);
    String word = connector.text();
    int next = at + 1;
    if (word.equals("&")) {
      return next < tokens.size() && isNameLike(tokens, next) ? next + 1 : at;
    }
    if (NAME_PARTICLES.contains(word)) {
      return next < tokens.size() && isNameLike(tokens, next) ? next + 1 : at;
    }
    if (word.equals("of") || word.equals("for")) {
      if (!hasHead(tokens, from, at)) {
        return at;
      }
      if (next < tokens.size() && tokens.get(next).text().equals("the")) {
        next++;
      }
      return next < tokens.size() && isNameLike(tokens, next) ? next + 1 : at;
    }
    if (word.equals("and") && !connected && !MentionTyper.containsOrganisationWord(tokens, from, at)) {
      // "Maritime and Coastal Workers Union": "and" inside a name that ends in an organisation word.
      int end = next;
      while (end < tokens.size() && isNameLike(tokens, end)) {
        end++;
      }
      return end > next && MentionTyper.containsOrganisationWord(tokens, end - 1, end) ? end : at;
    }
    if (word.equals("and") && connected) {
      // "Ministry of Fisheries and Oceans", but not "Ministry of Transport and Kim Jong-un".
      boolean single = next < tokens.size() && isNameLike(tokens, next)
          && (next + 1 >= tokens.size() || !continuesName(tokens, next + 1));
      return single ? next + 1 : at;
    }
    return at;
  }

  /** Whether token {@code i} carries on the name before it: a name word, "&" or a joining hyphen. */
  private boolean continuesName(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    return isNameLike(tokens, i) || token.text().equals("&")
        || (token.isHyphen() && token.start() == tokens.get(i - 1).end());
  }

  private boolean hasHead(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String text = tokens.get(k).text();
      if (NewsWords.in(NewsWords.TITLES, text)) {
        return false; // "Mayor of Tarsa" is a title, not a name
      }
    }
    for (int k = from; k < to; k++) {
      String text = tokens.get(k).text();
      if (NewsWords.in(NewsWords.ORGANISATION_WORDS, text) || NewsWords.in(NewsWords.CONNECTED_HEADS, text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHyphenatedNamePart(Token part) {
    String text = part.text();
    if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
      return false;
    }
    if (part.isCapitalised()) {
      return true;
    }
    return text.length() <= 4 && !NewsWords.MODIFIER_SUFFIXES.contains(text);
  }

  /** Whether token {@code i} can be part of a name. */
  private boolean isNameLike(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String text = token.text();
    if (!isNameShaped(token)) {
      return false;
    }
    if (token.isInitialism()) {
      return true;
    }
    if (isSentenceInitial(tokens, i)) {
      // A capitalised common word may open the sentence: trust the tagger's proper nouns, known
      // names and titles, or a capitalised word followed by another ("Pavel Hrubý visited").
      return token.tag().equals("PROPN") || NewsWords.in(NewsWords.TITLES, text)
          || gazetteer.typeOf(text).isPresent()
          || (i + 1 < tokens.size() && isNameShaped(tokens.get(i + 1)))
          || (i + 2 < tokens.size() && tokens.get(i + 1).isHyphen()
              && tokens.get(i + 1).start() == token.end() && isHyphenatedNamePart(tokens.get(i + 2)));
    }
    return true;
  }

  /**
   * Capitalised, not a month or day, not a function word. The tag is not trusted for capitalised
   * words: the tagger calls unknown names anything, even PRON ("Hrubý").
   */
  private static boolean isNameShaped(Token token) {
    String text = token.text();
    if (!token.isCapitalised() || NOT_NAMES.contains(text) || NewsWords.in(NewsWords.CALENDAR, text)) {
      return false;
    }
    if (token.isInitialism()) {
      return true; // "US", "WHO": capitals, not the function words
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (FUNCTION_WORDS.contains(lower) || NewsWords.NUMBER_WORDS.contains(lower)) {
      return false;
    }
    return !token.tag().equals("NUM") || text.chars().anyMatch(Character::isLetter);
  }

  private static boolean isSentenceInitial(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token before = tokens.get(k);
      if (OPENERS.contains(before.text())) {
        return true;
      }
      if (!before.tag().equals("PUNCT")) {
        return false;
      }
    }
    return true;
  }

  private void addRun(String body, List<Token> tokens, int from, int to, List<Candidate> out) {
    if (to - from > MAX_NAME_TOKENS) {
      return; // a title-case headline or list, not a name
    }
    if (from >= 2 && to - from >= 3 && tokens.get(from - 1).is("of")
        && NewsWords.in(NewsWords.TITLES, tokens.get(from - 2).text())
        && !MentionTyper.containsOrganisationWord(tokens, from, to)) {
      // "Secretary of State Daniel Whitcombe": the first word ends the title, the rest is the name.
      out.add(typed(body, tokens, from + 1, to, true));
      return;
    }
    boolean allTitles = true;
    for (int k = from; k < to; k++) {
      allTitles &= isTitleToken(tokens.get(k));
    }
    if (allTitles) {
      return; // "the President", "Prime Minister"
    }
    // The last title before the final word and before any connector ends the title prefix.
    int lastTitle = -1;
    for (int k = from; k < to - 1; k++) {
      Token token = tokens.get(k);
      if (NewsWords.in(NewsWords.TITLES, token.text())) {
        boolean dotted = tokens.get(k + 1).text().equals(".");
        lastTitle = dotted ? k + 1 : k;
      } else if (!token.text().equals(".") && !token.isHyphen() && !token.isCapitalised()) {
        break;
      }
    }
    boolean titled = false;
    int nameFrom = from;
    if (lastTitle >= from && lastTitle + 1 < to) {
      int remainderFrom = lastTitle + 1;
      if (!MentionTyper.containsOrganisationWord(tokens, remainderFrom, to)) {
        int titleBlock = lastTitle;
        while (titleBlock > from && isTitleToken(tokens.get(titleBlock - 1))) {
          titleBlock--;
        }
        if (titleBlock > from) {
          addPrefix(body, tokens, from, titleBlock, out); // "Harbour Authority" of "Harbour Authority Chief Executive X"
        }
        titled = true;
        nameFrom = remainderFrom;
      }
    }
    out.add(typed(body, tokens, nameFrom, to, titled));
  }

  private void addPrefix(String body, List<Token> tokens, int from, int to, List<Candidate> out) {
    String text = body.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    boolean initialism = to - from == 1 && tokens.get(from).isInitialism(); // "IBCA Secretary-General ..."
    boolean genericHead = to - from == 1 && !initialism; // "Energy" of "Energy Minister X" is a portfolio
    if (initialism || gazetteer.typeOf(text).isPresent()
        || (!genericHead && MentionTyper.containsOrganisationWord(tokens, from, to))) {
      out.add(typed(body, tokens, from, to, false));
    }
  }

  private static boolean isTitleToken(Token token) {
    return NewsWords.in(NewsWords.TITLES, token.text()) || token.text().equals(".") || token.isHyphen();
  }

  private Candidate typed(String body, List<Token> tokens, int from, int to, boolean titled) {
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    String text = body.substring(first.start(), last.end());
    Candidate c = new Candidate(first.sentence(), first.start(), last.end(), NameKeys.key(text));
    MentionTyper.Guess guess = typer.guess(body, tokens, from, to, titled);
    c.type = guess.type();
    c.strength = guess.strength();
    c.dateline = MentionTyper.isDateline(body, tokens, from, to);
    c.endsWithOrganisationWord = to - from > 1 && NewsWords.in(NewsWords.ORGANISATION_WORDS, last.text());
    return c;
  }

  /**
   * Lets each weak guess follow the strongest guesses for the same name in the article, then
   * makes a lone word that ends a person's full name a person ("Okafor-Lind" after "Maria
   * Okafor-Lind").
   */
  private static void harmoniseTypes(List<Candidate> candidates) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, Integer> bestStrength = new HashMap<>();
    for (Candidate c : candidates) {
      bestStrength.merge(c.key, c.strength, Math::max);
    }
    for (Candidate c : candidates) {
      if (c.strength == bestStrength.get(c.key)) {
        votes.computeIfAbsent(c.key, k -> new HashMap<>()).merge(c.type, 1, Integer::sum);
      }
    }
    for (Candidate c : candidates) {
      if (c.strength < bestStrength.get(c.key)) {
        c.type = majority(votes.get(c.key));
        c.strength = bestStrength.get(c.key);
      }
    }
    List<String> personKeys = candidates.stream()
        .filter(c -> c.type == EntityType.PERSON && c.key.contains(" "))
        .map(c -> c.key).distinct().toList();
    for (Candidate c : candidates) {
      if (c.strength < LEXICAL && c.type != EntityType.PERSON
          && personKeys.stream().anyMatch(full -> full.endsWith(" " + c.key))) {
        c.type = EntityType.PERSON;
      }
    }
    // "Quillon said" after "Quillon Systems": the stem of an organisation's name is that organisation.
    List<String> organisationStems = candidates.stream()
        .filter(c -> c.type == EntityType.ORGANISATION && c.strength == LEXICAL && c.endsWithOrganisationWord)
        .map(c -> c.key.substring(0, Math.max(0, c.key.lastIndexOf(' '))))
        .filter(stem -> !stem.isEmpty()).distinct().toList();
    for (Candidate c : candidates) {
      if (c.strength < LEXICAL && c.type != EntityType.PLACE && organisationStems.contains(c.key)) {
        c.type = EntityType.ORGANISATION;
      }
    }
  }

  /**
   * "in Altmoor and Westharrow", "from Brannock Vale to Dunmore": an untyped single name joined to
   * a place by "and", "or" or "to" is a place too.
   */
  private static void spreadPlaceOverCoordination(String body, List<Candidate> candidates) {
    candidates.sort(Comparator.comparingInt(Candidate::start));
    for (int i = 1; i < candidates.size(); i++) {
      Candidate left = candidates.get(i - 1);
      Candidate right = candidates.get(i);
      if (left.sentence != right.sentence || left.type != EntityType.PLACE || right.type != EntityType.OTHER
          || right.strength != SHAPE || right.key.contains(" ")) {
        continue;
      }
      String between = body.substring(left.end, right.start).strip();
      boolean fromTo = between.equals("to") && body.substring(0, left.start).stripTrailing().endsWith(" from");
      if (between.equals("and") || between.equals("or") || between.equals(",") || fromTo) {
        right.type = EntityType.PLACE;
        right.strength = CONTEXT;
      }
    }
  }

  private static EntityType majority(Map<EntityType, Integer> votes) {
    EntityType best = EntityType.OTHER;
    int bestCount = -1;
    for (EntityType type : EntityType.values()) { // enum order breaks ties: PERSON first
      int count = votes.getOrDefault(type, 0);
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  }

  /** A name found in the text, before its type is final. */
  private static final class Candidate {
    final int sentence;
    final int start;
    final int end;
    final String key;
    EntityType type = EntityType.OTHER;
    int strength = SHAPE;
    /** A lone sentence-initial word the tagger called a proper noun. */
    boolean unconfirmed;
    /** A lone sentence-initial capitalised word the tagger did not call a proper noun. */
    boolean unsupported;
    /** The place of a wire dateline ("ALTMOOR - ..."): a name whatever the tagger says. */
    boolean dateline;
    /** Several words, the last a generic organisation word ("Quillon Systems"). */
    boolean endsWithOrganisationWord;

    Candidate(int sentence, int start, int end, String key) {
      this.sentence = sentence;
      this.start = start;
      this.end = end;
      this.key = key;
    }

    int start() {
      return start;
    }
  }
}
