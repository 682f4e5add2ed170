package gov.linzhi.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataArchiveTest {

    @Test
    void aFirstRunRecordsAndTheArchiveIsKeptOnlyAfterAGracefulExit(@TempDir Path dir) throws Exception {
        Path jar = application(dir.resolve("app"));
        ClassDataArchive archive = ClassDataArchive.of(dir.resolve("class-data"), "subsidy-service", jar);
        assertFalse(archive.isRecorded());
        String option = archive.jvmOptions().get(0);
        assertTrue(option.startsWith("-XX:ArchiveClassesAtExit=") && option.endsWith(".jsa.recording"), option);
        Path recording = Path.of(option.substring(option.indexOf('=') + 1));

        Files.writeString(recording, "half an archive");
        assertFalse(archive.keepRecording(137), "SIGKILL: the JVM may have stopped while writing");
        assertFalse(Files.exists(recording));
        assertFalse(archive.isRecorded());

        Files.writeString(recording, "an archive");
        assertTrue(archive.keepRecording(143), "SIGTERM: Quarkus shut down, the JVM wrote the archive, then exited");
        assertTrue(archive.isRecorded());
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.recorded()), archive.jvmOptions());
    }

    @Test
    void aNewBuildRecordsAnewAndItsArchiveReplacesTheOldBuilds(@TempDir Path dir) throws Exception {
        Path jar = application(dir.resolve("app"));
        Path classData = dir.resolve("class-data");
        ClassDataArchive old = ClassDataArchive.of(classData, "gazette-service", jar);
        record(old);
        ClassDataArchive otherService = ClassDataArchive.of(classData, "tasks-service", jar);
        record(otherService);

        Path lib = jar.resolveSibling("lib/main/a.jar");
        Files.writeString(lib, "rebuilt, one byte longer");
        ClassDataArchive rebuilt = ClassDataArchive.of(classData, "gazette-service", jar);
        assertNotEquals(old.recorded(), rebuilt.recorded());
        assertFalse(rebuilt.isRecorded());
        record(rebuilt);

        assertFalse(Files.exists(old.recorded()), "the old build's archive is removed");
        assertTrue(otherService.isRecorded(), "another service's archive stays");
    }

    @Test
    void theFingerprintFollowsWhatTheJvmChecks(@TempDir Path dir) throws Exception {
        Path jar = application(dir.resolve("app"));
        String before = ClassDataArchive.fingerprint(jar.getParent());
        Files.writeString(jar.resolveSibling("app-cds.jsa"), "the build's archive is not part of the application");
        assertEquals(before, ClassDataArchive.fingerprint(jar.getParent()));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertNotEquals(before, ClassDataArchive.fingerprint(jar.getParent()), "a jar touched by a build");
        assertEquals("unbuilt", ClassDataArchive.fingerprint(dir.resolve("nowhere")));
    }

    /** The JVM itself: a run with the recording option writes an archive that the next run maps. */
    @Test
    void theJvmRecordsAnArchiveThatTheNextRunMaps(@TempDir Path dir) throws Exception {
        Path jar = application(dir.resolve("app"));
        ClassDataArchive archive = ClassDataArchive.of(dir.resolve("class-data"), "bare", jar);
        Process recording = java(archive.jvmOptions(), "-version");
        assertTrue(archive.keepRecording(recording.exitValue()), new String(recording.getInputStream().readAllBytes()));

        Process mapping = java(archive.jvmOptions(), "-Xshare:on", "-version");
        assertEquals(0, mapping.exitValue(), "-Xshare:on fails unless the archive maps: "
                + new String(mapping.getInputStream().readAllBytes()));
    }

    private static Process java(List<String> archiveOptions, String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(archiveOptions);
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process;
    }

    private static void record(ClassDataArchive archive) throws Exception {
        String option = archive.jvmOptions().get(0);
        Files.writeString(Path.of(option.substring(option.indexOf('=') + 1)), "an archive");
        assertTrue(archive.keepRecording(0));
    }

    private static Path application(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib/main"));
        Files.writeString(dir.resolve("lib/main/a.jar"), "a library");
        return Files.writeString(dir.resolve("quarkus-run.jar"), "the application");
    }
}
