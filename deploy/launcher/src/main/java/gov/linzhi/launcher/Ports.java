package gov.linzhi.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finds the ports that something else already holds, before anything is started. */
final class Ports {

    private Ports() {
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Of the given port → owner pairs, those that are taken. */
    static Map<Integer, String> taken(Map<Integer, String> wanted) {
        Map<Integer, String> taken = new LinkedHashMap<>();
        wanted.forEach((port, owner) -> {
            if (!isFree(port)) {
                taken.put(port, owner);
            }
        });
        return taken;
    }
}
