package dev.parallax.eval.cluster;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded generator of fictional news for scale tests, written from our own templates: invented people, places
 * and organisations and a handful of story-specific words (all built from syllables, so the vocabulary keeps
 * growing as real news does), one of twenty event kinds with their own words, common newsroom words, and words of an invented general
 * vocabulary of 5,000 drawn Zipf-like. Articles of one story share its
 * names, place, event kind and figures and differ in wording. Articles are built as {@link AnalyzedArticle}s
 * directly (sentences and name mentions with exact offsets), skipping extraction and language analysis, which
 * are measured elsewhere. Not thread-safe.
 */
public final class SyntheticNews {
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "dra", "tel", "sor", "ben", "ul", "ris",
        "an", "tor", "mi", "vel", "qua", "zen", "bro", "dal", "fen", "gil", "har", "is", "jor", "kel", "lun", "mar",
        "nor", "os", "pel", "rud", "sa", "tam", "ves", "wyn", "yor", "zil"};
    private static final String[] FIRST_NAMES = {"Ada", "Bram", "Cora", "Dev", "Elin", "Fitz", "Greta", "Hal",
        "Ines", "Jory", "Kaia", "Lio", "Mira", "Nils", "Oona", "Pax", "Rhea", "Sol", "Tova", "Ulf", "Vera", "Wren",
        "Yara", "Zeno"};
    private static final String[] PLACE_SUFFIXES = {"ford", "by", "mouth", "vale", "holm", "wick", "stead", "port"};
    private static final String[] ORG_KINDS = {"Council", "Holdings", "Union", "Institute", "Authority", "Group"};
    private static final String[][] EVENTS = {
        {"flood", "river", "rain", "evacuated", "levee", "rescue", "water", "homes"},
        {"strike", "workers", "union", "wages", "picket", "talks", "walkout", "shifts"},
        {"election", "votes", "candidate", "ballot", "campaign", "turnout", "polls", "seat"},
        {"merger", "shares", "deal", "takeover", "board", "investors", "bid", "regulators"},
        {"fire", "blaze", "firefighters", "smoke", "warehouse", "flames", "arson", "damage"},
        {"trial", "court", "jury", "verdict", "prosecutors", "defence", "judge", "testimony"},
        {"earthquake", "tremor", "magnitude", "rubble", "aftershock", "collapsed", "quake", "survivors"},
        {"storm", "winds", "gusts", "outages", "coast", "warning", "forecast", "debris"},
        {"outbreak", "cases", "virus", "hospital", "vaccine", "clinic", "infections", "patients"},
        {"budget", "spending", "deficit", "taxes", "cuts", "treasury", "revenue", "parliament"},
        {"protest", "marchers", "police", "square", "crowd", "banners", "arrests", "rally"},
        {"final", "match", "goal", "coach", "season", "trophy", "fans", "stadium"},
        {"launch", "rocket", "orbit", "satellite", "mission", "engine", "countdown", "payload"},
        {"hack", "breach", "data", "passwords", "servers", "attackers", "encryption", "leak"},
        {"bridge", "cracks", "closure", "engineers", "traffic", "inspection", "repairs", "span"},
        {"summit", "leaders", "treaty", "delegates", "agreement", "talks", "communique", "ministers"},
        {"drought", "crops", "harvest", "farmers", "reservoir", "rationing", "wells", "irrigation"},
        {"crash", "train", "derailment", "passengers", "carriages", "signal", "investigators", "line"},
        {"recall", "vehicles", "brakes", "defect", "owners", "dealers", "faults", "models"},
        {"festival", "stage", "audience", "tickets", "performers", "organisers", "weekend", "headline"},
    };
    private static final String[] FILLER = {"officials", "residents", "according", "spokesperson", "morning",
        "evening", "government", "local", "region", "announced", "expected", "plans", "report", "statement",
        "community", "public", "later", "earlier", "meeting", "question", "response", "support", "concern",
        "situation", "decision", "people", "area", "city", "national", "service", "families", "minister",
        "agency", "office", "response", "measures", "impact", "figures", "details", "sources", "confirmed",
        "continued", "several", "hundreds", "thousands", "nearby", "district", "centre", "authorities"};
    private static final String[] VERBS = {"said", "warned", "confirmed", "announced", "denied", "welcomed",
        "criticised", "promised", "told reporters", "wrote"};

    /** One story's fixed parts. */
    record Story(int number, String person, String otherPerson, String place, String organisation,
                         String[] event, String[] vocabulary, int figure, LocalDate start) {
    }

    /** Size of the invented general vocabulary, drawn Zipf-like (word of rank r about as often as 1/r). */
    private static final int GENERAL_WORDS = 5_000;

    private final Random random;
    private final LocalDate firstDay = LocalDate.of(2031, 1, 1);
    private final String[] general = new String[GENERAL_WORDS];
    private final double[] generalCumulative = new double[GENERAL_WORDS];

    /** A generator with the given seed. */
    public SyntheticNews(long seed) {
        this.random = new Random(seed);
        double sum = 0;
        for (int r = 0; r < GENERAL_WORDS; r++) {
            general[r] = word(2 + random.nextInt(2));
            sum += 1.0 / (r + 1);
            generalCumulative[r] = sum;
        }
    }

    /** A general word, rank drawn Zipf-like. */
    private String generalWord() {
        double x = random.nextDouble() * generalCumulative[GENERAL_WORDS - 1];
        int at = java.util.Arrays.binarySearch(generalCumulative, x);
        return general[Math.min(GENERAL_WORDS - 1, at >= 0 ? at : -at - 1)];
    }

    /** A story's parts, for a story that begins on {@code day} days after the first day. */
    Story story(int number, int day) {
        return new Story(number, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + capital(word(3)),
                FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + capital(word(2)),
                capital(word(2)) + PLACE_SUFFIXES[random.nextInt(PLACE_SUFFIXES.length)],
                capital(word(2)) + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)],
                EVENTS[random.nextInt(EVENTS.length)], vocabulary(), 10 + random.nextInt(990), firstDay.plusDays(day));
    }

    /**
     * The {@code index}-th article about a story: 8 to 14 sentences mixing the story's names, figures and event
     * words with filler, published within a few days of the story's start.
     */
    AnalyzedArticle article(Story story, int index) {
        String id = String.format(Locale.ROOT, "s%06d-%d", story.number(), index);
        StringBuilder body = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int count = 8 + random.nextInt(7);
        for (int s = 0; s < count; s++) {
            if (s > 0) {
                body.append(s % 4 == 0 ? "\n\n" : " ");
            }
            int start = body.length();
            List<Object> parts = sentenceParts(story, s);
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0) {
                    body.append(' ');
                }
                Object part = parts.get(p);
                if (part instanceof Mention m) {
                    int at = body.length();
                    body.append(m.text());
                    mentions.add(new Mention(m.text(), m.type(), s, at, at + m.text().length()));
                } else {
                    body.append(part);
                }
            }
            body.append('.');
            sentences.add(new Sentence(s, start, body.length(), body.substring(start)));
        }
        String title = capital(story.event()[0]) + " in " + story.place() + ": " + story.person() + " "
                + VERBS[random.nextInt(VERBS.length)] + " " + story.event()[1 + random.nextInt(7)];
        LocalDate date = story.start().plusDays(random.nextInt(4));
        Article article = new Article(id, "synthetic:" + id, Optional.empty(), title, Optional.of("Synthetic Wire"),
                Optional.of(new PublicationDate(date, "synthetic", 1)), List.of(), body.toString());
        return new AnalyzedArticle(article, sentences, mentions, List.of());
    }

    private List<Object> sentenceParts(Story story, int sentence) {
        List<Object> parts = new ArrayList<>();
        switch (random.nextInt(4)) {
            case 0 -> parts.add(new Mention(story.person(), EntityType.PERSON, 0, 0, story.person().length()));
            case 1 -> parts.add(new Mention(story.organisation(), EntityType.ORGANISATION, 0, 0, story.organisation().length()));
            case 2 -> parts.add(new Mention(story.otherPerson(), EntityType.PERSON, 0, 0, story.otherPerson().length()));
            default -> parts.add(capital(FILLER[random.nextInt(FILLER.length)]));
        }
        parts.add(VERBS[random.nextInt(VERBS.length)]);
        int words = 6 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            int pick = random.nextInt(10);
            if (pick < 1) {
                parts.add(story.event()[random.nextInt(story.event().length)]);
            } else if (pick == 1) {
                parts.add(FILLER[random.nextInt(FILLER.length)]);
            } else if (pick < 5) {
                parts.add(story.vocabulary()[random.nextInt(story.vocabulary().length)]);
            } else if (pick == 5 && sentence % 2 == 0) {
                parts.add(new Mention(story.place(), EntityType.PLACE, 0, 0, story.place().length()));
            } else if (pick == 6 && sentence % 3 == 0) {
                parts.add(Integer.toString(story.figure()));
            } else {
                parts.add(generalWord());
            }
        }
        return parts;
    }

    /** Words only this story uses (a street, a ship, a product, a team...): invented, lowercase. */
    private String[] vocabulary() {
        String[] words = new String[10];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(2 + random.nextInt(2));
        }
        return words;
    }

    private String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
