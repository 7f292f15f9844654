package dev.parallax.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A {@link StoryStream}'s state on disk, as gzip-compressed JSON, so that a stream stopped today goes on
 * tomorrow with the same stories and ids. A save never leaves a half-written file in place of a good
 * one: it writes beside the file and then moves over it.
 */
public final class StreamStateFile {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private StreamStateFile() {}

  /**
   * Holds {@code file} for one stream: two streams saving to one file would each overwrite the other's
   * articles. The hold is an operating-system lock on {@code FILE.lock}, so it ends with the process however
   * the process ends; the empty lock file may stay behind and is harmless.
   *
   * @throws IOException naming the file when another stream holds it or the lock file cannot be made
   */
  public static Closeable hold(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another stream of this process
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(file + " is in use by another stream");
    }
    FileLock held = lock;
    return () -> {
      held.release();
      channel.close();
    };
  }

  /** Writes the stream's state to {@code file}, replacing what was there only once the new state is complete. */
  public static void save(StoryStream stream, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), 1 << 16)) {
      JSON.writeValue(out, stream.state());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    try {
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The stream saved in {@code file}.
   *
   * @throws IOException naming the file and the reason when it cannot be read or is not a saved stream
   */
  public static StoryStream load(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
      return StoryStream.fromState(JSON.readValue(in, StoryStream.State.class));
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (ZipException e) {
      throw new IOException(file + ": not a saved stream (not gzip data: " + e.getMessage() + ")", e);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a saved stream (" + e.getOriginalMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IOException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
