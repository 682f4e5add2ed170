package gov.linzhi.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name an audit entry records for whoever acted, fitted to the column every service stores it in
 * ({@value #MAX_LENGTH} characters): a longer name (a token's {@code upn} can be any length; 250 characters made
 * every audited write a 500) keeps its beginning and ends with a hash of the whole, so two long names stay apart.
 */
public final class ActorNames {

    public static final int MAX_LENGTH = 200;
    private static final int HASH_HEX = 16;

    private ActorNames() {
    }

    public static String fit(String name) {
        if (name == null || name.isBlank()) {
            return "unknown";
        }
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String keep = name.substring(0, MAX_LENGTH - HASH_HEX - 2);
        if (Character.isHighSurrogate(keep.charAt(keep.length() - 1))) {
            keep = keep.substring(0, keep.length() - 1);
        }
        return keep + "…#" + sha256(name).substring(0, HASH_HEX);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
