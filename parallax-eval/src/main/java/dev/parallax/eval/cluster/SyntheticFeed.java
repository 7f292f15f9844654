package dev.parallax.eval.cluster;

import dev.parallax.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * An endless synthetic news feed ({@link SyntheticNews}) interleaving stories as news does: each step either
 * starts a new story (planned size 1 to 3 articles, mean 2) or continues a random open one; about 500 articles
 * make one day, and a story's articles fall within four days of its start. The same seed gives the same feed.
 * An article's id starts with its true story's number ({@code s000123-0}).
 */
final class SyntheticFeed implements Iterator<AnalyzedArticle> {
    static final int ARTICLES_PER_DAY = 500;

    private final SyntheticNews news;
    private final Random random;
    private final List<Slot> open = new ArrayList<>();
    private int storiesStarted;
    private int emitted;

    private static final class Slot {
        final SyntheticNews.Story story;
        final int plannedSize;
        int written;

        Slot(SyntheticNews.Story story, int plannedSize) {
            this.story = story;
            this.plannedSize = plannedSize;
        }
    }

    SyntheticFeed(long seed) {
        this.news = new SyntheticNews(seed);
        this.random = new Random(seed + 1);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public AnalyzedArticle next() {
        int day = emitted++ / ARTICLES_PER_DAY;
        if (open.isEmpty() || random.nextDouble() < 0.5) {
            open.add(new Slot(news.story(storiesStarted++, day), 1 + random.nextInt(3)));
        }
        int pick = random.nextInt(open.size());
        Slot slot = open.get(pick);
        AnalyzedArticle article = news.article(slot.story, slot.written++);
        if (slot.written >= slot.plannedSize) {
            open.set(pick, open.get(open.size() - 1));
            open.remove(open.size() - 1);
        }
        return article;
    }

    /** The true story of an article of this feed. */
    static String storyOf(AnalyzedArticle article) {
        return article.id().substring(0, article.id().indexOf('-'));
    }
}
