package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted speech and who said it.
 *
 * <p>Quotes are spans inside straight ("..."), curly (“...”) or TeX-style (``...'') marks, found
 * per paragraph; a quote left open at the end of a paragraph runs to its end (the news convention
 * for a quote that goes on in the next paragraph). Short spans of one to three words are scare
 * quotes and are dropped unless attributed.
 *
 * <p>The speaker comes from the words after the quote ("..., said X", "..., X said", "..." she
 * added, "...," X told reporters, "according to X") or before it (X said: "...", also when "He
 * said:" ends the paragraph before). A pronoun means the nearest person named earlier outside
 * quotes; a one-word person name means the full name introduced last that it ends or starts ("Mr
 * Veit" after "Paul Veit"); "the ministry" means the nearest organisation named earlier with
 * "Ministry" in its name, a bare "the company" else the nearest organisation, and a longer
 * description stays as written ("the state news agency", for the resolver to match); a role such as
 * "the spokeswoman" means a person introduced with that role, else the nearest organisation. Only
 * people and organisations speak: a nationality or place in the subject is not the speaker. A quote
 * without attribution inherits the speaker of the quote right before it in the same paragraph or
 * at the end of the previous paragraph, unless someone else is named in between; a quote left open
 * at a paragraph's end takes the speaker of its continuation in the next paragraph.
 */
final class QuoteFinder {
  private static final String VERBS = String.join("|", NewsWords.SPEECH_VERBS.stream().sorted().toList());
  /** A character of a name phrase: no clause punctuation, but abbreviation dots ("Mr. Seo", "U.N."). */
  private static final String PHRASE_CHAR = "(?:[^,.;:!?\"“”]|\\.(?=\\S)"
      + "|(?<=\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Gov|Rep|Lt|Col|Capt|Sgt|Rev|St|\\p{Lu}))\\.)";
  /** '..., said the spokeswoman, ...': the verb, then the subject up to a clause break. */
  private static final Pattern VERB_FIRST = unicode(
      "^(?:" + VERBS + ")\\s+(?!that\\b|to\\b|in\\b|on\\b)(.{1,120}?)\\s*(?=[,.;:!?()]"
          + "|\\s(?:who|on|in|at|during|after|before|when|as|while|from|to|via|with)\\s|$)");
  /** '..., Seo, a fisherman, told ...': the subject (group 1), its apposition (2), the verb. */
  private static final Pattern SUBJECT_FIRST = unicode(
      "^(" + PHRASE_CHAR + "{1,80}?)(,[^,;:!?\"“”]{1,80},)?\\s+(?:" + VERBS + ")\\b");
  private static final Pattern ACCORDING_TO = unicode(
      "(?i:according to)\\s+(" + PHRASE_CHAR + "{1,100}?)\\s*(?=[,.;:!?\"“”]|$)");
  /** 'Seo said on Tuesday: "...': subject, apposition, verb and a few words up to the quote. */
  private static final Pattern SUBJECT_BEFORE = unicode(
      "(" + PHRASE_CHAR + "{1,80}?)(,[^;:!?\"“”]{1,80},)?\\s+(?:" + VERBS + ")\\b(?:[^.!?\"“”]|\\.(?=\\S)|(?<=\\p{Lu})\\.){0,60}?[:,]?\\s*$");
  private static final Pattern LEADING_PUNCTUATION = unicode("^[\\s,.;!?—–-]+");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  /** Auxiliaries and adverbs between a subject and its speech verb. */
  private static final Set<String> SUBJECT_TAIL_WORDS = Set.of(
      "had", "has", "have", "was", "is", "were", "will", "would", "also", "later", "then", "once",
      "previously", "again", "repeatedly", "earlier", "herself", "himself", "recently", "often", "quoted",
      "as", "being");
  /** Words that open a clause before its subject: "..., where he was quoted as telling ...". */
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "where", "and", "but", "as", "when", "while", "then", "so", "after", "before", "though", "although");
  private static final Set<String> ROLE_WORDS = Set.of(
      "spokeswoman", "spokesman", "spokesperson", "official", "minister", "mayor", "director",
      "chief", "executive", "president", "chairman", "chairwoman", "secretary", "commissioner",
      "governor", "head", "leader", "envoy", "ambassador", "officer", "manager", "founder",
      "spokespeople", "representative", "adviser", "advisor", "economist", "analyst", "professor");
  private static final Set<String> ORGANISATION_NOUNS = Set.of(
      "ministry", "authority", "council", "agency", "commission", "bank", "union", "party", "company",
      "group", "university", "institute", "department", "court", "police", "service", "board",
      "association", "federation", "government", "firm", "office", "committee", "army", "navy",
      "organisation", "organization", "foundation", "charity", "airline", "operator", "utility",
      "cabinet", "parliament", "embassy", "consulate", "regulator", "club", "team");
  private static final int MIN_UNATTRIBUTED_WORDS = 4;
  /** How far before or after a quote its attribution is looked for, in characters. */
  private static final int MAX_CONTEXT = 250;

  /** The quotes in {@code body}, with speakers where the text says who spoke. */
  List<Quote> find(String body, List<Sentence> sentences, List<Mention> mentions) {
    List<RawQuote> raw = new ArrayList<>();
    int paragraph = 0;
    int paragraphStart = 0;
    Matcher breaks = SentenceSplitter.PARAGRAPH_BREAK.matcher(body);
    while (true) {
      boolean found = breaks.find();
      int paragraphEnd = found ? breaks.start() : body.length();
      scanParagraph(body, paragraph, paragraphStart, paragraphEnd, raw);
      if (!found) {
        break;
      }
      paragraph++;
      paragraphStart = breaks.end();
    }
    List<Mention> outside = mentions.stream().filter(m -> !insideAny(m, raw)).toList();
    List<Optional<String>> attributed = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      attributed.add(attribute(body, raw.get(i), i > 0 ? raw.get(i - 1) : null, sentences, outside));
    }
    List<Optional<String>> speakers = new ArrayList<>(attributed);
    // A quote left open at a paragraph's end goes on in the next one, which may name the speaker.
    for (int i = raw.size() - 2; i >= 0; i--) {
      RawQuote q = raw.get(i);
      RawQuote next = raw.get(i + 1);
      if (speakers.get(i).isEmpty() && q.markEnd < 0 && next.paragraph == q.paragraph + 1 && next.opensParagraph) {
        speakers.set(i, speakers.get(i + 1));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    RawQuote previous = null;
    Optional<String> previousSpeaker = Optional.empty();
    for (int i = 0; i < raw.size(); i++) {
      RawQuote q = raw.get(i);
      Optional<String> speaker = speakers.get(i);
      if (attributed.get(i).isEmpty() && wordCount(q.text(body)) < MIN_UNATTRIBUTED_WORDS) {
        continue; // a scare quote
      }
      if (speaker.isEmpty() && previous != null && previousSpeaker.isPresent()
          && adjacent(previous, q, raw)
          && !someoneElseNamedBetween(previous, q, previousSpeaker.get(), sentences, outside)) {
        speaker = previousSpeaker;
      }
      quotes.add(new Quote(q.text(body), speaker, sentenceAt(sentences, q.start), q.start, q.end));
      previous = q;
      previousSpeaker = speaker;
    }
    return quotes;
  }

  /**
   * '"...," said Seo. Berg disagreed. "..."': a name in a sentence between two quotes breaks the
   * chain. The sentence that ends the first quote (its attribution) does not count.
   */
  private static boolean someoneElseNamedBetween(RawQuote previous, RawQuote q, String speaker,
      List<Sentence> sentences, List<Mention> mentions) {
    Sentence attribution = sentenceContaining(sentences, previous.end - 1);
    int from = attribution == null ? previous.end : Math.max(previous.end, attribution.end());
    String speakerKey = NameKeys.key(speaker);
    return mentions.stream().anyMatch(m -> m.start() >= from && m.end() <= q.start
        && m.type() != EntityType.PLACE && !NameKeys.key(m.text()).equals(speakerKey));
  }

  private static boolean adjacent(RawQuote previous, RawQuote q, List<RawQuote> raw) {
    if (previous.paragraph == q.paragraph) {
      return true;
    }
    boolean lastOfItsParagraph = raw.stream().noneMatch(r -> r.paragraph == previous.paragraph && r.start > previous.start);
    return previous.paragraph == q.paragraph - 1 && lastOfItsParagraph && q.opensParagraph;
  }

  private static void scanParagraph(String body, int paragraph, int from, int to, List<RawQuote> out) {
    int open = -1;
    int openMark = -1;
    for (int i = from; i < to; i++) {
      if (open < 0) {
        int inside = openingMarkEnd(body, i, from);
        if (inside > i) {
          open = inside;
          openMark = i;
          i = inside - 1;
        }
      } else {
        int markLength = closingMarkLength(body, i);
        if (markLength > 0) {
          add(body, paragraph, openMark == firstNonSpace(body, from), openMark, open, i, i + markLength, out);
          open = -1;
          i += markLength - 1;
        }
      }
    }
    if (open >= 0) {
      add(body, paragraph, openMark == firstNonSpace(body, from), openMark, open, to, -1, out);
    }
  }

  private static int firstNonSpace(String body, int from) {
    while (from < body.length() && Spaces.isSpace(body.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Offset just past an opening mark at {@code i}, or {@code i} when none opens there. */
  private static int openingMarkEnd(String body, int i, int paragraphStart) {
    char c = body.charAt(i);
    if (c == '“') {
      return i + 1;
    }
    if (c == '`' && i + 1 < body.length() && body.charAt(i + 1) == '`') {
      return i + 2;
    }
    if (c == '"') {
      char before = i > paragraphStart ? body.charAt(i - 1) : ' ';
      boolean afterWord = Character.isLetterOrDigit(before) || ".,!?".indexOf(before) >= 0;
      return afterWord ? i : i + 1;
    }
    return i;
  }

  private static int closingMarkLength(String body, int i) {
    char c = body.charAt(i);
    if (c == '”' || c == '"') {
      return 1;
    }
    if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
      return 2;
    }
    return 0;
  }

  private static void add(String body, int paragraph, boolean opensParagraph, int markStart,
      int start, int end, int markEnd, List<RawQuote> out) {
    while (start < end && Spaces.isSpace(body.charAt(start))) {
      start++;
    }
    while (end > start && Spaces.isSpace(body.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new RawQuote(paragraph, opensParagraph, markStart, start, end, markEnd));
    }
  }

  private Optional<String> attribute(String body, RawQuote q, RawQuote before,
      List<Sentence> sentences, List<Mention> mentions) {
    Sentence closing = q.markEnd >= 0 ? sentenceContaining(sentences, q.markEnd - 1) : null;
    boolean closesSentence = closing != null && closing.end() <= q.markEnd;
    if (closing != null && !closesSentence) {
      Optional<String> s = fromWordsAfter(body, q, q.markEnd, closing.end(), mentions);
      if (s.isPresent()) {
        return s;
      }
    }
    Optional<String> s = fromWordsBefore(body, q, before, sentences, mentions);
    if (s.isPresent() || !closesSentence) {
      return s;
    }
    // '"We are ready." Okafor-Lind said.' : only a short next sentence of the same paragraph.
    Sentence next = closing.index() + 1 < sentences.size() ? sentences.get(closing.index() + 1) : null;
    if (next == null || wordCount(next.text()) > 8
        || SentenceSplitter.PARAGRAPH_BREAK.matcher(body.substring(q.markEnd, next.start())).find()) {
      return Optional.empty();
    }
    return fromWordsAfter(body, q, next.start(), next.end(), mentions);
  }

  private Optional<String> fromWordsAfter(String body, RawQuote q, int from, int to, List<Mention> mentions) {
    int limit = nextOpeningMark(body, from, Math.min(to, from + MAX_CONTEXT));
    Matcher lead = LEADING_PUNCTUATION.matcher(body.substring(from, limit));
    int offset = from + (lead.find() ? lead.end() : 0);
    String rest = body.substring(offset, limit);
    for (Pattern pattern : List.of(VERB_FIRST, SUBJECT_FIRST, ACCORDING_TO)) {
      Matcher m = pattern.matcher(rest);
      if (m.find()) {
        Optional<Mention> apposition = personInApposition(offset + m.end(1), limit, mentions);
        if (pattern == VERB_FIRST && apposition.isPresent()
            && mentions.stream().noneMatch(x -> x.start() >= offset + m.start(1) && x.end() <= offset + m.end(1))) {
          return apposition.map(Mention::text); // "said the spokeswoman, Ana Lopes."
        }
        Optional<String> s = speaker(body, offset + m.start(1), offset + subjectEnd(m), q, mentions);
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  /** End of the subject, with its apposition when there is one: "Tse, a Republican,". */
  private static int subjectEnd(Matcher m) {
    return m.groupCount() >= 2 && m.group(2) != null ? m.end(2) - 1 : m.end(1);
  }

  private Optional<String> fromWordsBefore(String body, RawQuote q, RawQuote before,
      List<Sentence> sentences, List<Mention> mentions) {
    Sentence opening = sentenceContaining(sentences, q.markStart);
    if (q.opensParagraph && opening != null && opening.index() > 0) {
      // 'He said:' ending the paragraph before introduces the quote that opens this one.
      Sentence previous = sentences.get(opening.index() - 1);
      if (previous.text().endsWith(":")) {
        Matcher m = SUBJECT_BEFORE.matcher(previous.text());
        if (m.find()) {
          Optional<String> s = speaker(body, previous.start() + m.start(1), previous.start() + subjectEnd(m), q, mentions);
          if (s.isPresent()) {
            return s;
          }
        }
      }
    }
    int from = opening == null ? q.markStart : opening.start();
    if (before != null && before.markEnd > from && before.markEnd <= q.markStart) {
      from = before.markEnd;
    }
    from = Math.max(from, q.markStart - MAX_CONTEXT); // attributions are short; bounds the regex work
    String lead = body.substring(from, q.markStart);
    for (Pattern pattern : List.of(SUBJECT_BEFORE, ACCORDING_TO)) {
      Matcher m = pattern.matcher(lead);
      if (m.find()) {
        Optional<String> s = speaker(body, from + m.start(1), from + subjectEnd(m), q, mentions);
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  /** A person named right after a comma at {@code at}: the name in apposition to a role. */
  private static Optional<Mention> personInApposition(int at, int limit, List<Mention> mentions) {
    return mentions.stream()
        .filter(m -> m.type() == EntityType.PERSON && m.start() > at && m.start() <= at + 3 && m.end() <= limit)
        .findFirst();
  }

  /** The first opening quote mark in [from, to), else {@code to}. */
  private static int nextOpeningMark(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c == '“' || (c == '"' && i > 0 && Spaces.isSpace(body.charAt(i - 1)))
          || (c == '`' && i + 1 < to && body.charAt(i + 1) == '`')) {
        return i;
      }
    }
    return to;
  }

  private static Sentence sentenceContaining(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Who the phrase at [from, to) names, reading it as the subject of a speech verb. */
  private Optional<String> speaker(String body, int from, int to, RawQuote q, List<Mention> mentions) {
    Mention firstInside = null;
    for (Mention m : mentions) {
      if (m.start() >= from && m.end() <= to) {
        if (m.type() == EntityType.PERSON) {
          return Optional.of(fullName(m, mentions));
        }
        if (firstInside == null && m.type() == EntityType.ORGANISATION) {
          firstInside = m; // not "European" of "a European diplomat", nor a place
        }
      }
    }
    if (firstInside != null) {
      return Optional.of(firstInside.text());
    }
    String written = body.substring(from, to).strip();
    int comma = written.indexOf(',');
    String phrase = comma > 0 ? written.substring(0, comma).strip() : written; // without apposition
    List<String> wordList = new ArrayList<>(List.of(
        phrase.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("(?U)\\s+")));
    while (wordList.size() > 1 && SUBJECT_TAIL_WORDS.contains(wordList.get(wordList.size() - 1))) {
      wordList.remove(wordList.size() - 1); // "she had (called)", "the ministry also (said)"
    }
    while (wordList.size() > 1 && CLAUSE_OPENERS.contains(wordList.get(0))) {
      wordList.remove(0); // "where he (was quoted as telling)"
    }
    String[] words = wordList.toArray(String[]::new);
    if (words.length == 0) {
      return Optional.empty();
    }
    int anchor = Math.min(from, q.start);
    String last = words[words.length - 1];
    // "he said", and "In an interview with a local radio station he said": an adverbial phrase
    // may come before the pronoun.
    boolean pronounSubject = PERSON_PRONOUNS.contains(last)
        && (words.length == 1 || !Set.of("and", "or", "nor", "than").contains(words[words.length - 2]));
    if (words.length > 6 && !pronounSubject) {
      return Optional.empty();
    }
    if (pronounSubject) {
      return nearestBefore(mentions, anchor, m -> m.type() == EntityType.PERSON).map(m -> fullName(m, mentions));
    }
    boolean determined = words[0].equals("the") || words[0].equals("a") || words[0].equals("an")
        || words[0].equals("its") || words[0].equals("their");
    if (!determined) {
      return Optional.empty();
    }
    for (String word : words) {
      if (ORGANISATION_NOUNS.contains(word)) {
        // "the ministry": the nearest organisation with that word in its name, else the nearest
        // organisation ("the company" after "Corrin Bay Ferries").
        return nearestBefore(mentions, anchor, m -> m.type() == EntityType.ORGANISATION
                && NameKeys.words(m.text()).contains(NameKeys.key(word)))
            .or(() -> words.length == 2 // only a bare "the company", not "the state news agency"
                ? nearestBefore(mentions, anchor, m -> m.type() == EntityType.ORGANISATION)
                : Optional.empty())
            .map(Mention::text).or(() -> Optional.of(phrase));
      }
    }
    for (String word : words) {
      if (ROLE_WORDS.contains(word)) {
        Optional<Mention> person = nearestBefore(mentions, anchor, m -> m.type() == EntityType.PERSON
            && introducedAs(body, m, word));
        if (person.isPresent()) {
          return person.map(Mention::text);
        }
        return nearestBefore(mentions, anchor, m -> m.type() == EntityType.ORGANISATION)
            .map(Mention::text).or(() -> Optional.of(phrase));
      }
    }
    return Optional.empty();
  }

  /**
   * The full name a one-word person mention stands for: the nearest earlier person name of this
   * article that ends with it ("Mr Veit" after "Paul Veit", although the minister Joanna Veit is
   * named too) or starts with it (a family name first, "Ms Ri" after "Ri Yong-mi"), else the
   * mention as written.
   */
  private static String fullName(Mention m, List<Mention> mentions) {
    String key = NameKeys.key(m.text());
    if (key.isEmpty() || key.contains(" ")) {
      return m.text();
    }
    return nearestBefore(mentions, m.start(), other -> other.type() == EntityType.PERSON
            && (NameKeys.key(other.text()).endsWith(" " + key) || NameKeys.key(other.text()).startsWith(key + " ")))
        .map(Mention::text).orElse(m.text());
  }

  /** Whether the text right around {@code m} gives it the role {@code role} ("spokeswoman Ana Lopes"). */
  private static boolean introducedAs(String body, Mention m, String role) {
    int from = Math.max(0, m.start() - 40);
    int to = Math.min(body.length(), m.end() + 40);
    String around = body.substring(from, to).toLowerCase(Locale.ROOT);
    return Pattern.compile("\\b" + Pattern.quote(role) + "\\b").matcher(around).find();
  }

  private static Optional<Mention> nearestBefore(List<Mention> mentions, int offset,
      Predicate<Mention> fits) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= offset && fits.test(m)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset < s.end()) {
        return s.index();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
  }

  /** Unicode-aware: {@code \\s} also matches no-break spaces. */
  private static Pattern unicode(String regex) {
    return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static boolean insideAny(Mention m, List<RawQuote> quotes) {
    return quotes.stream().anyMatch(q -> m.start() >= q.start && m.end() <= q.end);
  }

  private static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("(?U)\\s+").length;
  }

  /**
   * A quoted span before attribution.
   *
   * @param markStart offset of the opening mark
   * @param markEnd   offset just past the closing mark, or -1 when the quote runs to its paragraph's end
   */
  private record RawQuote(int paragraph, boolean opensParagraph, int markStart, int start, int end, int markEnd) {
    String text(String body) {
      return body.substring(start, end);
    }
  }
}
