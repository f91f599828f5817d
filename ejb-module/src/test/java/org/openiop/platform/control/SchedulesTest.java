package org.openiop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    @Test
    void hourAndMinuteBecomeACalendarOnTheMinute() {
        ScheduleExpression at = Schedules.parse("5:30");
        assertEquals("5", at.getHour());
        assertEquals("30", at.getMinute());
        assertEquals("0", at.getSecond());
        ScheduleExpression often = Schedules.parse("*:*/2");
        assertEquals("*", often.getHour());
        assertEquals("*/2", often.getMinute());
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad :
                new String[] {"", "5", "5:30:00", "five:30", "5;30", "*:*; rm", " 5:30"}) {
            assertNull(Schedules.parse(bad), bad);
        }
    }
}
