package gov.linzhi.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes what each service is started with as a file a shell can source ({@code KEY='value'} lines), for
 * {@code ./run.sh --db-only}: the service then runs by hand (or in {@code quarkus:dev}) exactly as the launcher runs it,
 * {@code LINZHI_JVM_OPTIONS} included. The files hold the local keys: they are written readable by the owner only.
 */
final class ServiceEnvironments {

    private ServiceEnvironments() {
    }

    static void write(Path dir, Path home, Path classDataDir, Map<String, Map<String, String>> environments,
                      List<LauncherConfig.ServiceSpec> services) {
        try {
            Files.createDirectories(dir);
            for (LauncherConfig.ServiceSpec spec : services) {
                StringBuilder text = new StringBuilder("# written by ./run.sh --db-only: the environment ./run.sh starts " + spec.name() + " with\n");
                ServiceProcess.nativeEnvironment().forEach((key, value) -> text.append(line(key, value)));
                environments.get(spec.name()).forEach((key, value) -> text.append(line(key, value)));
                text.append(line("LINZHI_JVM_OPTIONS", String.join(" ", jvmOptions(classDataDir, spec, home))));
                Path file = dir.resolve(spec.name() + ".env");
                // restricted before the keys are written into it, so they are never readable by others
                Files.deleteIfExists(file);
                Files.createFile(file);
                ownerOnly(file);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the services' environments under " + dir, e);
        }
    }

    /**
     * The launcher's options, with the class-data archive a run of ./run.sh recorded for this build, else the build's own;
     * a run by hand never records one (nothing would keep it only after a clean exit).
     */
    static List<String> jvmOptions(Path classDataDir, LauncherConfig.ServiceSpec spec, Path home) {
        ClassDataArchive recorded = ClassDataArchive.of(classDataDir, spec.name(), spec.jar(home));
        return recorded.isRecorded() ? ServiceProcess.jvmOptions(spec, recorded) : ServiceProcess.jvmOptions(spec, spec.jar(home));
    }

    /** Readable and writable by the owner only: as POSIX permissions, or where there are none, as the file system allows. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            java.io.File f = file.toFile();
            boolean restricted = f.setReadable(false, false) & f.setReadable(true, true)
                    & f.setWritable(false, false) & f.setWritable(true, true);
            if (!restricted) {
                throw new IOException("could not make " + file + " readable by its owner only; it holds the local keys", notPosix);
            }
        }
    }

    /** {@code KEY='value'}: inside single quotes a shell reads every character as itself but the quote, written '\''. */
    static String line(String key, String value) {
        return key + "='" + value.replace("'", "'\\''") + "'\n";
    }
}
