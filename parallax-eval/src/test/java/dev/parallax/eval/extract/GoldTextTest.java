package dev.parallax.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Gold-text annotations of the HTML-cleaning sets are removed; the text itself is kept. */
class GoldTextTest {
  @Test
  void cleanEval_urlLineAndMarkersRemovedEntitiesDecoded() {
    String gold = "URL: http://harbour.example/page\n<h>Quay news\n<p>The wall&#039;s repair ended.\n<l>  * Boats return\n";

    assertThat(GoldText.cleanEval(gold)).isEqualTo("Quay news\nThe wall's repair ended.\n  * Boats return\n");
  }

  @Test
  void dragnet_textBeforeTheCommentsMarker() {
    String gold = "Ferry strike ends\r\nCrews return on Monday.\r\n!@#$%^&*()  COMMENTS\r\nGreat news!\r\n";

    assertThat(GoldText.dragnet(gold)).isEqualTo("Ferry strike ends\nCrews return on Monday.\n");
  }

  @Test
  void decode_invalidUtf8_fallsBackToWindows1252() {
    assertThat(GoldText.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9})).isEqualTo("café");
    assertThat(GoldText.decode("café".getBytes(StandardCharsets.UTF_8))).isEqualTo("café");
  }
}
