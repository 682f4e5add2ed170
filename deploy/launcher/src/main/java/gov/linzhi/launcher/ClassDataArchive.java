package gov.linzhi.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application class-data archive (AppCDS) of one build of one service, recorded by the service's own run.
 *
 * <p>Quarkus's build-time archive ({@code app-cds.jsa} beside the jar) holds only what the application loads up to its
 * static initialisation: measured on subsidy-service, 7,452 of the 16,678 classes a start and a first request load.
 * The rest (Hibernate ORM's boot, Flyway, the JDBC driver, Vert.x, the first requests) was read, parsed and verified on
 * every start. An archive the JVM writes when a real run ends ({@code -XX:ArchiveClassesAtExit}) holds all of them:
 * subsidy-service alone became ready in 2.9 s instead of 3.9–4.3 s on the same machine.
 *
 * <p>So the first run of a build records (it runs without an archive: the JVM cannot add to the build's archive, which
 * is itself a dynamic one) and writes the archive when it stops; every later run of the same build maps it. The archive
 * is named by a fingerprint of the application's files (path, size, modification time: what the JVM itself checks
 * before it maps one), so a new build records anew and the old build's archive is removed. The JVM writes into a
 * {@code .recording} file, renamed only after a clean exit, so a run killed while writing leaves nothing half-written
 * to map.
 */
final class ClassDataArchive {

    private static final int EXIT_AFTER_SIGTERM = 128 + 15;

    private final Path recorded;
    private final Path recording;
    private final Path directory;
    private final String service;

    private ClassDataArchive(Path directory, String service, String fingerprint) {
        this.directory = directory;
        this.service = service;
        this.recorded = directory.resolve(service + "-" + fingerprint + ".jsa");
        this.recording = directory.resolve(service + "-" + fingerprint + ".jsa.recording");
    }

    /** The archive of the application whose {@code quarkus-run.jar} is {@code jar}, kept under {@code directory}. */
    static ClassDataArchive of(Path directory, String service, Path jar) {
        return new ClassDataArchive(directory, service, fingerprint(jar.getParent()));
    }

    boolean isRecorded() {
        return Files.isRegularFile(recorded);
    }

    Path recorded() {
        return recorded;
    }

    /**
     * The JVM options that map the recorded archive, or record one during this run. A recording JVM warns at exit about
     * every class it cannot archive (about 2,800 lines per service: generated accessors, classes never linked), so
     * CDS logging is set to errors while it records.
     */
    List<String> jvmOptions() {
        if (isRecorded()) {
            return List.of("-XX:SharedArchiveFile=" + recorded);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=error");
    }

    /**
     * After the service's JVM ended: keeps what it recorded when it ended cleanly (0, or 143: the JVM's code after SIGTERM,
     * once Quarkus shut down and the archive was written; a JVM killed with SIGKILL ends with 137 and may have written half
     * of it), and removes this service's archives of other builds.
     *
     * @return whether an archive was recorded by this run
     */
    boolean keepRecording(int exitCode) {
        try {
            if (!Files.isRegularFile(recording)) {
                return false;
            }
            if ((exitCode != 0 && exitCode != EXIT_AFTER_SIGTERM) || Files.size(recording) == 0) {
                Files.delete(recording);
                return false;
            }
            Files.move(recording, recorded, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path other : files.filter(this::isAnotherBuildsArchive).toList()) {
                    Files.deleteIfExists(other);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the class-data archive " + recorded, e);
        }
    }

    private boolean isAnotherBuildsArchive(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(service + "-") && !file.equals(recorded) && !file.equals(recording)
                && (name.endsWith(".jsa") || name.endsWith(".jsa.recording"));
    }

    /** SHA-256 over the application directory's place and every file in it: its path, size and modification time. */
    static String fingerprint(Path applicationDir) {
        if (!Files.isDirectory(applicationDir)) {
            return "unbuilt";
        }
        try (Stream<Path> walk = Files.walk(applicationDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // the archive names the jars by the path the JVM was given: a checkout moved elsewhere records anew
            digest.update((applicationDir.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
            List<Path> files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".jsa")).sorted().toList();
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                String entry = applicationDir.relativize(file) + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis() + "\n";
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + applicationDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
