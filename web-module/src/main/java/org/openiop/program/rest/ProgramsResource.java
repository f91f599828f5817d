package org.openiop.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.Program;

/** Programs for staff tools. Participants never see program names through the API. */
@Path("programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"clinician", "intake", "program-admin", "auditor", "privacy-officer"})
public class ProgramsResource {

    /** What the API says about a program. */
    public record ProgramView(String id, String name, String levelOfCare, String timeZone, LocalDate startsOn,
            LocalDate endsOn) {

        static ProgramView of(Program p) {
            return new ProgramView(p.getId().toString(), p.getName(), p.getLevelOfCare().name(), p.getTimeZone(),
                    p.getStartsOn(), p.getEndsOn());
        }
    }

    @Inject
    Programs programs;

    /** Programs open today in their own time zones. */
    @GET
    @Path("today")
    public List<ProgramView> today() {
        return programs.runningToday(Clock.systemUTC()).stream().map(ProgramView::of).toList();
    }
}
