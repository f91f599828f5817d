package org.openiop.platform.rest;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openiop.platform.boundary.Invalid;

/** Weekdays as people write them: "MON", "Wed", "friday". */
public final class Weekdays {

    private Weekdays() {}

    /**
     * @return null for null (no schedule)
     * @throws Invalid naming {@code field} for anything that is not a weekday
     */
    public static Set<DayOfWeek> of(String field, List<String> names) {
        if (names == null) {
            return null;
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            DayOfWeek day = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (upper.length() >= 3 && d.name().startsWith(upper)) {
                    day = d;
                }
            }
            if (day == null) {
                String shape = "a list of weekdays such as [\"MON\", \"WED\", \"FRI\"]";
                throw new Invalid("'" + field + "' must be " + shape + ".", Map.of(field, shape));
            }
            out.add(day);
        }
        return out;
    }
}
