package gov.linzhi.platform.opensearch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A real single-node OpenSearch, started from the server's Maven artifacts with the plugins the gazette's search
 * needs loaded from the class path (the way OpenSearch's own test framework starts nodes), so no distribution has to
 * be downloaded or unpacked. It serves HTTP on 127.0.0.1 only, keeps its data under {@code --home}, prints
 * {@value #READY} once it answers, and closes the node cleanly on SIGTERM.
 *
 * <pre>java -jar target/opensearch-node.jar --home /tmp/node --http-port 9250 [--parent-pid PID]</pre>
 *
 * With {@code --parent-pid} the node stops when that process ends.
 */
public final class SearchNode extends Node {

    /** The line printed once the node is started; a starter waits for it, then for green health. */
    public static final String READY = "opensearch-node ready";
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, AnalysisSmartChinesePlugin.class);

    private SearchNode(Settings settings) {
        // Node's plugin-taking constructor is protected: it is meant for nodes whose plugins are on the class path
        super(InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> "linzhi-search"),
                PLUGINS, true);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(option(args, "--home")).toAbsolutePath();
        int httpPort = Integer.parseInt(option(args, "--http-port"));
        Files.createDirectories(home);
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "linzhi-search")
                .put("node.name", "linzhi-search")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // the transport port is not used by clients: any free one of the range
                .put("transport.port", "19300-19400")
                // a test machine's disk may be fuller than a server's: never refuse shards for it
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        SearchNode node = new SearchNode(settings);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "opensearch-node-shutdown"));
        node.start();
        String parent = optionalOption(args, "--parent-pid");
        if (parent != null) {
            // a starter that dies without stopping the node (a killed test JVM) leaves no node behind
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
        }
        System.out.println(READY + " on http://127.0.0.1:" + httpPort);
        System.out.flush();
        closed.await();
    }

    private static String optionalOption(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static String option(String[] args, String name) {
        String value = optionalOption(args, name);
        if (value == null) {
            throw new IllegalArgumentException("usage: java -jar opensearch-node.jar --home FOLDER --http-port PORT [--parent-pid PID]"
                    + " (missing " + name + ")");
        }
        return value;
    }
}
