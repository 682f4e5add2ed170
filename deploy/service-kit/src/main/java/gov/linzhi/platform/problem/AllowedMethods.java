package gov.linzhi.platform.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods a path allows, for the {@code Allow} header RFC 9110 requires on a 405, which Quarkus REST leaves
 * out: read once from the resource classes' {@code @Path} and HTTP-method annotations, the way JAX-RS matches them.
 */
final class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods allowed at {@code path}, comma-separated, or null when no resource matches it. */
    static String at(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes()) {
            if (r.path().matcher(path).matches()) {
                allowed.add(r.method());
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return String.join(", ", allowed);
    }

    private static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String method = httpMethod(m);
                    if (method != null) {
                        Path sub = m.getAnnotation(Path.class);
                        known.add(new Route(template(root.value(), sub == null ? "" : sub.value()), method));
                    }
                }
            }
            routes = known;
        }
        return known;
    }

    private static String httpMethod(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /api/v1/documents} + {@code {id}/text} → a pattern with one segment per template variable. */
    static Pattern template(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < joined.length()) {
            char c = joined.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < joined.length() && depth > 0) {
                    depth += joined.charAt(j) == '{' ? 1 : joined.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                regex.append("[^/]+");
                i = j;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex + "/?");
    }
}
