package dev.parallax.dedup;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.CopyLink;
import java.util.List;

/** Finds near-verbatim copies among articles. */
public final class CopyDetector {
  // STUB: replaced by the dedup implementation.
  public List<CopyLink> detect(List<AnalyzedArticle> articles) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
