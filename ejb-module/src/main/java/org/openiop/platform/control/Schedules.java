package org.openiop.platform.control;

import jakarta.ejb.ScheduleExpression;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When a daily job runs, from configuration: {@code openiop.schedule.<job>}
 * (OPENIOP_SCHEDULE_<JOB>) as HOUR:MINUTE, each an EJB calendar field ("5:30", or "*:*" every
 * minute for a test that must see every node's timer fire). Server time, like @Schedule.
 */
public final class Schedules {

    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

    /** A calendar field: a number, a range, a list, "*" or "*&#47;n". */
    private static final Pattern FIELD =
            Pattern.compile("\\*(/[0-9]{1,2})?|[0-9]{1,2}([-,][0-9]{1,2})*");

    private Schedules() {}

    /**
     * The job's schedule, or {@code standard} (HOUR:MINUTE) when none is set or it is not valid.
     */
    public static ScheduleExpression daily(String job, String standard) {
        Optional<String> configured =
                ConfigProvider.getConfig()
                        .getOptionalValue("openiop.schedule." + job, String.class)
                        .map(String::trim);
        if (configured.isPresent() && parse(configured.get()) == null) {
            LOG.warning(
                    () ->
                            "openiop.schedule."
                                    + job
                                    + " is not HOUR:MINUTE (e.g. 5:30); using "
                                    + standard);
        }
        ScheduleExpression expression = configured.map(Schedules::parse).orElse(null);
        return expression != null ? expression : parse(standard);
    }

    static ScheduleExpression parse(String value) {
        String[] fields = value.split(":", -1);
        if (fields.length != 2
                || !FIELD.matcher(fields[0]).matches()
                || !FIELD.matcher(fields[1]).matches()) {
            return null;
        }
        return new ScheduleExpression().hour(fields[0]).minute(fields[1]).second("0");
    }
}
