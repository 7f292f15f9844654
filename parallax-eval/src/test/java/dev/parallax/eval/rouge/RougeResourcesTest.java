package dev.parallax.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeResourcesTest {

    @Test
    void load_folderWithBothFiles_readsWordsAndSkipsComments(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(RougeResources.STOPWORDS_FILE), "the\nOf\n\n");
        Files.writeString(dir.resolve(RougeResources.EXCEPTIONS_FILE), "# a comment\nmice\tmouse\ngeese\tgoose\n");

        RougeResources r = RougeResources.load(dir);

        assertThat(r.stopwords()).containsExactlyInAnyOrder("the", "of");
        assertThat(r.exceptions()).containsEntry("mice", "mouse").containsEntry("geese", "goose").hasSize(2);
        assertThat(r.description()).contains("2 WordNet exceptions").contains(dir.toString());
    }

    @Test
    void load_missingFolder_plainPorterSaidInDescription(@TempDir Path dir) {
        RougeResources r = RougeResources.load(dir.resolve("absent"));

        assertThat(r.exceptions()).isEmpty();
        assertThat(r.description()).contains("plain Porter");
    }
}
