package dev.parallax.ingest.fetch;

import dev.parallax.ingest.BoundedBytes;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Fetches http(s) URLs politely and defensively, on the JDK's HTTP client: redirects are followed
 * here (at most {@link FetchPolicy#maxRedirects()}), each request checked by the {@link AddressGuard}
 * just before it is sent, and by robots.txt; requests to one host are spaced by the {@link HostRateLimiter}; the body is
 * decompressed (gzip, deflate) and capped at {@link FetchPolicy#maxBytes()} decompressed bytes.
 * Every refusal is a {@link FetchException} with a reason a user can act on. Thread-safe.
 *
 * <p>robots.txt is fetched once per scheme, host and port and cached for the fetcher's life: a
 * 4xx (none there) allows everything, a 5xx or an unreachable one disallows everything (RFC 9309).
 *
 * <p>The read timeout bounds the wait for the response headers and then each wait for more of the
 * body: a body that keeps trickling in (a little before each timeout) is bounded only by the size cap.
 */
public final class HttpFetcher {
  /** robots.txt files are cut at 500 KB, as RFC 9309 allows. */
  private static final int MAX_ROBOTS_BYTES = 500 * 1024;

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final HostRateLimiter limiter;
  private final HttpClient client;
  private final Map<String, RobotsRules> robots = new ConcurrentHashMap<>();
  /** Closes bodies that stall; one daemon thread per fetcher, so nothing outlives the program. */
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "parallax-fetch-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  /** A fetcher with {@link FetchPolicy#DEFAULT}. */
  public HttpFetcher() {
    this(FetchPolicy.DEFAULT);
  }

  public HttpFetcher(FetchPolicy policy) {
    this(policy, new HostRateLimiter(policy.requestsPerSecond()));
  }

  /** A fetcher with its own rate limiter (tests give one on a fake clock). */
  public HttpFetcher(FetchPolicy policy, HostRateLimiter limiter) {
    this(policy, limiter, new AddressGuard(policy.allowPrivateAddresses()));
  }

  HttpFetcher(FetchPolicy policy, HostRateLimiter limiter, AddressGuard guard) {
    this.policy = policy;
    this.guard = guard;
    this.limiter = limiter;
    this.client = HttpClient.newBuilder()
        .connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER) // followed by us, so that each hop is checked
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** Whether {@code input} is an http or https URL rather than a path. */
  public static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** Fetches {@code url}, following redirects; any status other than 2xx is a failure. */
  public FetchedPage fetch(String url) throws FetchException {
    Response response = follow(parse(url), true, policy.maxBytes());
    if (response.status() / 100 != 2) {
      throw new FetchException("HTTP status " + response.status());
    }
    return new FetchedPage(url, response.uri().toString(), response.contentType(), response.body());
  }

  private record Response(URI uri, int status, Optional<ContentType> contentType, byte[] body) {}

  private static URI parse(String url) throws FetchException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new FetchException("malformed URL (" + e.getReason() + ")");
    }
    return checked(uri);
  }

  private static URI checked(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("unsupported URL scheme " + (scheme.isEmpty() ? "(none)" : scheme));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new FetchException("URL without host");
    }
    return uri;
  }

  /** Sends requests from {@code start} through redirects; returns the first non-redirect response. */
  private Response follow(URI start, boolean checkRobots, long maxBytes) throws FetchException {
    URI uri = start;
    for (int hop = 0; ; hop++) {
      if (checkRobots) {
        RobotsRules rules = robotsFor(uri);
        if (!rules.allows(pathAndQuery(uri))) {
          throw new FetchException("disallowed by robots.txt" + (rules.note().isEmpty() ? "" : " (" + rules.note() + ")"));
        }
      }
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        close(response.body());
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new FetchException("redirect (HTTP status " + status + ") without a Location");
        }
        if (hop >= policy.maxRedirects()) {
          throw new FetchException("too many redirects (more than " + policy.maxRedirects() + ")");
        }
        try {
          uri = checked(uri.resolve(new URI(location.get().strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new FetchException("redirect to a malformed URL: " + location.get());
        }
        continue;
      }
      Optional<ContentType> type = response.headers().firstValue("Content-Type").map(ContentType::parse);
      if (status / 100 != 2) {
        close(response.body());
        return new Response(uri, status, type, new byte[0]);
      }
      return new Response(uri, status, type, body(response, maxBytes));
    }
  }

  private HttpResponse<InputStream> send(URI uri) throws FetchException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(policy.readTimeout())
        .header("User-Agent", policy.userAgent())
        .header("Accept-Encoding", "gzip, deflate")
        .GET()
        .build();
    try {
      limiter.acquire(uri.getHost());
      // Checked after the wait, immediately before connecting: the client's own lookup is then
      // answered from the JVM's address cache with the addresses just checked. Checked before a
      // long wait, the cache could expire and a rebinding DNS server answer differently.
      guard.check(uri.getHost());
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException("timed out connecting after " + seconds(policy.connectTimeout().toMillis()));
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + seconds(policy.readTimeout().toMillis()) + " waiting for the server");
    } catch (IOException e) {
      throw new FetchException("connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    }
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** The body, decompressed per Content-Encoding, refused beyond {@code maxBytes} decompressed. */
  private byte[] body(HttpResponse<InputStream> response, long maxBytes) throws FetchException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
    Optional<Long> declared = response.headers().firstValue("Content-Length").flatMap(HttpFetcher::parseLong);
    if (encoding.equals("identity") && declared.isPresent() && declared.get() > maxBytes) {
      close(response.body());
      throw tooLarge(maxBytes);
    }
    IdleTimeoutInputStream watched = new IdleTimeoutInputStream(response.body(), watchdog, policy.readTimeout().toNanos());
    try (InputStream raw = watched) {
      return switch (encoding) {
        case "identity", "" -> capped(raw, maxBytes);
        case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(capped(raw, maxBytes))), maxBytes);
        case "deflate" -> inflate(capped(raw, maxBytes), maxBytes);
        default -> throw new FetchException("unsupported content encoding " + encoding);
      };
    } catch (EOFException | ZipException e) {
      if (watched.timedOut()) {
        throw new FetchException("timed out after " + seconds(policy.readTimeout().toMillis()) + " without data while reading the body");
      }
      throw new FetchException("corrupt " + encoding + " body");
    } catch (IOException e) {
      if (watched.timedOut()) {
        throw new FetchException("timed out after " + seconds(policy.readTimeout().toMillis()) + " without data while reading the body");
      }
      throw new FetchException("connection failed while reading: " + e.getMessage());
    }
  }

  /** Deflate as servers send it: zlib-wrapped per the RFC, raw by some; both are accepted. */
  private static byte[] inflate(byte[] compressed, long maxBytes) throws IOException, FetchException {
    try {
      return capped(new InflaterInputStream(new ByteArrayInputStream(compressed)), maxBytes);
    } catch (ZipException notZlib) {
      return capped(new InflaterInputStream(new ByteArrayInputStream(compressed), new Inflater(true)), maxBytes);
    }
  }

  private static byte[] capped(InputStream in, long maxBytes) throws IOException, FetchException {
    try {
      return BoundedBytes.read(in, maxBytes, "body");
    } catch (BoundedBytes.Refused refused) {
      throw tooLarge(maxBytes);
    }
  }

  private static FetchException tooLarge(long maxBytes) {
    return new FetchException("too large: more than " + BoundedBytes.humanSize(maxBytes));
  }

  private static Optional<Long> parseLong(String value) {
    try {
      return Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was wanted from this body
    }
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** The robots.txt rules of {@code uri}'s origin, fetched on first use and cached. */
  private RobotsRules robotsFor(URI uri) throws FetchException {
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    RobotsRules cached = robots.get(origin);
    if (cached != null) {
      return cached;
    }
    RobotsRules rules;
    try {
      Response response = follow(URI.create(origin + "/robots.txt"), false, MAX_ROBOTS_BYTES);
      if (response.status() / 100 == 2) {
        rules = RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), "parallax");
      } else if (response.status() / 100 == 4) {
        rules = RobotsRules.ALLOW_ALL;
      } else {
        rules = RobotsRules.unreachable("HTTP status " + response.status());
      }
    } catch (FetchException e) {
      if (e.getMessage().startsWith("refused address") || e.getMessage().startsWith("unknown host")) {
        throw e; // the page itself would be refused for the same reason
      }
      if (e.getMessage().startsWith("too large")) {
        rules = RobotsRules.ALLOW_ALL; // an oversized robots.txt is treated as absent
      } else {
        rules = RobotsRules.unreachable(e.getMessage());
      }
    }
    robots.putIfAbsent(origin, rules);
    return rules;
  }
}
