package org.openiop.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.SignedInUser;

/**
 * The console's menu: each entry lists the roles that may use it, and a user sees only entries one
 * of their roles allows. The pages themselves check the same roles ({@code AccessRules}), and so do
 * the boundaries behind them.
 */
@Named
@RequestScoped
public class ConsoleMenu {

    /**
     * One menu entry; the getters are for Expression Language 5, which does not read record
     * components.
     *
     * @param labelKey key in the message bundle
     * @param path page path under the context root
     */
    public record Entry(String labelKey, String path, String icon, List<Role> roles) {

        public String getLabelKey() {
            return labelKey;
        }

        public String getPath() {
            return path;
        }

        public String getIcon() {
            return icon;
        }
    }

    static final List<Entry> ENTRIES =
            List.of(
                    new Entry("menu.dashboard", "/console/index.xhtml", "pi pi-home", Role.STAFF),
                    new Entry(
                            "menu.programs",
                            "/console/programs/index.xhtml",
                            "pi pi-calendar",
                            List.of(Role.PROGRAM_ADMIN, Role.CLINICIAN, Role.INTAKE)),
                    new Entry(
                            "menu.calendar",
                            "/console/sessions/calendar.xhtml",
                            "pi pi-clock",
                            List.of(
                                    Role.PROGRAM_ADMIN,
                                    Role.CLINICIAN,
                                    Role.AUDITOR,
                                    Role.PRIVACY_OFFICER)),
                    new Entry(
                            "menu.participants",
                            "/console/participants/index.xhtml",
                            "pi pi-users",
                            List.of(
                                    Role.CLINICIAN,
                                    Role.INTAKE,
                                    Role.PRIVACY_OFFICER,
                                    Role.PROGRAM_ADMIN)),
                    new Entry(
                            "menu.reviews",
                            "/console/privacy/break-glass.xhtml",
                            "pi pi-exclamation-triangle",
                            List.of(Role.PRIVACY_OFFICER)),
                    new Entry(
                            "menu.incidents",
                            "/console/incidents/index.xhtml",
                            "pi pi-bell",
                            List.of(Role.PRIVACY_OFFICER, Role.AUDITOR, Role.PROGRAM_ADMIN)),
                    new Entry(
                            "menu.audit",
                            "/console/audit/index.xhtml",
                            "pi pi-shield",
                            List.of(Role.AUDITOR, Role.PRIVACY_OFFICER)),
                    new Entry(
                            "menu.licensing",
                            "/console/licensing/check.xhtml",
                            "pi pi-id-card",
                            List.of(Role.PROGRAM_ADMIN, Role.CLINICIAN)),
                    new Entry(
                            "menu.credentials",
                            "/console/licensing/credentials.xhtml",
                            "pi pi-id-card",
                            List.of(Role.PROGRAM_ADMIN)),
                    new Entry(
                            "menu.matrix",
                            "/console/licensing/matrix.xhtml",
                            "pi pi-table",
                            List.of(Role.PROGRAM_ADMIN, Role.CLINICIAN)),
                    new Entry(
                            "menu.eligibility",
                            "/console/eligibility/index.xhtml",
                            "pi pi-wallet",
                            List.of(Role.INTAKE, Role.PROGRAM_ADMIN)),
                    new Entry(
                            "menu.plugins",
                            "/console/plugins/index.xhtml",
                            "pi pi-th-large",
                            List.of(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER)),
                    new Entry(
                            "menu.status",
                            "/console/status.xhtml",
                            "pi pi-server",
                            List.of(Role.PROGRAM_ADMIN)));

    @Inject SignedInUser user;

    public List<Entry> getEntries() {
        return ENTRIES.stream().filter(e -> user.holds(e.roles().toArray(Role[]::new))).toList();
    }
}
