package gov.linzhi.launcher;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stand-in for an identity provider: an RS256 key pair made on first start, a ready token
 * per role (and per department for the five departments the README names), and the keys that
 * subsidy-service uses for resident IDs. Everything lives under {@code data/keys} and {@code data/tokens}.
 */
final class LocalCredentials {

    static final List<String> ROLES = List.of("gazette-editor", "supervisor", "department", "hr-bureau", "auditor");
    static final List<String> DEPARTMENTS = List.of("市人社局", "市财政局", "市教育局", "市应急管理局", "市商务局");
    static final Duration TOKEN_LIFETIME = Duration.ofDays(365);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final Path keysDir;
    private final Path tokensDir;

    LocalCredentials(Path keysDir, Path tokensDir) {
        this.keysDir = keysDir;
        this.tokensDir = tokensDir;
    }

    Path publicKey() {
        return keysDir.resolve("jwt-public.pem");
    }

    Path privateKey() {
        return keysDir.resolve("jwt-private.pem");
    }

    /** Creates what is missing and renews tokens that are about to expire; keeps everything else. */
    void ensure(Instant now) {
        try {
            Files.createDirectories(keysDir);
            Files.createDirectories(tokensDir);
            if (!Files.exists(privateKey()) || !Files.exists(publicKey())) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writeSecret(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                clearTokens(); // tokens signed by an older key would no longer verify
            }
            ensureSecret(keysDir.resolve("person-data.key"));
            ensureSecret(keysDir.resolve("person-lookup.key"));
            PrivateKey key = loadPrivateKey();
            for (Map.Entry<String, Map<String, Object>> token : tokenClaims().entrySet()) {
                Path file = tokensDir.resolve(token.getKey() + ".jwt");
                if (!Files.exists(file) || expiresBefore(file, now.plus(RENEW_BEFORE))) {
                    Files.writeString(file, sign(key, token.getValue(), now) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not create local keys: " + e.getMessage(), e);
        }
    }

    String secret(String name) {
        try {
            return Files.readString(keysDir.resolve(name + ".key")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name (without .jwt) → the claims of that token. */
    static Map<String, Map<String, Object>> tokenClaims() {
        Map<String, Map<String, Object>> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("upn", "local-" + role);
            claims.put("groups", List.of(role));
            if (role.equals("department")) {
                claims.put("department", DEPARTMENTS.get(0));
            }
            tokens.put(role, claims);
        }
        for (String department : DEPARTMENTS) {
            tokens.put("department-" + department, Map.of(
                    "upn", "local-officer@" + department,
                    "groups", List.of("department"),
                    "department", department));
        }
        return tokens;
    }

    private static String sign(PrivateKey key, Map<String, Object> custom, Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(LauncherConfig.ISSUER);
        claims.setSubject(String.valueOf(custom.get("upn")));
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(TOKEN_LIFETIME).getEpochSecond()));
        claims.setGeneratedJwtId();
        custom.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                claims.setStringListClaim(name, list.stream().map(String::valueOf).toList());
            } else {
                claims.setClaim(name, value);
            }
        });
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a local token", e);
        }
    }

    private static boolean expiresBefore(Path tokenFile, Instant limit) throws IOException {
        String[] parts = Files.readString(tokenFile).trim().split("\\.");
        if (parts.length != 3) {
            return true;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            JwtClaims claims = JwtClaims.parse(payload);
            return claims.getExpirationTime() == null || claims.getExpirationTime().getValue() < limit.getEpochSecond();
        } catch (Exception e) {
            return true;
        }
    }

    private PrivateKey loadPrivateKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(privateKey()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private void clearTokens() throws IOException {
        try (var files = Files.list(tokensDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jwt")).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void ensureSecret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            writeSecret(file, Base64.getEncoder().encodeToString(bytes) + "\n");
        }
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the directory's own protection applies
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
