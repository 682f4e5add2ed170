package gov.linzhi.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The tests' clock, replacing the service kit's system clock: a test sets "today" with {@link #setToday}
 * before filing reports, so late filing is tested without waiting for a date.
 */
public class MutableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static volatile Instant now = LocalDate.of(2020, 6, 1).atTime(10, 0).atZone(ZONE).toInstant();

    public static void setToday(LocalDate day) {
        now = day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Produces the clock for the application under test. */
    @ApplicationScoped
    public static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return new MutableClock();
        }
    }
}
