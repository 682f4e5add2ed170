package gov.linzhi.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceEnvironmentsTest {

    private static final LauncherConfig.ServiceSpec TASKS = LauncherConfig.ServiceSpec.of("tasks-service");

    @Test
    void aWrittenEnvironmentIsWhatAShellSeesAfterSourcingIt(@TempDir Path home) throws Exception {
        Path jarDir = home.resolve("tasks-service/target/quarkus-app");
        Files.createDirectories(jarDir);
        Files.writeString(jarDir.resolve("app-cds.jsa"), "archive");
        Path envDir = home.resolve("data/env");
        String url = "jdbc:mariadb://127.0.0.1:3316/tasks?useUnicode=true&characterEncoding=utf8";

        ServiceEnvironments.write(envDir, home, home.resolve("data/class-data"), Map.of("tasks-service",
                Map.of("DB_URL", url, "HTTP_PORT", "8082", "DB_PASSWORD", "it's $HOME `id` \\ \"x\"")), List.of(TASKS));

        Path file = envDir.resolve("tasks-service.env");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Process shell = new ProcessBuilder("bash", "-c",
                "set -a; . \"$0\"; set +a; printf '%s\\n' \"$DB_URL\" \"$HTTP_PORT\" \"$DB_PASSWORD\" \"$MALLOC_ARENA_MAX\" \"$LINZHI_JVM_OPTIONS\"",
                file.toString()).redirectErrorStream(true).start();
        List<String> seen = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, shell.waitFor());
        assertEquals(url, seen.get(0));
        assertEquals("8082", seen.get(1));
        assertEquals("it's $HOME `id` \\ \"x\"", seen.get(2));
        assertEquals("2", seen.get(3));
        assertEquals(String.join(" ", ServiceProcess.jvmOptions(TASKS, jarDir.resolve("quarkus-run.jar"))), seen.get(4));
        assertTrue(seen.get(4).contains("-XX:SharedArchiveFile=" + jarDir.resolve("app-cds.jsa")), seen.get(4));
    }

    @Test
    void anArchiveARunRecordedForThisBuildIsTheOneTheEnvironmentNames(@TempDir Path home) throws Exception {
        Path jarDir = home.resolve("tasks-service/target/quarkus-app");
        Files.createDirectories(jarDir);
        Files.writeString(jarDir.resolve("quarkus-run.jar"), "jar");
        Files.writeString(jarDir.resolve("app-cds.jsa"), "the build's archive");
        Path classData = home.resolve("data/class-data");
        ClassDataArchive archive = ClassDataArchive.of(classData, "tasks-service", jarDir.resolve("quarkus-run.jar"));
        Files.createDirectories(classData);
        Files.writeString(archive.recorded(), "recorded");

        List<String> options = ServiceEnvironments.jvmOptions(classData, TASKS, home);

        assertTrue(options.contains("-XX:SharedArchiveFile=" + archive.recorded()), options.toString());
        assertTrue(options.stream().noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")), "a run by hand never records: " + options);
    }

    @Test
    void withoutAnArchiveTheOptionsNameNone(@TempDir Path home) {
        assertTrue(ServiceProcess.jvmOptions(TASKS, home.resolve("quarkus-run.jar")).stream()
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile")));
    }

}
