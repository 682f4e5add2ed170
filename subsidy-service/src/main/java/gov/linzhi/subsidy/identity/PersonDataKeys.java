package gov.linzhi.subsidy.identity;

import io.smallrye.config.ConfigMapping;

/**
 * The two person-data keys. Mapped (not merely injected) so that a missing key stops the service while
 * its configuration is read, before anything else starts, naming the environment variable.
 */
@ConfigMapping(prefix = "subsidy.person-data")
public interface PersonDataKeys {

    /** AES-256-GCM key for resident IDs: 32 random bytes, base64 ({@code PERSON_DATA_KEY}). */
    String encryptionKey();

    /** HMAC-SHA256 key of the look-up hash: 32 random bytes, base64 ({@code PERSON_LOOKUP_KEY}). */
    String lookupKey();
}
