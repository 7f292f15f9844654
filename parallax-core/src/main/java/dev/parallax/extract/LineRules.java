package dev.parallax.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognisers for the kinds of line a scraped news page mixes into its article: navigation, share
 * widgets and media-player text, advertisement markers, "related" blocks and "Read more" links,
 * photo credits, bylines and date stubs, copyright, newsletter/cookie/app/comment prompts, agency
 * credits ("Reporting by ..."), follow/contact lines, author profiles.
 *
 * <p>The rules are about the shape of a line, not exact strings: leftovers are short and lack
 * sentence punctuation, or are made only of widget words, or carry a credit/copyright marker. A real
 * sentence that merely contains such a word ("The council will share the cost.") is kept because it
 * is long enough, has other words and ends like a sentence.
 */
final class LineRules {
  private LineRules() {}

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’)\\]」』]*$");

  private static boolean isCjk(Character.UnicodeScript script) {
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * Number of words in {@code line}; in scripts written without spaces, two characters count as one.
   * A word is what {@code [\p{L}\p{N}][\p{L}\p{N}'’.&\-]*} matches; counted in one pass without
   * a regex, as every line rule asks for it.
   */
  static int wordCount(String line) {
    int count = 0;
    int cjkChars = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (isLetterOrNumber(cp)) {
        if (!inWord) {
          count++;
          inWord = true;
        }
        if (mayBeCjk(cp) && isCjk(Character.UnicodeScript.of(cp))) {
          cjkChars++;
        }
      } else if (inWord && !isWordJoiner(cp)) {
        inWord = false;
      }
    }
    return cjkChars == 0 ? count : Math.max(count, cjkChars / 2);
  }

  private static boolean isLetterOrNumber(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** Characters that continue a word but do not start one: "O'Neil", "U.S.", "AT&T", "well-known". */
  private static boolean isWordJoiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '.' || cp == '&' || cp == '-';
  }

  /** Han, kana and Hangul all lie at or above Hangul Jamo (U+1100), none between U+1200 and U+2E80. */
  private static boolean mayBeCjk(int cp) {
    return cp >= 0x1100 && (cp < 0x1200 || cp >= 0x2E80);
  }

  /** A line that ends like a sentence and is long enough to be one. */
  static boolean isSentence(String line) {
    return isSentence(line, wordCount(line));
  }

  /** As {@link #isSentence(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isSentence(String line, int words) {
    return words >= 4 && SENTENCE_END.matcher(line).find();
  }

  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:correspondents?|reporters?|editors?|writers?|columnists?|contributors?|staff|photographers?"
          + "|producers?|journalists?)\\b");

  /** A byline's role line: "Daniel Osei, Health correspondent", "Business Reporter". */
  static boolean isRoleLine(String line) {
    return wordCount(line) <= 10 && !isSentence(line) && ROLE.matcher(line).find();
  }

  /** A line shaped like a headline: 3-25 words, no closing full stop, not a list item. */
  static boolean isHeadlineLike(String line) {
    int words = wordCount(line);
    return words >= 3
        && (Character.isLetterOrDigit(line.codePointAt(0)) || "\"'“‘".indexOf(line.charAt(0)) >= 0)
        && words <= 25
        && !line.endsWith(".")
        && !line.endsWith(":")
        && line.chars().anyMatch(Character::isLetter);
  }

  // ---- navigation ----------------------------------------------------------------------------

  private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s*(?:\\||•|·|›|»|>|/|\\\\)\\s*");
  private static final Set<String> SECTION_WORDS =
      Set.of(
          "home", "news", "world", "business", "sport", "sports", "politics", "opinion", "culture",
          "arts", "science", "tech", "technology", "health", "travel", "lifestyle", "weather", "local",
          "national", "international", "video", "videos", "podcasts", "podcast", "entertainment",
          "money", "markets", "economy", "environment", "climate", "education", "food", "style",
          "life", "obituaries", "events", "jobs", "puzzles", "games", "login", "log", "in", "sign",
          "search", "menu", "more", "about", "contact", "newsletters", "region", "city", "transport",
          "latest", "live", "&", "and", "us", "uk", "europe", "asia", "africa", "americas", "australia",
          "property", "motoring", "cars", "books", "music", "film", "tv", "television", "media",
          "subscribe", "shop", "crosswords", "comment", "analysis", "features", "investigations");

  /** A menu or breadcrumb line: "Home | World | Business", "News › Local › Transport". */
  static boolean isNavigation(String line) {
    if (line.endsWith(".") || line.endsWith("?") || line.endsWith("!")) {
      return false;
    }
    String[] segments = NAV_SEPARATOR.split(line.strip());
    long nonEmpty = Arrays.stream(segments).filter(s -> !s.isBlank()).count();
    if (nonEmpty >= 3 && Arrays.stream(segments).allMatch(s -> wordCount(s) <= 4)) {
      return true;
    }
    // A run of section names without separators: "Home News Sport Business Culture".
    String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 3) {
      return false;
    }
    long sections = Arrays.stream(words).filter(SECTION_WORDS::contains).count();
    return sections >= words.length * 0.75;
  }

  // ---- widgets and advertisement ------------------------------------------------------------

  private static final Set<String> WIDGET_WORDS =
      Set.of(
          "share", "shares", "sharing", "shared", "this", "article", "story", "page", "post", "on",
          "via", "to", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest",
          "telegram", "bluesky", "threads", "messenger", "email", "e-mail", "mail", "print", "comments",
          "comment", "copy", "link", "copied", "tweet", "save", "saved", "bookmark", "gift", "listen",
          "follow", "us", "view", "show", "hide", "leave", "a", "reply", "the", "menu", "search",
          "skip", "content", "main", "sign", "in", "log", "login", "out", "register", "subscribe",
          "now", "back", "top", "next", "previous", "prev", "close", "accept", "reject", "all",
          "manage", "preferences", "settings", "cookies", "cookie", "ok", "got", "it", "agree", "i",
          "options", "toggle", "navigation", "open", "audio", "video", "watch", "full", "screen",
          "zoom", "image", "images", "gallery", "photos", "of", "min", "mins", "read", "scroll",
          "continue", "continue reading", "reading", "expand", "collapse", "like", "likes", "or",
          "and", "up", "more", "caption", "loading", "hide caption", "toggle caption");

  private static final int MAX_WIDGET_TOKENS = 6;
  private static final int LONGEST_WIDGET_WORD = WIDGET_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private static int letterCount(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      letters += Character.isLetter(cp) ? 1 : 0;
      i += Character.charCount(cp);
    }
    return letters;
  }

  private static final Pattern MEDIA_PLAYER =
      Pattern.compile(
          "(?i)\\b(?:autoplay|embed code|copy this code|enable javascript|playback is unsupported"
              + "|browser does not support|click (?:image|here) (?:above|below) to)\\b");

  /** A share bar, social button, media player or page control. */
  static boolean isWidget(String line) {
    return isWidget(line, wordCount(line));
  }

  /** As {@link #isWidget(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isWidget(String line, int words) {
    if (words <= 30 && MEDIA_PLAYER.matcher(line).find()) {
      return true;
    }
    if (letterCount(line) > MAX_WIDGET_TOKENS * LONGEST_WIDGET_WORD) {
      return false; // too many letters for a few widget words: no need to tokenise a paragraph
    }
    String[] tokens =
        line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ").strip().split("\\s+");
    if (tokens.length == 0 || tokens[0].isEmpty() || tokens.length > MAX_WIDGET_TOKENS) {
      return false;
    }
    return Arrays.stream(tokens).allMatch(WIDGET_WORDS::contains);
  }

  private static final Pattern AD_WORD =
      Pattern.compile(
          "(?i)\\b(advertisements?|adverts?|advertising|sponsored|promoted|paid (?:post|content|partnership)"
              + "|partner content|continues? (?:below|after))\\b");
  private static final Pattern AD_ONLY = Pattern.compile("(?i)^\\W*(ads?|promo|sponsor)\\W*$");

  /** An advertisement marker: "ADVERTISEMENT", "Sponsored", "Story continues below advertisement". */
  static boolean isAdvertisement(String line) {
    return isAdvertisement(line, wordCount(line));
  }

  /** As {@link #isAdvertisement(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isAdvertisement(String line, int words) {
    if (AD_ONLY.matcher(line).matches()) {
      return true;
    }
    return words <= 7 && !isSentence(line, words) && AD_WORD.matcher(line).find();
  }

  // ---- related blocks ------------------------------------------------------------------------

  private static final Pattern RELATED_HEADER =
      Pattern.compile(
          "(?i)^(?:related|related (?:articles?|stories|story|coverage|content|news|links|reading|topics)"
              + "|read more|more (?:from|on|in|about) .{1,40}|more (?:stories|news|articles)"
              + "|you (?:might|may) (?:also )?(?:like|enjoy)|you might be interested in"
              + "|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed|shared)"
              + "|trending(?: now| stories)?|see also|also read|read next|what to read next"
              + "|top stories|latest (?:news|stories)|editor'?s'? picks|popular now|further reading"
              + "|in other news|don'?t miss)[\\s:›»>→.…]*$");

  /** The header of a block of links to other articles: "Related Articles", "More from Kestrel". */
  static boolean isRelatedHeader(String line) {
    return isRelatedHeader(line, wordCount(line));
  }

  /** As {@link #isRelatedHeader(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isRelatedHeader(String line, int words) {
    // "You may also like..." ends in an ellipsis, not a sentence.
    if (words > 8) {
      return false;
    }
    String withoutEllipsis = line.replaceAll("(?:\\.{2,}|…)\\s*$", "");
    return !isSentence(withoutEllipsis) && RELATED_HEADER.matcher(line).matches();
  }

  private static final Pattern READ_MORE_LINE =
      Pattern.compile(
          "(?i)^[\\[(]?\\s*(?:read more|read also|also read|read next|see also|see more|related|more"
              + "|watch|listen|read|don'?t miss|must read|also on \\S+|recommended|trending)"
              + "\\s*[:：›»>|–—-]?\\s*\\S.*");
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "(?i)^\\(?(?:additional )?(?:reporting|editing|writing|compiled|research) by\\b"
              + "|\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\W*$"
              + "|\\bsubject to copyright\\b|^citation:|^our standards:");
  private static final Pattern CLICK_PROMPT =
      Pattern.compile("(?i)\\bclick here\\b|\\b(?:download|get) (?:the|our) [\\w ]{0,30}\\bapp\\b");
  private static final Pattern ENGAGEMENT_PROMPT =
      Pattern.compile(
          "(?i)\\b(?:tell us what you think|leave a comment|join the (?:conversation|discussion))\\b"
              + "|\\bcomments?\\b.*\\b(?:moderat\\w*|community guidelines|comment policy)\\b");

  /**
   * A link line to another article: "Read more: Harbour ferry fares to rise", "[Related: ...]",
   * "SEE MORE: ...". The bare words need a separator or a non-sentence line, so "Read the report
   * in full." or "Watch crews repaint the lighthouse this summer." stay.
   */
  static boolean isReadMoreLine(String line) {
    return isReadMoreLine(line, wordCount(line));
  }

  /** As {@link #isReadMoreLine(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isReadMoreLine(String line, int words) {
    if (!READ_MORE_LINE.matcher(line).matches()) {
      return false;
    }
    boolean separated = line.matches("(?is)^[\\[(]?\\s*[\\p{L}' .]+?\\s*[:：›»>|–—-].*") || line.startsWith("[") || line.startsWith("(");
    return separated || !isSentence(line, words);
  }

  /**
   * A promotion or credit line: "Click here ...", "Get the Kestrel app", "Reporting by ...; Editing
   * by ...", "... contributed to this report.", a comment-moderation note, a citation notice.
   */
  static boolean isPromoOrCredit(String line) {
    return isPromoOrCredit(line, wordCount(line));
  }

  /** As {@link #isPromoOrCredit(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isPromoOrCredit(String line, int words) {
    // The longer the line, the likelier a prompt word sits in a real paragraph.
    return (words <= 60 && CREDIT_CUES.foundIn(line) && CREDIT_LINE.matcher(line).find())
        || (words <= 30 && CLICK_CUES.foundIn(line) && CLICK_PROMPT.matcher(line).find())
        || (words <= 20 && ENGAGEMENT_CUES.foundIn(line) && ENGAGEMENT_PROMPT.matcher(line).find());
  }

  /** Words {@link #CREDIT_LINE} cannot match without. */
  private static final Cues CREDIT_CUES =
      new Cues("reporting", "editing", "writing", "compiled", "research", "contributed", "copyright", "citation",
          "standards");
  /** Words {@link #CLICK_PROMPT} cannot match without. */
  private static final Cues CLICK_CUES = new Cues("click here", "download", "get ");
  /** Words {@link #ENGAGEMENT_PROMPT} cannot match without. */
  private static final Cues ENGAGEMENT_CUES = new Cues("tell us", "comment", "join the");

  private static final Pattern SOCIAL_CONTACT =
      Pattern.compile(
          "(?i)^(?:follow|email|e-mail|reach|contact|have a tip\\??|got a tip\\??|you can (?:reach|follow|email))\\b.*"
              + "(?:\\b(?:twitter|facebook|instagram|youtube|tiktok|bluesky|linkedin|threads|mastodon)\\b"
              + "|@\\w+|https?://|\\S+@\\S+\\.\\w+).*");

  private static final Pattern PLATFORM_NOTICE =
      Pattern.compile(
          "(?i)\\b(?:your tweets?|tweets? with a location|location (?:information|history) (?:to|from) your"
              + "|twitter stores (?:that|this|the) location)\\b"
              + "|\\b(?:internet archive|wayback machine|alexa internet)\\b.{0,120}\\b(?:crawl|archiv|donat)"
              + "|\\bcrawls? (?:is|are|was|were) part of an effort to archive\\b|^the seed (?:for|of) .{0,40}\\b(?:was|crawl)\\b");

  /**
   * Text a scraper picked up from the platform rather than the article: an embedded post's
   * location-settings help ("You can add location information to your Tweets") or a web archive's
   * crawl notice. Such lines never belong to a news story, and a page of nothing else is no article.
   */
  static boolean isPlatformNotice(String line) {
    return isPlatformNotice(line, wordCount(line));
  }

  /** As {@link #isPlatformNotice(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isPlatformNotice(String line, int words) {
    return (words <= 80 && PLATFORM_CUES.foundIn(line) && PLATFORM_NOTICE.matcher(line).find())
        || (words <= 150 && ARCHIVE_CUES.foundIn(line) && ARCHIVE_NOTICE_OPENING.matcher(line).lookingAt());
  }

  /** Words {@link #PLATFORM_NOTICE} cannot match without. */
  private static final Cues PLATFORM_CUES =
      new Cues("tweet", "twitter", "location", "crawl", "archiv", "donat", "seed");
  /** A word {@link #ARCHIVE_NOTICE_OPENING} cannot match without. */
  private static final Cues ARCHIVE_CUES = new Cues("crawl");

  /**
   * A web archive's notice opening the line: scrapers glue its sentences into one long line
   * ("...will be preserved.Then the ..."), longer than the limit the weaker cues above need.
   */
  private static final Pattern ARCHIVE_NOTICE_OPENING =
      Pattern.compile("(?i)(?:these|this|the) crawls? (?:is|are|was|were) part of an effort to archive\\b");

  /** A follow/contact line: "Follow Newsbeat on Instagram", "Email Ana Ruiz at ana@...". */
  static boolean isSocialContact(String line) {
    return isSocialContact(line, wordCount(line));
  }

  /** As {@link #isSocialContact(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isSocialContact(String line, int words) {
    return words <= 40 && SOCIAL_CONTACT.matcher(line).matches();
  }

  /** A line in capitals, several words long, without sentence end: a promo headline in HTML. */
  static boolean isShoutedHeadline(String line) {
    return isShoutedHeadline(line, wordCount(line));
  }

  /** As {@link #isShoutedHeadline(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isShoutedHeadline(String line, int words) {
    if (words < 8 || isSentence(line, words)) {
      return false;
    }
    return line.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  // ---- captions ---------------------------------------------------------------------------

  private static final Pattern CAPTION_MARKER =
      Pattern.compile(
          "(?i)\\b(?:photo(?:graph)?s?|pictures?|images?|illustrations?|credits?|photo credit|video|graphic)"
              + "\\s*:|\\((?:photo|picture|image|pictured)s?\\b|\\bphoto(?:graph)?s? by\\b"
              + "|\\b(?:getty images|ap photo|shutterstock|alamy|pa wire|pa images)\\b"
              + "|\\b(?:image|media) (?:copyright|caption)\\b"
              + "|/\\s*(?:afp|reuters|epa|ap)\\b");

  /**
   * A photographer/agency credit closing a caption: "(Nadia Ferreira/The Valley Post)",
   * "MERIDIAN WIRE/Tomas Ekberg".
   */
  private static final Pattern CREDIT_TAIL =
      Pattern.compile(
          "(?:\\(\\p{Lu}[\\p{L}.'’ -]*/\\s*\\p{Lu}[\\p{L}.'’ -]*\\)"
              + "|\\b\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})*\\s?/\\s?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)*)\\s*$");

  /** A photo caption or credit: "... Photo: J. Pike / Harbour Wire", "(Photo by ...)". */
  static boolean isCaption(String line) {
    return isCaption(line, wordCount(line));
  }

  /** As {@link #isCaption(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isCaption(String line, int words) {
    if (words > 45) {
      return false;
    }
    boolean slash = line.indexOf('/') >= 0; // every credit tail, and an agency after a slash
    return ((slash || CAPTION_CUES.foundIn(line)) && CAPTION_MARKER.matcher(line).find())
        || (slash && CREDIT_TAIL.matcher(line).find());
  }

  /** Words {@link #CAPTION_MARKER} cannot match without, besides its "/ AFP" form. */
  private static final Cues CAPTION_CUES =
      new Cues("photo", "pictur", "image", "illustration", "credit", "video", "graphic", "shutterstock", "alamy",
          "pa wire", "media");

  /**
   * A cheap test before a costly regex: whether a line holds, at the start of a word, one of the
   * words (lower-case ASCII) the regex cannot match without, in any case. Each such word follows a
   * word boundary in its regex; the regexes are ASCII case-insensitive, and
   * {@link String#regionMatches(boolean, int, String, int, int)} accepts at least what they do, so
   * the test never turns away a line the regex would match.
   */
  static final class Cues {
    private final String[] words;
    /** ASCII characters that start a word, in either case. */
    private final boolean[] starts = new boolean[128];

    Cues(String... words) {
      this.words = words;
      for (String w : words) {
        char first = w.charAt(0);
        starts[first] = true;
        starts[Character.toUpperCase(first)] = true;
      }
    }

    boolean foundIn(String line) {
      boolean wordStart = true;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (wordStart && c < 128 && starts[c]) {
          for (String w : words) {
            if ((c | 0x20) == w.charAt(0) && line.regionMatches(true, i, w, 0, w.length())) {
              return true;
            }
          }
        }
        wordStart = !isRegexWordChar(c);
      }
      return false;
    }

    /** What {@code \b} counts as a word character (a combining mark aside, which only makes more starts). */
    private static boolean isRegexWordChar(char c) {
      if (c < 128) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      }
      return Character.isLetterOrDigit(c);
    }
  }

  // ---- copyright ------------------------------------------------------------------------

  private static final Pattern COPYRIGHT =
      Pattern.compile("(?i)^\\s*(?:[©ⓒ]|\\(c\\)|copyright\\b)\\s*(?:[©ⓒ]|\\(c\\))?\\s*(.*)$");
  private static final Pattern RIGHTS = Pattern.compile("(?i)\\ball rights reserved\\b.*$");

  /** Whether {@code line} is a copyright notice. */
  static boolean isCopyright(String line) {
    return isCopyright(line, wordCount(line));
  }

  /** As {@link #isCopyright(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isCopyright(String line, int words) {
    if (COPYRIGHT.matcher(line).matches()) {
      return true;
    }
    return words <= 15 && (line.contains("©") || RIGHTS.matcher(line).find());
  }

  /** The outlet named by a copyright notice: "© 2026 The Harbour Gazette. All rights reserved." */
  static Optional<String> copyrightOutlet(String line) {
    Matcher m = COPYRIGHT.matcher(line);
    String rest;
    if (m.matches()) {
      rest = m.group(1);
    } else if (line.contains("©")) {
      rest = line.substring(0, line.indexOf('©'));
    } else {
      return Optional.empty();
    }
    rest = RIGHTS.matcher(rest).replaceFirst("");
    // Footer lines go on after the name: "| Terms of Use", "- Powered by ...", "Designed by ...".
    rest = rest.replaceFirst("(?i)\\s*(?:[|•·]|\\s[-–—]\\s|\\b(?:designed|powered|developed|hosted) by\\b|\\bterms\\b|\\bprivacy\\b).*$", "");
    rest = rest.replaceAll("(?<!\\d)\\d{4}(?:\\s*[-–]\\s*\\d{4})?(?!\\d)", " ");
    rest = rest.replaceAll("\\s+", " ").replaceAll("^[\\s,.\\-–©]+|[\\s,.\\-–©]+$", "").strip();
    // Notices go on after the name in sentences of their own: "Eastmoor Standard. Registered in Caldera".
    rest = rest.replaceFirst("\\s*\\.\\s+\\p{Lu}.*$", "");
    if (rest.isEmpty() || wordCount(rest) > 8 || rest.chars().noneMatch(Character::isUpperCase)) {
      return Optional.empty();
    }
    return Optional.of(rest);
  }

  // ---- bylines and date stubs ----------------------------------------------------------------

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?:By|BY|Written by|Words by|Reporting by|Story by|Text by)\\s*:?\\s+"
              // a label and a colon: "Words: Lisa Grant", "Text: ..."; the colon keeps "Words matter" prose
              + "|(?:Words|WORDS|Text|TEXT|Story|STORY|Author|Authors|AUTHOR|AUTHORS|Reporting|REPORTING)\\s*:\\s*)"
              + "(\\S.*)$");
  private static final Pattern DATE_STUB =
      Pattern.compile(
          "(?i)^(published|updated|last updated|last modified|modified|posted|first published"
              + "|originally published)\\b(?:\\s+(?:on|at))?\\s*:?\\s*(.*)$");
  private static final Pattern READING_TIME =
      Pattern.compile("(?i)^\\d+\\s*(?:min|mins|minute|minutes)(?:\\s+read)?$");
  private static final Pattern RELATIVE_TIME =
      Pattern.compile("(?i)^(?:\\d+|an?|one)\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago$");
  private static final Pattern STUB_SEPARATOR = Pattern.compile("\\s+(?:\\||·|•|—)\\s+");

  /** What a stub line says: authors, a publication date and an "Updated" date, each possibly absent. */
  record Stub(List<String> authors, Optional<LocalDate> published, boolean dateLine, Optional<LocalDate> modified) {}

  /**
   * Reads a byline/date stub: "By Ana Ruiz", "Published 14 March 2026", "Updated 15 March 2026,
   * 09:12", "By Ana Ruiz | 14 March 2026 | 4 min read". Empty when the line is not a stub.
   */
  static Optional<Stub> stub(String line) {
    return stub(line, wordCount(line));
  }

  /** As {@link #stub(String)}, with the line's {@link #wordCount} already counted. */
  static Optional<Stub> stub(String line, int words) {
    if (words > 16) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    Optional<LocalDate> published = Optional.empty();
    Optional<LocalDate> modified = Optional.empty();
    boolean dateLine = false;
    boolean anyStub = false;
    for (String segment : STUB_SEPARATOR.split(line.strip())) {
      Matcher byline = BYLINE.matcher(segment);
      Matcher dated = DATE_STUB.matcher(segment);
      if (byline.matches() && !isSentence(segment)) {
        List<String> names = AuthorNames.fromByline(segment);
        if (names.isEmpty() && wordCount(segment) > 6) {
          return Optional.empty();
        }
        // "By Meridian Wire" credits an agency, not a person: still a byline, with no author.
        authors.addAll(names);
        if (published.isEmpty()) {
          published = DateParsing.find(segment);
          dateLine = published.isPresent();
        }
        anyStub = true;
      } else if (dated.matches() && (isDateStubRest(dated.group(2)) || datedByline(dated.group(2)).isPresent())) {
        // "Posted on March 3, 2025 by Greg Holloway": the byline follows the date.
        datedByline(dated.group(2)).ifPresent(names -> authors.addAll(AuthorNames.fromByline(names)));
        String kind = dated.group(1).toLowerCase(Locale.ROOT);
        boolean isPublication = !kind.contains("updated") && !kind.contains("modified");
        if (isPublication && (published.isEmpty() || dateLine)) {
          published = DateParsing.find(dated.group(2));
          dateLine = false;
        } else if (!isPublication && modified.isEmpty()) {
          modified = DateParsing.find(dated.group(2));
        }
        anyStub = true;
      } else if (DateParsing.isDateOnly(segment)) {
        if (published.isEmpty()) {
          published = DateParsing.find(segment);
          dateLine = true;
        }
        anyStub = true;
      } else if (READING_TIME.matcher(segment).matches() || RELATIVE_TIME.matcher(segment).matches()) {
        anyStub = true;
      } else if (wordCount(segment) > 4 || isSentence(segment)) {
        return Optional.empty(); // a short outlet or role beside a stub is fine, prose is not
      }
    }
    return anyStub ? Optional.of(new Stub(authors, published, dateLine, modified)) : Optional.empty();
  }

  /** A date stub's rest ending in a byline: "March 3, 2025 by Greg Holloway". */
  private static final Pattern TRAILING_BYLINE = Pattern.compile("^(.*?)\\s+by\\s+(\\p{Lu}.*)$");
  /** A date stub's rest opening with a byline: "by Sam Okafor on 4 June 2025". */
  private static final Pattern LEADING_BYLINE = Pattern.compile("^by\\s+(\\p{Lu}.*?)\\s+on\\s+(.*)$");

  /**
   * The byline in a date stub's rest when the rest is just a date and a byline, either way round:
   * "Posted on March 3, 2025 by Greg Holloway", "Posted by Sam Okafor on 4 June 2025".
   */
  private static Optional<String> datedByline(String rest) {
    Matcher trailing = TRAILING_BYLINE.matcher(rest);
    if (trailing.matches() && DateParsing.isDateOnly(trailing.group(1))) {
      return Optional.of(trailing.group(2));
    }
    Matcher leading = LEADING_BYLINE.matcher(rest);
    return leading.matches() && DateParsing.isDateOnly(leading.group(2)) ? Optional.of(leading.group(1)) : Optional.empty();
  }

  private static final Pattern CLOCK_TIME =
      Pattern.compile("(?i)^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{1,4})?$");

  private static boolean isDateStubRest(String rest) {
    String text = rest.strip();
    return text.isEmpty()
        || CLOCK_TIME.matcher(text).matches()
        || DateParsing.isDateOnly(text)
        || RELATIVE_TIME.matcher(text).matches()
        || (DateParsing.find(text).isPresent() && wordCount(text) <= 10 && !isSentence(text));
  }

  // ---- prompts ----------------------------------------------------------------------------

  private static final Pattern NEWSLETTER_WORD =
      Pattern.compile("(?i)\\b(?:newsletters?|subscribe|subscription|sign[ -]up|inbox)\\b");
  private static final Pattern NEWSLETTER_PROMPT =
      Pattern.compile(
          "(?i)^(?:sign up|subscribe|get|join|enter|never miss|don'?t miss|want|stay|receive|register)\\b"
              + "|\\b(?:our|free|daily|weekly|morning|evening) (?:\\w+ )?newsletters?\\b|\\byour (?:inbox|email)\\b");

  /** A newsletter or subscription prompt: "Sign up for our newsletter". */
  static boolean isNewsletterPrompt(String line) {
    return isNewsletterPrompt(line, wordCount(line));
  }

  /** As {@link #isNewsletterPrompt(String)}, with the line's {@link #wordCount} already counted. */
  static boolean isNewsletterPrompt(String line, int words) {
    return words <= 35
        && NEWSLETTER_WORD.matcher(line).find()
        && (!isSentence(line, words) || NEWSLETTER_PROMPT.matcher(line).find());
  }

  private static final Pattern COOKIE_WORD = Pattern.compile("(?i)\\bcookies?\\b");
  private static final Pattern CONSENT_WORD =
      Pattern.compile(
          "(?i)\\b(?:accept|consent|privacy|preferences|settings|we use|(?:site|website) uses|browsing"
              + "|experience|personalis|personaliz|partners)\\w*");

  /** A cookie consent text: "We use cookies to improve your experience. Accept all". */
  static boolean isCookieNotice(String line) {
    return containsIgnoreCase(line, "cookie") && COOKIE_WORD.matcher(line).find() && CONSENT_WORD.matcher(line).find();
  }

  /** A plain scan: cheaper than a case-insensitive regex on every paragraph. {@code word} is lower case ASCII. */
  private static boolean containsIgnoreCase(String line, String word) {
    for (int i = 0; i + word.length() <= line.length(); i++) {
      if (line.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  // ---- author profiles ----------------------------------------------------------------------

  private static final Pattern PROFILE_START =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}\\s+(?:is|was|has been|covers|writes|reports)\\b"
              + ".{0,200}?\\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor"
              + "|producer|photographer|critic|analyst|author|freelancer?)\\b.*$"
              // "Nadia Ferreira writes about community life for The Valley Post."
              + "|^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}\\s+(?:covers|writes about|writes on|reports on)"
              + "\\b.{0,150}?\\b(?:for|at) (?:the |The )?\\p{Lu}.*$");
  private static final Pattern CONTACT =
      Pattern.compile(
          "(?i)^(?:follow (?:him|her|them|us|the author)|contact (?:the author|him|her|them|us)"
              + "|email (?:him|her|them|the author)|you can (?:reach|contact|follow|email)"
              + "|reach (?:him|her|them)|got a (?:tip|story)|tips?:).*");
  private static final Pattern PRONOUN_BIO =
      Pattern.compile(
          "^(?:He|She|They)\\s+(?:joined|previously|has (?:covered|reported|written|worked)|covers|lives"
              + "|writes|was previously|is (?:based|the author))\\b.*");

  /** The opening of an author profile: "Ana Ruiz is the Gazette's senior transport correspondent." */
  static boolean isProfileStart(String line) {
    return PROFILE_START.matcher(line).matches();
  }

  /** A contact line under an article: "Follow her on ...", "Contact the author at ...". */
  static boolean isContactLine(String line) {
    return CONTACT.matcher(line).matches();
  }

  /** A profile sentence about the author: "She joined the Gazette in 2019". */
  static boolean isPronounBio(String line) {
    return PRONOUN_BIO.matcher(line).matches();
  }
}
