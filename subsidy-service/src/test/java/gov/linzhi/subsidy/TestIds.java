package gov.linzhi.subsidy;

import gov.linzhi.subsidy.identity.CreditCodes;
import gov.linzhi.subsidy.identity.ResidentIds;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh valid identifiers, so tests sharing one database never see each other's persons. */
public final class TestIds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private TestIds() {
    }

    /** A valid resident ID of 林芝市巴宜区 (540402), unique within the test JVM. */
    public static String residentId() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String first17 = "540402" + birth.toString().replace("-", "") + String.format("%03d", (n / 15_000 + ThreadLocalRandom.current().nextInt(1000)) % 1000);
        return first17 + ResidentIds.checkCharacter(first17);
    }

    /** A valid 统一社会信用代码, unique within the test JVM. */
    public static String creditCode() {
        String first17 = "9154040" + String.format("%010d", SEQUENCE.incrementAndGet() * 7919L + ThreadLocalRandom.current().nextInt(7919));
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
