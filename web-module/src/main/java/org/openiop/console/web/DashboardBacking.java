package org.openiop.console.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.Program;

/** Backs /console/index.xhtml: today's programs for whoever just signed in. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programs programs;

    private List<Program> today;

    public List<Program> getProgramsToday() {
        if (today == null) {
            today = programs.runningToday(Clock.systemUTC());
        }
        return today;
    }
}
