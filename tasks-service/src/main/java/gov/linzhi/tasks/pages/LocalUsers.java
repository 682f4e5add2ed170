package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.config.TasksConfig;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local users of ./run.sh: one per token the launcher keeps in data/tokens (a role, or a department's officer),
 * each verified like any pasted token. Only the launcher's local mode names the folder; without it there are none
 * and the one-click sign-in page does not exist.
 */
@ApplicationScoped
public class LocalUsers {

    /** A token file's name without .jwt, e.g. supervisor or department-市人社局. */
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}._-]{1,120}$");

    /** One user to sign in as: the file it comes from, who it is, its roles in Chinese and its department. */
    @TemplateData
    public record LocalUser(String id, String name, String roleNames, String department) {
    }

    @Inject
    TasksConfig config;

    @Inject
    PageSession session;

    public boolean enabled() {
        return config.pages().localUsersDir().isPresent();
    }

    /** Every user whose token verifies now, by file name. */
    public List<LocalUser> list() {
        Optional<Path> dir = config.pages().localUsersDir();
        List<LocalUser> users = new ArrayList<>();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return users;
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jwt")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.jwt$", "");
                token(id).ifPresent(t -> {
                    PageUser user = PageUser.of(t, null);
                    users.add(new LocalUser(id, user.name(), user.roleNames(), user.department()));
                });
            }
        } catch (IOException e) {
            return users;
        }
        return users;
    }

    /** The verified token of the user {@code id} (a file name from {@link #list()}; anything else is no user). */
    public Optional<JsonWebToken> token(String id) {
        Optional<Path> dir = config.pages().localUsersDir();
        if (dir.isEmpty() || id == null || !NAME.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = dir.get().resolve(id + ".jwt");
        if (!file.normalize().startsWith(dir.get().normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(session.verify(Files.readString(file, StandardCharsets.UTF_8)).token());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
