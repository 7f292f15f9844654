package dev.parallax.eval.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cluster.ClustererState;
import dev.parallax.cluster.StoryClusterer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What keeping a clusterer between runs costs: its state written as gzip-compressed JSON (as
 * {@code parallax stream --state} writes it) to a temporary file and read back, timed, with the file's size.
 */
final class SavedState {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedState() {
    }

    /** One report line: the state's size on disk, the time to save and to load it, and whether it came back whole. */
    static String measure(StoryClusterer clusterer) {
        try {
            Path file = Files.createTempFile("parallax-state", ".json.gz");
            try {
                long start = System.nanoTime();
                try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
                    JSON.writeValue(out, clusterer.state());
                }
                long saved = System.nanoTime();
                StoryClusterer loaded;
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
                    loaded = StoryClusterer.fromState(JSON.readValue(in, ClustererState.class));
                }
                long read = System.nanoTime();
                boolean same = loaded.stories().equals(clusterer.stories());
                return String.format(Locale.ROOT,
                        "saved state: %,.1f MB gzip JSON, saved in %.1f s, loaded in %.1f s (wall), stories %s%n",
                        Files.size(file) / 1e6, (saved - start) / 1e9, (read - saved) / 1e9,
                        same ? "the same after loading" : "DIFFERENT after loading");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
