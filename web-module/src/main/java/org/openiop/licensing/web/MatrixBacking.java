package org.openiop.licensing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.ProgramSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/licensing/matrix.xhtml: for one program, each facilitator against each state the
 * program operates in, for a modality and date; each cell's reasons are in its title.
 */
@Named
@ViewScoped
public class MatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient SessionLicensing licensing;

    @EJB transient Programs programs;

    @Inject SignedInUser user;

    private String program;
    private Modality modality = Modality.VIDEO;
    private LocalDate date = LocalDate.now();
    private transient Map<String, Map<String, SessionLicensing.Answer>> matrix;

    /** One row: a clinician and their answers, state by state. */
    public record Row(String clinician, List<SessionLicensing.Answer> cells) {

        public String getClinician() {
            return clinician;
        }

        public List<SessionLicensing.Answer> getCells() {
            return cells;
        }
    }

    /** On arrival with {@code ?program=}: show that program's matrix at once. */
    public void showIfChosen() {
        if (program != null && !program.isBlank()) {
            show();
        }
    }

    public void show() {
        try {
            matrix = licensing.matrix(UUID.fromString(program), modality, date, user.actor());
        } catch (IllegalArgumentException | NullPointerException e) {
            PageMessages.error(PageMessages.text("matrix.chooseProgram"));
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public List<String> getStates() {
        TreeSet<String> states = new TreeSet<>();
        if (matrix != null) {
            matrix.values().forEach(r -> states.addAll(r.keySet()));
        }
        return List.copyOf(states);
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        if (matrix != null) {
            List<String> states = getStates();
            matrix.forEach(
                    (clinician, row) ->
                            rows.add(new Row(clinician, states.stream().map(row::get).toList())));
        }
        return rows;
    }

    public String reasons(SessionLicensing.Answer a) {
        return String.join(" ", a.composed().decision().reasons());
    }

    public boolean isShown() {
        return matrix != null;
    }

    public List<ProgramSummary> getPrograms() {
        return programs.summaries();
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String v) {
        program = v;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality v) {
        modality = v;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate v) {
        date = v;
    }
}
