package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads bytes with a size cap, so that no input (a huge stream, a gzip bomb) can take more memory
 * than the limit allows: reading stops one byte past the cap and the input is refused. Shared by
 * file reading and the URL fetcher.
 */
public final class BoundedBytes {
  private BoundedBytes() {}

  /** An input refused while reading; the message is the user-facing reason. */
  public static final class Refused extends Exception {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** At most {@code limit} bytes of {@code in}; more is refused as {@code what} too large. */
  public static byte[] read(InputStream in, long limit, String what) throws IOException, Refused {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        throw new Refused(what + " larger than the limit of " + humanSize(limit));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** A size as a user reads it, rounded up: "900 bytes", "3 KB", "21 MB". */
  public static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return ceilDiv(bytes, 1024) + " KB";
    }
    return ceilDiv(bytes, 1024 * 1024) + " MB";
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** Whether {@code bytes} start with the gzip magic number. */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
  }

  /**
   * The decompressed content of gzip {@code bytes}, at most {@code limit} bytes: a larger
   * decompressed size (a gzip bomb) is refused without being held in memory.
   */
  static byte[] gunzip(byte[] bytes, long limit) throws Refused {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return read(in, limit, "decompressed content (possible gzip bomb)");
    } catch (EOFException truncated) {
      throw new Refused("truncated gzip data (unexpected end of file)");
    } catch (ZipException corrupt) {
      throw new Refused("corrupt gzip data (" + corrupt.getMessage() + ")");
    } catch (IOException e) {
      throw new Refused("unreadable gzip data (" + e.getMessage() + ")");
    }
  }
}
