package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.extract.MojibakeRepair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Windows1252Test {
  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void decode_undefinedBytes_becomeC1ControlsNotReplacementCharacters() {
    byte[] bytes = {'a', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, 'b'};
    assertThat(Windows1252.decode(bytes, 0, bytes.length)).isEqualTo("a\u0081\u008D\u008F\u0090\u009Db");
  }

  @Test
  void decode_definedBytes_asJavaReadsThem() {
    byte[] bytes = new byte[256];
    for (int b = 0; b < 256; b++) {
      bytes[b] = (byte) b;
    }
    String ours = Windows1252.decode(bytes, 0, bytes.length);
    String java = new String(bytes, Charset.forName("windows-1252"));
    for (int b = 0; b < 256; b++) {
      if (java.charAt(b) != '\uFFFD') {
        assertThat(ours.charAt(b)).as("byte %02X", b).isEqualTo(java.charAt(b));
      }
    }
  }

  /** A page mixing windows-1252 ("café") with UTF-8 that holds an undefined byte ("Łódź", "Москва"). */
  @Test
  void contentSnifferFallback_keepsUtf8WithUndefinedBytes_soMojibakeRepairRecoversIt() {
    byte[] page = concat(
        "<p>Un caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
        " in ".getBytes(StandardCharsets.US_ASCII), "Łódź and Москва".getBytes(StandardCharsets.UTF_8),
        "</p>".getBytes(StandardCharsets.US_ASCII));
    String decoded = ContentSniffer.decode(page);
    assertThat(decoded).doesNotContain("\uFFFD").contains("Å\u0081").contains("Ñ\u0081");
    assertThat(MojibakeRepair.repair(decoded)).isEqualTo("<p>Un café in Łódź and Москва</p>");
  }

  @Test
  void decodeAs_latin1AndAsciiLabels_readAsWindows1252() {
    byte[] bytes = {(byte) 0x93, 'q', (byte) 0x94, (byte) 0x81};
    assertThat(ContentSniffer.decodeAs(bytes, 0, bytes.length, StandardCharsets.ISO_8859_1)).isEqualTo("“q”\u0081");
    assertThat(ContentSniffer.decodeAs(bytes, 0, bytes.length, StandardCharsets.US_ASCII)).isEqualTo("“q”\u0081");
    assertThat(ContentSniffer.decodeAs(new byte[] {(byte) 0xE9}, 0, 1, Charset.forName("ISO-8859-15"))).isEqualTo("é");
  }
}
