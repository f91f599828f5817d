package org.openiop.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.Program;

/** Backs /console/programs/index.xhtml: every program, open or closed. */
@Named
@ViewScoped
public class ProgramListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Programs programs;

    private List<Program> all;

    public List<Program> getPrograms() {
        if (all == null) {
            all = programs.all();
        }
        return all;
    }
}
