package org.openiop.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.ProgramSummary;

/** Backs /console/programs/index.xhtml: every program, open or closed. */
@Named
@ViewScoped
public class ProgramListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Programs programs;

    private List<ProgramSummary> all;

    public List<ProgramSummary> getPrograms() {
        if (all == null) {
            all = programs.summaries();
        }
        return all;
    }
}
