package org.openiop.program.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.ProgramForm;
import org.openiop.program.boundary.Programs;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.GroupSummary;
import org.openiop.program.entity.LevelOfCare;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.ProgramSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/programs/program.xhtml: a new program (no id) or an existing one, its settings
 * (program admins change them), its groups, and a form for a new group.
 */
@Named
@ViewScoped
public class ProgramBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Programs programs;

    @EJB transient Groups groups;

    @EJB transient Agreements agreements;

    @EJB transient PluginRegistry registry;

    @Inject SignedInUser user;

    private String agreementText;

    /** The program as last read, for its plugin switches (one read per view, not one per row). */
    private transient ProgramSummary switches;

    private String id;
    private UUID programId;
    private String name;
    private LevelOfCare levelOfCare = LevelOfCare.IOP_2_1;
    private AgeBand ageBand = AgeBand.ADULT;
    private String timeZone = "America/Chicago";
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;
    private BigDecimal weeklyHours;
    private Integer stepDownWeeks = 2;
    private List<String> states = new ArrayList<>();
    private final GroupInput newGroup = new GroupInput();
    private boolean administered;

    /**
     * Loads the program named by the {@code id} parameter; without one, the page makes a new
     * program.
     */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            ProgramSummary p = programs.summary(UUID.fromString(id));
            programId = p.id();
            name = p.name();
            levelOfCare = p.levelOfCare();
            ageBand = p.ageBand();
            timeZone = p.timeZone();
            startsOn = p.startsOn();
            endsOn = p.endsOn();
            weeklyHours =
                    BigDecimal.valueOf(p.weeklyMinutes())
                            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                            .stripTrailingZeros();
            stepDownWeeks = p.stepDownWeeks();
            states = new ArrayList<>(p.states());
            administered = programs.mayChange(programId, user.actor());
        } catch (IllegalArgumentException | RequestRefused e) {
            PageMessages.error("There is no program with that id.");
        }
    }

    public String save() {
        Integer minutes =
                weeklyHours == null
                        ? null
                        : weeklyHours
                                .multiply(BigDecimal.valueOf(60))
                                .setScale(0, RoundingMode.HALF_UP)
                                .intValueExact();
        ProgramForm form =
                new ProgramForm(
                        name,
                        levelOfCare,
                        ageBand,
                        timeZone,
                        startsOn,
                        endsOn,
                        minutes,
                        stepDownWeeks,
                        states);
        try {
            ProgramSummary saved =
                    programId == null
                            ? programs.create(form, user.actor())
                            : programs.update(programId, form, user.actor());
            return "/console/programs/program.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
            return null;
        }
    }

    public String createGroup() {
        try {
            Scheduled made = groups.create(programId, newGroup.toForm(), user.actor());
            return "/console/programs/group.xhtml?faces-redirect=true&created="
                    + made.sessions().size()
                    + "&id="
                    + made.groupSummary().id();
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
            return null;
        }
    }

    /** Every plugin the registry knows, for the program's plugin switches. */
    public List<PluginInfo> getPlugins() {
        return registry.list();
    }

    public boolean uses(String pluginId) {
        if (switches == null) {
            switches = programId == null ? null : programs.summary(programId);
        }
        return switches != null && switches.usesPlugin(pluginId);
    }

    public void switchPlugin(String pluginId, boolean enabled) {
        try {
            switches = programs.switchPlugin(programId, pluginId, enabled, user.actor());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** Publishes the text in the form as the program's new agreement version. */
    public void publishAgreement() {
        try {
            agreements.publish(programId, agreementText, user.actor());
            PageMessages.info(PageMessages.text("agreement.published"));
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public PublishedAgreement getCurrentAgreement() {
        return programId == null ? null : agreements.current(programId).orElse(null);
    }

    public String getCurrentAgreementHtml() {
        PublishedAgreement v = getCurrentAgreement();
        return v == null ? null : agreements.html(v);
    }

    /** Members who have not signed the current version, by pseudonym. */
    public List<Member> getUnsigned() {
        return programId == null ? List.of() : agreements.unsigned(programId, user.actor());
    }

    public String getAgreementText() {
        if (agreementText == null) {
            PublishedAgreement v = getCurrentAgreement();
            agreementText = v == null ? "" : v.body();
        }
        return agreementText;
    }

    public void setAgreementText(String v) {
        agreementText = v;
    }

    public List<GroupSummary> getGroups() {
        return programId == null ? List.of() : groups.summariesOfProgram(programId);
    }

    public boolean isExisting() {
        return programId != null;
    }

    /** A new program: any program admin; an existing one: its administrators (or global scope). */
    public boolean isEditable() {
        return programId == null ? user.holds(Role.PROGRAM_ADMIN) : administered;
    }

    public LevelOfCare[] getLevels() {
        return LevelOfCare.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public GroupInput getNewGroup() {
        return newGroup;
    }

    public UUID getProgramId() {
        return programId;
    }

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public LevelOfCare getLevelOfCare() {
        return levelOfCare;
    }

    public void setLevelOfCare(LevelOfCare v) {
        levelOfCare = v;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand v) {
        ageBand = v;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String v) {
        timeZone = v;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate v) {
        startsOn = v;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate v) {
        endsOn = v;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal v) {
        weeklyHours = v;
    }

    public Integer getStepDownWeeks() {
        return stepDownWeeks;
    }

    public void setStepDownWeeks(Integer v) {
        stepDownWeeks = v;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> v) {
        states = v;
    }
}
