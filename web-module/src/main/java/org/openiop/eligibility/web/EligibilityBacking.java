package org.openiop.eligibility.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openiop.eligibility.boundary.Eligibility;
import org.openiop.eligibility.boundary.EligibilityBatches;
import org.openiop.eligibility.entity.BatchProgress;
import org.openiop.eligibility.entity.CoverageCheck;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.ProgramSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/eligibility/index.xhtml: check one member's coverage now, or the whole program in
 * the background with a progress bar, a line per participant (by pseudonym) and the counts.
 */
@Named
@ViewScoped
public class EligibilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Eligibility eligibility;

    @EJB transient EligibilityBatches batches;

    @EJB transient Programs programs;

    @Inject SignedInUser user;

    private String program;
    private String participant;
    private String batchId;
    private transient List<ProgramSummary> programList;
    private transient List<EligibilityBatches.Member> roster;
    private transient EligibilityBatches.View view;
    private transient CoverageCheck result;
    private transient Map<UUID, String> names;

    public List<ProgramSummary> getPrograms() {
        if (programList == null) {
            programList = programs.summaries();
        }
        return programList;
    }

    public List<EligibilityBatches.Member> getRoster() {
        if (roster == null) {
            roster =
                    program == null || program.isBlank()
                            ? List.of()
                            : batches.roster(UUID.fromString(program), user.actor());
        }
        return roster;
    }

    /** Called when the program changes: a new roster, and no result from another program. */
    public void programChosen() {
        roster = null;
        names = null;
        participant = null;
        result = null;
        batchId = null;
        view = null;
    }

    public void checkOne() {
        if (participant == null || participant.isBlank()) {
            PageMessages.error(PageMessages.text("eligibility.choose"));
            return;
        }
        try {
            result = eligibility.check(UUID.fromString(participant), user.actor());
        } catch (RequestRefused e) {
            result = null;
            PageMessages.error(e.getMessage());
        }
    }

    public void checkAll() {
        if (program == null || program.isBlank()) {
            PageMessages.error(PageMessages.text("eligibility.chooseProgram"));
            return;
        }
        try {
            batchId = batches.start(UUID.fromString(program), user.actor()).id().toString();
            view = null;
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public EligibilityBatches.View getView() {
        if (view == null && batchId != null) {
            view = batches.view(UUID.fromString(batchId), user.actor());
        }
        return view;
    }

    /** Re-reads the batch on each poll. */
    public void refresh() {
        view = null;
    }

    public BatchProgress getBatch() {
        return getView() == null ? null : getView().batch();
    }

    public boolean isRunning() {
        return getBatch() != null && getBatch().finishedAt() == null;
    }

    public String pseudonymOf(CoverageCheck c) {
        if (names == null) {
            names =
                    getRoster().stream()
                            .collect(
                                    Collectors.toMap(
                                            EligibilityBatches.Member::id,
                                            EligibilityBatches.Member::pseudonym,
                                            (a, b) -> a));
        }
        return names.getOrDefault(c.participantId(), "—");
    }

    public CoverageCheck getResult() {
        return result;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getParticipant() {
        return participant;
    }

    public void setParticipant(String participant) {
        this.participant = participant;
    }
}
