package dev.parallax.ingest;

import dev.parallax.ingest.fetch.ContentType;
import dev.parallax.ingest.fetch.FetchException;
import dev.parallax.ingest.fetch.FetchPolicy;
import dev.parallax.ingest.fetch.FetchedPage;
import dev.parallax.ingest.fetch.HttpFetcher;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads files and folders (recursively) of {@code .txt}, {@code .html}/{@code .htm} and
 * {@code .jsonl} articles, RSS/Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}), JSON Feeds
 * ({@code .json}), WARC archives ({@code .warc}, {@code .warc.gz}), any of the others gzipped
 * ({@code .gz}, decompressed under the size limit), standard input ({@link #readStream}), and
 * http(s) URLs ({@link #readInputs}, {@link #readUrl}) fetched by an {@link HttpFetcher}. A bad
 * file, URL or record becomes an {@link dev.parallax.model.InputFailure} and reading goes on.
 * Thread-safe.
 *
 * <p>A fetched body goes through the same readers as a file, chosen by its Content-Type, then by
 * the URL's extension, then by sniffing the content. A feed URL yields its entries; the entries'
 * own links are not fetched unless asked ({@link #followingFeedLinks}). Documents are named by the URL asked for and declare the final URL
 * (after redirects) as their URL.
 *
 * <p>Folder contents are read in sorted path order so that runs are repeatable; inside folders,
 * hidden entries and files of other types are skipped silently, while a file named explicitly with
 * an unsupported type is a failure (the user asked for it).
 */
public final class InputReader {
  private final IngestLimits limits;
  private final JsonlReader jsonl = new JsonlReader();
  private final FeedReader feeds = new FeedReader();
  private final JsonFeedReader jsonFeeds = new JsonFeedReader();

  /** A URL of a scheme other than http(s), which would otherwise be taken for a path. */
  private static final Pattern OTHER_URL_SCHEME =
      Pattern.compile("\\A[A-Za-z][A-Za-z0-9+.-]*://");

  private final FetchPolicy fetchPolicy;
  /** Whether the links of a fetched feed's entries are fetched too (off: a feed is its entries). */
  private final boolean followFeedLinks;
  /** Created on the first URL: most runs read files only and need no HTTP client. */
  private HttpFetcher fetcher;

  /** A reader with the default limits ({@link IngestLimits#DEFAULT}). */
  public InputReader() {
    this(IngestLimits.DEFAULT);
  }

  /** A reader with the given limits. */
  public InputReader(IngestLimits limits) {
    this(limits, FetchPolicy.DEFAULT);
  }

  /** A reader with the given limits that fetches URLs under {@code fetchPolicy}. */
  public InputReader(IngestLimits limits, FetchPolicy fetchPolicy) {
    this(limits, fetchPolicy, null, false);
  }

  /** A reader that fetches URLs with {@code fetcher} (tests give one with a fake clock). */
  public InputReader(IngestLimits limits, HttpFetcher fetcher) {
    this(limits, FetchPolicy.DEFAULT, Objects.requireNonNull(fetcher, "fetcher"), false);
  }

  private InputReader(IngestLimits limits, FetchPolicy fetchPolicy, HttpFetcher fetcher, boolean followFeedLinks) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.fetchPolicy = Objects.requireNonNull(fetchPolicy, "fetchPolicy");
    this.fetcher = fetcher;
    this.followFeedLinks = followFeedLinks;
  }

  /**
   * This reader, but a feed fetched from a URL gives the pages its entries link to (fetched under
   * the same policy) instead of the entries' own summaries; an entry whose link cannot be fetched
   * keeps its summary and its link gets a failure line. Feed files are not affected.
   */
  public InputReader followingFeedLinks() {
    return new InputReader(limits, fetchPolicy, fetcher(), true);
  }

  private synchronized HttpFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new HttpFetcher(fetchPolicy);
    }
    return fetcher;
  }

  /**
   * Reads every path in order: files directly, folders recursively. Never throws for a bad input;
   * each one becomes a failure with its reason.
   */
  public IngestResult read(List<Path> paths) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    // A file reached twice (a folder and a file in it, or a repeated argument) is read once.
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      readPath(path, seen, documents, failures);
    }
    return new IngestResult(documents, failures);
  }

  /**
   * Reads every input in order: an http(s) URL is fetched ({@link #readUrl}), anything else is a
   * file or folder path as in {@link #read}. Never throws for a bad input.
   */
  public IngestResult readInputs(List<String> inputs) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Set<String> seenUrls = new HashSet<>();
    for (String input : inputs) {
      if (HttpFetcher.isUrl(input)) {
        if (seenUrls.add(input.strip())) {
          IngestResult fetched = readUrl(input.strip());
          documents.addAll(fetched.documents());
          failures.addAll(fetched.failures());
        }
      } else if (OTHER_URL_SCHEME.matcher(input).find()) {
        failures.add(new InputFailure(input, "unsupported URL scheme (only http and https are fetched)"));
      } else {
        Path path;
        try {
          path = Path.of(input);
        } catch (InvalidPathException e) {
          failures.add(new InputFailure(input, "invalid path (" + e.getReason() + ")"));
          continue;
        }
        readPath(path, seen, documents, failures);
      }
    }
    return new IngestResult(documents, failures);
  }

  /**
   * Reads one JSONL record, such as a line of a stream read as it arrives: a JSON object with
   * {@code text} or {@code html} and the optional fields of a {@code .jsonl} file. A bad record is
   * one failure named {@code recordSource}.
   */
  public IngestResult readJsonlRecord(String recordSource, String line) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    if (line.length() > limits.maxFileBytes()) {
      failures.add(new InputFailure(recordSource, "record longer than " + limits.maxFileBytes() + " characters"));
    } else {
      jsonl.readRecord(recordSource, line, documents, failures);
    }
    return new IngestResult(documents, failures);
  }

  /** Fetches {@code url} and reads its body; a fetch that fails is one failure naming the reason. */
  public IngestResult readUrl(String url) {
    IngestResult read;
    try {
      read = readFetched(fetcher().fetch(url));
    } catch (FetchException e) {
      return new IngestResult(List.of(), List.of(new InputFailure(url, e.getMessage())));
    }
    return followFeedLinks ? withLinkedPages(url, read) : read;
  }

  /** Replaces each feed entry of {@code feedUrl} that links to a page by that page, when it can be read. */
  private IngestResult withLinkedPages(String feedUrl, IngestResult read) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>(read.failures());
    for (RawDocument entry : read.documents()) {
      Optional<String> link = entry.declared().url().filter(HttpFetcher::isUrl);
      boolean isEntry = entry.source().startsWith(feedUrl + "#entry-") || entry.source().startsWith(feedUrl + "#item-");
      if (!isEntry || link.isEmpty()) {
        documents.add(entry);
        continue;
      }
      IngestResult page;
      try {
        page = readFetched(fetcher().fetch(link.get()));
      } catch (FetchException e) {
        page = new IngestResult(List.of(), List.of(new InputFailure(link.get(), e.getMessage())));
      }
      if (page.documents().size() == 1 && page.documents().get(0).source().equals(link.get())) {
        RawDocument linked = page.documents().get(0);
        DeclaredMetadata declared = new DeclaredMetadata(entry.declared().title(), linked.declared().url(),
            entry.declared().outlet(), entry.declared().published(), entry.declared().authors());
        documents.add(new RawDocument(linked.source(), linked.format(), linked.content(), declared));
      } else {
        documents.add(entry); // the summary is better than nothing
        failures.addAll(page.failures().isEmpty()
            ? List.of(new InputFailure(link.get(), "not a single page"))
            : page.failures());
      }
    }
    return new IngestResult(documents, failures);
  }

  /**
   * Reads a fetched body as the file it would be: the kind by Content-Type, then by the URL's
   * extension, then sniffed; text decoded by the header's charset when it names one, else as files
   * are (UTF-8, the page's own declaration, windows-1252).
   */
  public IngestResult readFetched(FetchedPage page) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    String source = page.requestedUrl();
    byte[] bytes = page.body();
    if (bytes.length == 0) {
      failures.add(new InputFailure(source, "empty response"));
      return new IngestResult(documents, failures);
    }
    if (FormatSniffer.isWarc(bytes)) {
      try {
        readWarcBytes(source, bytes, documents, failures);
      } catch (IOException e) {
        failures.add(new InputFailure(source, "cannot read: " + message(e)));
      }
      return new IngestResult(documents, failures);
    }
    if (BoundedBytes.isGzip(bytes)) { // a .gz file served as such, not as a content-encoding
      try {
        bytes = BoundedBytes.gunzip(bytes, limits.maxFileBytes());
      } catch (BoundedBytes.Refused refused) {
        failures.add(new InputFailure(source, refused.getMessage()));
        return new IngestResult(documents, failures);
      }
    }
    FileKind kind = kindOf(page, bytes);
    Optional<Charset> charset = page.contentType().flatMap(ContentType::charset);
    if (kind != FileKind.FEED && charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)
        && ContentSniffer.binaryReason(bytes).isEmpty()) {
      // The header's charset wins over the content's own guess: re-encode as UTF-8 for the readers.
      // Latin-1 and ASCII labels are read as windows-1252, what pages labelled so really use.
      bytes = ContentSniffer.decodeAs(bytes, 0, bytes.length, charset.get()).getBytes(StandardCharsets.UTF_8);
    }
    List<RawDocument> read = new ArrayList<>();
    readBytes(source, kind, bytes, read, failures);
    DeclaredMetadata declared = new DeclaredMetadata(
        Optional.empty(), Optional.of(page.finalUrl()), Optional.empty(), Optional.empty());
    for (RawDocument d : read) {
      // A page declares where it came from; feed entries and JSONL records keep their own URLs.
      documents.add(d.source().equals(source) && d.declared().equals(DeclaredMetadata.NONE)
          ? new RawDocument(d.source(), d.format(), d.content(), declared)
          : d);
    }
    return new IngestResult(documents, failures);
  }

  /** The reader for a fetched body: its media type when telling, else its URL's extension, else sniffed. */
  private static FileKind kindOf(FetchedPage page, byte[] bytes) {
    String media = page.contentType().map(ContentType::mediaType).orElse("");
    Optional<FileKind> byExtension = kindOfUrlPath(page.finalUrl());
    FileKind sniffed = FormatSniffer.kindOf(bytes);
    return switch (media) {
      case "text/html", "application/xhtml+xml" -> sniffed == FileKind.FEED ? FileKind.FEED : FileKind.HTML;
      case "application/rss+xml", "application/atom+xml", "application/rdf+xml" -> FileKind.FEED;
      case "application/feed+json" -> FileKind.JSON_FEED;
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> FileKind.JSONL;
      case "text/plain" -> byExtension.orElse(FileKind.TEXT);
      default -> byExtension.orElse(sniffed);
    };
  }

  private static Optional<FileKind> kindOfUrlPath(String url) {
    try {
      String path = URI.create(url).getPath();
      if (path == null || path.isEmpty() || path.endsWith("/")) {
        return Optional.empty();
      }
      String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (name.endsWith(".gz")) {
        return Optional.empty(); // gzip over HTTP is a content-encoding matter; let sniffing decide
      }
      return FileKind.of(Path.of(name)).filter(k -> k != FileKind.WARC);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void readPath(Path path, Set<Path> seen, List<RawDocument> documents, List<InputFailure> failures) {
    if (Files.isDirectory(path)) {
      for (Path file : filesIn(path, failures)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          FileKind.of(file).ifPresent(kind -> readFile(file, kind, documents, failures));
        }
      }
    } else if (seen.add(path.toAbsolutePath().normalize())) {
      readNamedFile(path, documents, failures);
    }
  }

  /** A file the user named: unlike in folders, a missing or unsupported one is a failure. */
  private void readNamedFile(Path path, List<RawDocument> documents, List<InputFailure> failures) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      failures.add(new InputFailure(path.toString(), "no such file or folder"));
      return;
    }
    Optional<FileKind> kind = FileKind.of(path);
    if (kind.isPresent()) {
      readFile(path, kind.get(), documents, failures);
    } else {
      failures.add(new InputFailure(path.toString(), unsupported(path)));
    }
  }

  private static String unsupported(Path path) {
    String extension = FileKind.extension(path);
    String type = extension.isEmpty() ? "without extension" : extension;
    return "unsupported file type " + type + " (expected " + FileKind.EXPECTED + ")";
  }

  /** The regular, non-hidden files under {@code folder}, sorted by path. */
  private static List<Path> filesIn(Path folder, List<InputFailure> failures) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                failures.add(new InputFailure(file.toString(), "cannot read: " + message(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(new InputFailure(folder.toString(), "cannot read: " + message(e)));
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(
      Path file, FileKind kind, List<RawDocument> documents, List<InputFailure> failures) {
    String source = file.toString();
    if (kind == FileKind.WARC) {
      // Streamed record by record: the size limit applies to each payload, not to the archive.
      new WarcFileReader(limits.maxFileBytes()).read(file, documents, failures);
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        failures.add(
            new InputFailure(
                source,
                "file too large: " + BoundedBytes.humanSize(size) + " (limit " + BoundedBytes.humanSize(limits.maxFileBytes()) + ")"));
        return;
      }
      bytes = Files.readAllBytes(file);
      if (FileKind.isGzipped(file)) {
        bytes = BoundedBytes.gunzip(bytes, limits.maxFileBytes());
      }
    } catch (IOException | SecurityException e) {
      failures.add(new InputFailure(source, "cannot read: " + message(e)));
      return;
    } catch (BoundedBytes.Refused refused) {
      failures.add(new InputFailure(source, refused.getMessage()));
      return;
    }
    readBytes(source, kind, bytes, documents, failures);
  }

  /** Decodes and parses {@code bytes} of a known kind, refusing binary and empty content. */
  private void readBytes(
      String source, FileKind kind, byte[] bytes, List<RawDocument> documents, List<InputFailure> failures) {
    Optional<String> binary = ContentSniffer.binaryReason(bytes);
    if (binary.isPresent()) {
      failures.add(new InputFailure(source, binary.get()));
      return;
    }
    if (kind == FileKind.FEED) {
      if (isBlank(bytes)) {
        failures.add(new InputFailure(source, "empty file"));
      } else {
        feeds.read(source, bytes, documents, failures);
      }
      return;
    }
    String content = ContentSniffer.decode(bytes);
    if (content.isBlank()) {
      failures.add(new InputFailure(source, "empty file"));
      return;
    }
    switch (kind) {
      case TEXT -> documents.add(
          new RawDocument(source, RawDocument.Format.TEXT, content, DeclaredMetadata.NONE));
      case HTML -> documents.add(
          new RawDocument(source, RawDocument.Format.HTML, content, DeclaredMetadata.NONE));
      case JSONL -> jsonl.read(source, content, documents, failures);
      case JSON_FEED -> jsonFeeds.read(source, content, documents, failures);
      case FEED, WARC -> throw new IllegalStateException("handled above: " + kind);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads one input from a stream (standard input): at most the file size limit is read (more is
   * refused), gzip is decompressed, and the format is sniffed: a WARC when it starts with
   * {@code WARC/}, a feed when its root is {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>},
   * HTML when it starts with {@code <}, a JSON Feed or JSONL when every line is a JSON object,
   * else plain text.
   *
   * @param source the name failures and documents are given, e.g. {@code "-"}
   */
  public IngestResult readStream(String source, InputStream in) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    try {
      byte[] bytes = BoundedBytes.read(in, limits.maxFileBytes(), "input");
      if (BoundedBytes.isGzip(bytes)) {
        bytes = BoundedBytes.gunzip(bytes, limits.maxFileBytes());
      }
      if (bytes.length == 0) {
        failures.add(new InputFailure(source, "empty input"));
      } else if (FormatSniffer.isWarc(bytes)) {
        readWarcBytes(source, bytes, documents, failures);
      } else {
        readBytes(source, FormatSniffer.kindOf(bytes), bytes, documents, failures);
      }
    } catch (IOException e) {
      failures.add(new InputFailure(source, "cannot read: " + message(e)));
    } catch (BoundedBytes.Refused refused) {
      failures.add(new InputFailure(source, refused.getMessage()));
    }
    return new IngestResult(documents, failures);
  }

  /** A WARC given as bytes (from a stream) goes through a temporary file, as jwarc seeks. */
  private void readWarcBytes(String source, byte[] bytes, List<RawDocument> documents, List<InputFailure> failures)
      throws IOException {
    Path temp = Files.createTempFile("parallax-stdin", ".warc");
    try {
      Files.write(temp, bytes);
      List<RawDocument> read = new ArrayList<>();
      List<InputFailure> readFailures = new ArrayList<>();
      new WarcFileReader(limits.maxFileBytes()).read(temp, read, readFailures);
      String prefix = temp.toString();
      for (RawDocument d : read) {
        documents.add(new RawDocument(d.source().replace(prefix, source), d.format(), d.content(), d.declared()));
      }
      for (InputFailure f : readFailures) {
        failures.add(new InputFailure(f.source().replace(prefix, source), f.reason()));
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A short, user-facing cause: the file system's reason rather than the echoed path. */
  private static String message(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message;
  }
}
