package gov.linzhi.subsidy.identity;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Protects resident ID numbers: AES-256-GCM for storage (random 96-bit nonce per value) and an
 * HMAC-SHA256 keyed hash for look-ups, with two separate keys.
 */
public final class PersonDataCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;

    public PersonDataCrypto(byte[] encryptionKey, byte[] lookupKey) {
        if (encryptionKey.length != 32 || lookupKey.length != 32) {
            throw new IllegalArgumentException("person-data keys must be 32 bytes each");
        }
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
    }

    /** Decodes a base64 key, explaining what is wrong with it. */
    public static byte[] decodeKey(String name, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(name + " is not set: give 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must decode to 32 bytes, not " + key.length);
        }
        return key;
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** The keyed hash used to find a person without decrypting anything. */
    public String lookupHash(String value) {
        return hmac(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * How a claim's Idempotency-Key is stored: a keyed hash, so the key a client chose (which may carry a resident
     * ID or a case number) is never in the database or a log, and the same key always finds its claim.
     */
    public String idempotencyKeyHash(String key) {
        return hmac(("idempotency-key\n" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** A keyed hash of arbitrary bytes (idempotency body hashes contain a resident ID). */
    public String hmac(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
