package gov.linzhi.platform.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client's bucket: the limit at once, then one request per refill interval, with the wait it names. */
class RateLimitsTest {

    @Test
    void aBucketAllowsItsCapacityThenRefillsContinuously() {
        RateLimits.Bucket bucket = new RateLimits.Bucket(60, 0);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, bucket.take(0), "request " + i);
        }
        long wait = bucket.take(0);
        assertTrue(wait >= 1 && wait <= 1, "one token a second at 60 a minute: " + wait);
        assertEquals(0, bucket.take(1_000), "a second later one token is back");
        assertTrue(bucket.take(1_000) > 0);
        assertEquals(0, bucket.take(61_000));
    }
}
