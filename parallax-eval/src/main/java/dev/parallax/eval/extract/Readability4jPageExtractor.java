package dev.parallax.eval.extract;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J (a port of Mozilla's Readability), for side-by-side comparison only. */
public final class Readability4jPageExtractor implements PageExtractor {
  @Override
  public String name() {
    return "Readability4J 1.0.8";
  }

  @Override
  public Extracted extract(String html, String url) {
    Article article = new Readability4J(url == null ? "" : url, html).parse();
    String text = article.getTextContent();
    return Extracted.textOnly(text == null ? "" : text);
  }
}
