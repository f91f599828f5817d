package org.openiop.program.boundary;

import java.time.LocalDate;
import java.util.List;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.LevelOfCare;

/**
 * What a program admin says about a program. A null weekly threshold takes the default for the
 * level of care and age band; a null step-down allowance takes 2 weeks.
 */
public record ProgramForm(
        String name,
        LevelOfCare levelOfCare,
        AgeBand ageBand,
        String timeZone,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer weeklyMinutes,
        Integer stepDownWeeks,
        List<String> states) {}
