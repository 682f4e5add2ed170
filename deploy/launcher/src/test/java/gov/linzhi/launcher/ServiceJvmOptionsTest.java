package gov.linzhi.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceJvmOptionsTest {

    @Test
    void eachServiceStartsWithItsOwnWorkingSetAsHeap(@TempDir Path home) {
        for (LauncherConfig.ServiceSpec spec : LauncherConfig.ServiceSpec.DEFAULTS) {
            List<String> options = ServiceProcess.jvmOptions(spec, home.resolve("quarkus-run.jar"));
            assertEquals(List.of("-Xms" + spec.initialHeapMiB() + "m"), options.stream().filter(o -> o.startsWith("-Xms")).toList());
        }
        assertEquals(36, LauncherConfig.fromEnvironment(home, Map.of("SUBSIDY_PORT", "9083"))
                .service("subsidy-service").initialHeapMiB());
    }

    @Test
    void theJvmThatRunsTheServicesAcceptsEveryOption(@TempDir Path home) throws Exception {
        for (LauncherConfig.ServiceSpec spec : LauncherConfig.ServiceSpec.DEFAULTS) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(ServiceProcess.jvmOptions(spec, home.resolve("quarkus-run.jar")));
            command.add("-version");
            Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, java.waitFor(), output);
            assertFalse(output.contains("Unrecognized") || output.contains("warning"), output);
        }
    }

    @Test
    void theNativeHeapIsTrimmedOnlyWhereTheJvmHasTheOption() {
        assertFalse(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("17.0.8")));
        assertTrue(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("17.0.9")));
        assertTrue(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("17.0.15+6")));
        assertFalse(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("18.0.2")));
        assertFalse(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("21")));
        assertTrue(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("21.0.1")));
        assertTrue(ServiceProcess.trimsNativeHeap(Runtime.Version.parse("25.0.1")));
    }
}
