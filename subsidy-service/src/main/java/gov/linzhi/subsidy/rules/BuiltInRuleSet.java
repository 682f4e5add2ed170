package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A rule set shipped with the service: its file as written, and the policy cases in the {@code cases/} folder
 * beside it, one YAML file a case, in file-name order. The cases run whenever the set loads.
 *
 * @param text  the rule-set file, as loaded (and as {@code GET /rules/versions/{version}} answers in YAML)
 * @param cases the policy cases
 */
public record BuiltInRuleSet(String resource, String text, List<JsonNode> cases) {

    public static BuiltInRuleSet read(String resource) {
        ClassLoader loader = BuiltInRuleSet.class.getClassLoader();
        String text;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no rule-set resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1) + "cases";
        return new BuiltInRuleSet(resource, text, cases(loader.getResource(folder)));
    }

    /** Lists the case files of a folder on the class path, in a directory or inside the service's jar. */
    private static List<JsonNode> cases(URL folder) {
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(jar.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> read(Path folder) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode c = RuleSetLoader.yamlTree(Files.readString(file));
                if (c instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                    o.put("file", file.getFileName().toString());
                }
                cases.add(c);
            }
        }
        return cases;
    }
}
