package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import dev.parallax.model.RawDocument.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  private static final String ARTICLE = "The Kestrel ferry resumed service on Monday after repairs.";

  @TempDir Path dir;

  private final InputReader reader = new InputReader();

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static String reasonOf(IngestResult result) {
    assertThat(result.failures()).hasSize(1);
    return result.failures().get(0).reason();
  }

  @Test
  void read_textAndHtmlFiles_documentsWithFormatAndPathSource() throws IOException {
    Path text = write("a.txt", ARTICLE);
    Path html = write("b.HTM", "<html><body><p>" + ARTICLE + "</p></body></html>");

    IngestResult result = reader.read(List.of(text, html));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents())
        .extracting(RawDocument::source, RawDocument::format)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(text.toString(), Format.TEXT),
            org.assertj.core.groups.Tuple.tuple(html.toString(), Format.HTML));
    assertThat(result.documents().get(0).content()).isEqualTo(ARTICLE);
  }

  @Test
  void read_folder_recursesInSortedOrderSkippingHiddenAndOtherTypes() throws IOException {
    write("b.txt", ARTICLE);
    write("a/z.html", "<p>" + ARTICLE + "</p>");
    write("a/c.txt", ARTICLE);
    write("a/notes.pdf", "%PDF-1.4 not an article");
    write(".hidden.txt", ARTICLE);
    write(".git/d.txt", ARTICLE);
    write("c/e.jsonl", "{\"text\": \"" + ARTICLE + "\"}\n");

    IngestResult result = reader.read(List.of(dir));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents())
        .extracting(RawDocument::source)
        .containsExactly(
            dir.resolve("a/c.txt").toString(),
            dir.resolve("a/z.html").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("c/e.jsonl") + "#1");
  }

  @Test
  void read_fileReachedTwice_readOnce() throws IOException {
    Path file = write("news/a.txt", ARTICLE);

    IngestResult result = reader.read(List.of(dir.resolve("news"), file, file));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void read_missingPath_failureAndOtherInputsStillRead() throws IOException {
    Path good = write("good.txt", ARTICLE);
    Path missing = dir.resolve("nowhere.txt");

    IngestResult result = reader.read(List.of(missing, good));

    assertThat(result.failures())
        .containsExactly(new InputFailure(missing.toString(), "no such file or folder"));
    assertThat(result.documents()).extracting(RawDocument::source).containsExactly(good.toString());
  }

  @Test
  void read_unreadableFile_cannotReadFailure() throws IOException {
    Path locked = write("locked.txt", ARTICLE);
    Path good = write("good.txt", ARTICLE);
    boolean changed = locked.toFile().setReadable(false, false);
    // Permissions mean nothing to root or on some file systems: then there is nothing to test.
    Assumptions.assumeTrue(changed && !Files.isReadable(locked), "file permissions not enforced here");

    IngestResult result = reader.read(List.of(locked, good));

    assertThat(reasonOf(result)).startsWith("cannot read: ");
    assertThat(result.documents()).extracting(RawDocument::source).containsExactly(good.toString());
  }

  @Test
  void read_folderWithBadFiles_goodFilesStillRead() throws IOException {
    write("news/a.txt", ARTICLE);
    write("news/b.txt", "");
    write("news/c.html", "<p>" + ARTICLE + "</p>");

    IngestResult result = reader.read(List.of(dir.resolve("news")));

    assertThat(result.documents()).hasSize(2);
    assertThat(result.failures())
        .containsExactly(new InputFailure(dir.resolve("news/b.txt").toString(), "empty file"));
  }

  @Test
  void read_explicitUnsupportedFile_failureNamingTheType() throws IOException {
    Path pdf = write("report.pdf", "%PDF-1.4");

    assertThat(reasonOf(reader.read(List.of(pdf))))
        .isEqualTo("unsupported file type .pdf (expected " + FileKind.EXPECTED + ")");
  }

  @Test
  void read_emptyOrWhitespaceFile_emptyFileFailure() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.html", " \n\t\r\n ");

    IngestResult result = reader.read(List.of(empty, blank));

    assertThat(result.documents()).isEmpty();
    assertThat(result.failures()).extracting(InputFailure::reason).containsOnly("empty file");
    assertThat(result.failures()).hasSize(2);
  }

  @Test
  void read_fileWithNulBytes_binaryFailure() throws IOException {
    Path binary = write("photo.txt", new byte[] {'J', 'F', 'I', 'F', 0, 1, 2, 'x'});

    assertThat(reasonOf(reader.read(List.of(binary)))).isEqualTo("binary content (NUL bytes)");
  }

  @Test
  void read_fileOfControlCharacters_binaryFailure() throws IOException {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
    }
    Path binary = write("noise.txt", bytes);

    assertThat(reasonOf(reader.read(List.of(binary)))).startsWith("binary content");
  }

  @Test
  void read_fileOverConfiguredLimit_tooLargeFailureWithoutReading() throws IOException {
    Path big = write("big.txt", "x".repeat(3000));
    InputReader small = new InputReader(new IngestLimits(2048));

    assertThat(reasonOf(small.read(List.of(big)))).isEqualTo("file too large: 3 KB (limit 2 KB)");
  }

  @Test
  void humanSize_megabytes_roundedUp() {
    assertThat(BoundedBytes.humanSize(62L * 1024 * 1024)).isEqualTo("62 MB");
    assertThat(BoundedBytes.humanSize(20L * 1024 * 1024 + 1)).isEqualTo("21 MB");
    assertThat(BoundedBytes.humanSize(500)).isEqualTo("500 bytes");
  }

  @Test
  void read_utf8WithBom_bomStripped() throws IOException {
    byte[] body = "Café reopens".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = write("bom.txt", bytes);

    assertThat(reader.read(List.of(file)).documents().get(0).content()).isEqualTo("Café reopens");
  }

  @Test
  void read_windows1252Bytes_decodedAsWindows1252() throws IOException {
    // "Café – “quoted”" in windows-1252: é=E9, en dash=96, curly quotes=93/94; invalid as UTF-8.
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x96, ' ', (byte) 0x93, 'q', (byte) 0x94};
    Path file = write("old.txt", bytes);

    assertThat(reader.read(List.of(file)).documents().get(0).content())
        .isEqualTo("Café \u2013 \u201Cq\u201D");
  }

  @Test
  void read_jsonlWithBadLines_goodRecordsKeptWithLineNumbers() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            String.join(
                "\n",
                "{\"text\": \"First story text.\", \"title\": \"First\", \"url\": \"https://kestrel.example/1\","
                    + " \"outlet\": \"Kestrel Daily\", \"published\": \"2026-03-14\"}",
                "{\"text\": \"broken",
                "",
                "[1, 2]",
                "{\"title\": \"no body\"}",
                "{\"text\": \"   \"}",
                "{\"html\": \"<p>Second story.</p>\"}",
                ""));

    IngestResult result = reader.read(List.of(file));

    String base = file.toString();
    assertThat(result.documents())
        .extracting(RawDocument::source, RawDocument::format)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(base + "#1", Format.TEXT),
            org.assertj.core.groups.Tuple.tuple(base + "#7", Format.HTML));
    RawDocument first = result.documents().get(0);
    assertThat(first.content()).isEqualTo("First story text.");
    assertThat(first.declared().title()).contains("First");
    assertThat(first.declared().url()).contains("https://kestrel.example/1");
    assertThat(first.declared().outlet()).contains("Kestrel Daily");
    assertThat(first.declared().published()).contains("2026-03-14");
    assertThat(result.documents().get(1).declared().title()).isEqualTo(Optional.empty());

    assertThat(result.failures()).extracting(InputFailure::source)
        .containsExactly(base + "#2", base + "#4", base + "#5", base + "#6");
    assertThat(result.failures().get(0).reason()).startsWith("invalid JSON: ");
    assertThat(result.failures().get(1).reason()).isEqualTo("not a JSON object");
    assertThat(result.failures().get(2).reason()).isEqualTo("no \"text\" or \"html\" field");
    assertThat(result.failures().get(3).reason()).isEqualTo("blank text");
  }

  @Test
  void read_jsonlAuthorsOrAuthor_carriedAsDeclaredAuthors_andBadTypesRefused() throws Exception {
    String body = "The Kestrel ferry resumed service on Monday after repairs. Passengers queued from dawn at the quay to board the first crossing.";
    Path file =
        write(
            "authors.jsonl",
            String.join(
                "\n",
                "{\"text\": \"" + body + "\", \"authors\": [\"Ana Ruiz\", \"Tom Vale\"]}",
                "{\"text\": \"" + body + "\", \"author\": \"By Lise Aune\"}",
                "{\"text\": \"" + body + "\", \"authors\": \"Ana Ruiz\"}",
                "{\"text\": \"" + body + "\", \"authors\": [\"Ana Ruiz\", 7]}",
                "{\"text\": \"" + body + "\", \"author\": {\"name\": \"Ana Ruiz\"}}",
                "{\"text\": \"" + body + "\"}"));

    IngestResult result = reader.read(List.of(file));

    assertThat(result.documents()).extracting(d -> d.declared().authors())
        .containsExactly(List.of("Ana Ruiz", "Tom Vale"), List.of("By Lise Aune"), List.of());
    String base = file.toString();
    assertThat(result.failures()).extracting(InputFailure::source, InputFailure::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(base + "#3", "\"authors\" is not a list of strings"),
            org.assertj.core.groups.Tuple.tuple(base + "#4", "\"authors\" is not a list of strings"),
            org.assertj.core.groups.Tuple.tuple(base + "#5", "\"author\" is not a string"));
    // The article carries them as it does a feed entry's, "By" stripped.
    dev.parallax.extract.ArticleExtractor extractor = new dev.parallax.extract.ArticleExtractor();
    assertThat(extractor.extract(result.documents().get(0)).authors()).containsExactly("Ana Ruiz", "Tom Vale");
    assertThat(extractor.extract(result.documents().get(1)).authors()).containsExactly("Lise Aune");
  }

  @Test
  void read_jsonlWithTrailingGarbage_invalidJson() throws IOException {
    Path file = write("x.jsonl", "{\"text\": \"A story.\"} trailing\n");

    assertThat(reasonOf(reader.read(List.of(file)))).startsWith("invalid JSON: ");
  }
  @Test
  void read_htmlDeclaringACyrillicCharset_decodedWithIt() throws IOException {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
        + "<body><p>Паром снова ходит на остров.</p></body></html>";
    Path html = write("ru.html", page.getBytes(java.nio.charset.Charset.forName("windows-1251")));

    assertThat(reader.read(List.of(html)).documents()).singleElement()
        .extracting(RawDocument::content).asString().contains("Паром снова ходит на остров.");
  }

  @Test
  void read_utf16WithByteOrderMark_decodedNotBinary() throws IOException {
    byte[] text = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
    Path file = write("utf16.txt", text);

    IngestResult result = reader.read(List.of(file));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).singleElement().extracting(RawDocument::content).isEqualTo(ARTICLE);
  }
}
