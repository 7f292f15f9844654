package dev.parallax.ingest;

import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC files (plain, or gzipped record by record) through jwarc, streamed so that a large archive
 * never sits in memory: each {@code response} or {@code resource} record with an HTML or plain-text
 * payload becomes one document ({@code path#record-N}) with the record's target URI and date as
 * declared metadata. Other records (requests, metadata, images) are skipped silently.
 *
 * <p>A record that cannot be parsed is reported, and reading resumes at the next record start
 * (the next {@code WARC/1.x} line, or the next gzip member), so one broken record costs only itself.
 */
final class WarcFileReader {
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1F, (byte) 0x8B, 0x08};

  private final long maxPayloadBytes;

  WarcFileReader(long maxPayloadBytes) {
    this.maxPayloadBytes = maxPayloadBytes;
  }

  void read(Path file, List<RawDocument> documents, List<InputFailure> failures) {
    String source = file.toString();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long offset = 0;
      int recordNumber = 0;
      boolean readAny = false;
      while (offset < channel.size()) {
        channel.position(offset);
        WarcReader reader;
        try {
          reader = new WarcReader(channel);
        } catch (IOException | IllegalArgumentException e) {
          failures.add(new InputFailure(source, (readAny ? "unreadable WARC data at byte " + offset + ": " : "not a WARC file: ") + FeedReader.firstLine(e)));
          return;
        }
        boolean gzip = reader.compression() == WarcCompression.GZIP;
        long lastStart = -1;
        try {
          for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            recordNumber++;
            readAny = true;
            lastStart = next.get().position();
            String recordSource = source + "#record-" + recordNumber;
            try {
              readRecord(next.get(), recordSource, documents, failures);
            } catch (IOException | RuntimeException unreadable) {
              failures.add(new InputFailure(recordSource, "unreadable WARC record payload: " + FeedReader.firstLine(unreadable)));
            }
          }
          return;
        } catch (IOException | RuntimeException broken) {
          if (!readAny && offset == 0) {
            failures.add(new InputFailure(source, "not a WARC file: " + FeedReader.firstLine(broken)));
            offset = nextBoundary(channel, 1, gzip);
            if (offset < 0) {
              return;
            }
            continue;
          }
          recordNumber++;
          // The broken record starts at the first record boundary after the last good one.
          long brokenStart = lastStart < 0 ? offset : nextBoundary(channel, lastStart + 1, gzip);
          failures.add(new InputFailure(source + "#record-" + recordNumber,
              "broken WARC record" + (brokenStart >= 0 ? " at byte " + brokenStart : "") + ": " + FeedReader.firstLine(broken)));
          offset = brokenStart < 0 ? -1 : nextBoundary(channel, brokenStart + 1, gzip);
          if (offset < 0) {
            return;
          }
        }
      }
    } catch (IOException e) {
      failures.add(new InputFailure(source, "cannot read: " + FeedReader.firstLine(e)));
    }
  }

  private void readRecord(WarcRecord record, String source, List<RawDocument> documents, List<InputFailure> failures)
      throws IOException {
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return;
      }
      type = response.http().contentType();
      body = response.http().bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      body = resource.body();
    } else {
      return;
    }
    Optional<RawDocument.Format> format = formatOf(type);
    if (format.isEmpty()) {
      return;
    }
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = BoundedBytes.read(in, maxPayloadBytes, "record payload");
    } catch (BoundedBytes.Refused refused) {
      failures.add(new InputFailure(source, refused.getMessage()));
      return;
    }
    Optional<String> binary = ContentSniffer.binaryReason(bytes);
    if (binary.isPresent()) {
      failures.add(new InputFailure(source, binary.get()));
      return;
    }
    String content = decode(bytes, type);
    if (content.isBlank()) {
      return;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    DeclaredMetadata declared = new DeclaredMetadata(Optional.empty(), Optional.ofNullable(target.target()),
        Optional.empty(), Optional.of(record.date().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
    documents.add(new RawDocument(source, format.get(), content, declared));
  }

  private static Optional<RawDocument.Format> formatOf(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> Optional.of(RawDocument.Format.HTML);
      case "text/plain" -> Optional.of(RawDocument.Format.TEXT);
      default -> Optional.empty();
    };
  }

  /** The declared charset when it is known to Java, else UTF-8 with the windows-1252 fallback. */
  private static String decode(byte[] bytes, MediaType type) {
    String charset = type.parameters().get("charset");
    if (charset != null) {
      try {
        Charset declared = Charset.forName(charset.strip());
        if (!declared.equals(StandardCharsets.UTF_8)) {
          return ContentSniffer.decodeAs(bytes, 0, bytes.length, declared);
        }
      } catch (IllegalArgumentException unknown) {
        // fall through to sniffing
      }
    }
    return ContentSniffer.decode(bytes);
  }

  /** The offset of the first record start at or after {@code from}, or -1 when there is none. */
  private static long nextBoundary(FileChannel channel, long from, boolean gzip) throws IOException {
    byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long position = from;
    int matched = 0;
    while (true) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer.get(i);
        if (b == magic[matched]) {
          matched++;
          if (matched == magic.length) {
            return position + i - magic.length + 1;
          }
        } else {
          matched = b == magic[0] ? 1 : 0;
        }
      }
      position += n;
    }
  }
}
