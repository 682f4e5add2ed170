package gov.linzhi.platform.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actor names fit the audit column: short ones as they are, long ones cut with a hash that keeps them apart. */
class ActorNamesTest {

    @Test
    void shortNamesStayLongOnesAreCutWithAHash() {
        assertEquals("zhang.san@hr.linzhi.gov.cn", ActorNames.fit("zhang.san@hr.linzhi.gov.cn"));
        assertEquals("unknown", ActorNames.fit(" "));
        String a = ActorNames.fit("x".repeat(250) + "a");
        String b = ActorNames.fit("x".repeat(250) + "b");
        assertTrue(a.length() <= ActorNames.MAX_LENGTH && a.startsWith("xxx") && a.contains("…#"), a);
        assertNotEquals(a, b, "two long names stay apart");
        assertTrue(ActorNames.fit("林".repeat(300)).length() <= ActorNames.MAX_LENGTH);
    }
}
