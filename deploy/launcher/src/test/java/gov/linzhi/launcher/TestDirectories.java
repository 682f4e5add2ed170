package gov.linzhi.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Scratch directories of the launcher's system tests. */
final class TestDirectories {

    private TestDirectories() {
    }

    /** Deletes a directory and what it holds; a symbolic link inside is removed, never followed. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
