package org.openiop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Claiming a daily job's day on the real schema: once per day, and a database away is said. */
class DailyClaimsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Instant AT = Instant.parse("2026-12-07T05:30:00Z");

    private static DailyClaims on(JdbcDataSource ds) {
        DailyClaims claims = new DailyClaims();
        claims.dataSource = ds;
        return claims;
    }

    @Test
    void theFirstClaimOfADayWinsAndTheNextDayIsFree() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:daily-claims;DB_CLOSE_DELAY=-1");
        SchemaMigrationsAccess.migrate(ds);
        DailyClaims claims = on(ds);
        assertTrue(claims.claim("session-horizon", DAY, "system", AT));
        assertFalse(claims.claim("session-horizon", DAY, "system", AT), "the day is taken");
        assertTrue(claims.claim("eligibility-recheck", DAY, "system", AT), "another job");
        assertTrue(claims.claim("session-horizon", DAY.plusDays(1), "system", AT));
    }

    @Test
    void aDatabaseThatCannotBeAskedIsLoggedAndNotTakenForAClaimElsewhere() {
        JdbcDataSource away = new JdbcDataSource();
        away.setURL("jdbc:h2:mem:no-such-schema;IFEXISTS=TRUE");
        List<LogRecord> records = new ArrayList<>();
        Handler handler =
                new Handler() {
                    @Override
                    public void publish(LogRecord r) {
                        records.add(r);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        Logger log = Logger.getLogger(DailyClaims.class.getName());
        log.addHandler(handler);
        try {
            assertFalse(on(away).claim("session-horizon", DAY, "system", AT));
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(1, records.size(), "one warning");
        String message = records.get(0).getMessage();
        assertTrue(
                message.contains("session-horizon") && message.contains("could not be claimed"),
                message);
    }
}
