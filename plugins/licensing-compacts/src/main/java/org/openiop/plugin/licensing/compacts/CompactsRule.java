package org.openiop.plugin.licensing.compacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openiop.plugin.licensing.common.DatedTable;
import org.openiop.plugin.licensing.common.LicensingData;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.Verdict;

/**
 * Judges practice under an interstate compact. It speaks only when the clinician relies on one:
 * with a valid license from the participant's jurisdiction it abstains (that license governs), and
 * it abstains where a compact does not reach, so that only abstentions leave the decision to
 * review.
 *
 * <ul>
 *   <li>PSYPACT: an APIT (credential {@code PSYPACT:E.PASSPORT}, the E.Passport being required for
 *       it) from a member home state allows telepsychology into another member jurisdiction.
 *   <li>Counseling Compact: a privilege for the participant's state counts only once that state
 *       issues privileges; before, it cannot be valid (review).
 *   <li>Social Work Licensure Compact: no multistate licenses are issued yet (review, never allow).
 *   <li>Nurse Licensure Compact: a multistate license (RN/LPN) from an active home state reaches
 *       other active states; not APRN practice.
 *   <li>IMLC: it yields ordinary state licenses, which the state-license rule judges.
 * </ul>
 */
final class CompactsRule implements LicensingRule {

    private final DatedTable psypact;
    private final Map<String, Map<String, String>> counseling;
    private final DatedTable counselingTable;
    private final DatedTable socialWork;
    private final Map<String, Map<String, String>> nlc;
    private final DatedTable nlcTable;
    private final LicensingData data;

    CompactsRule(
            DatedTable psypact,
            DatedTable counseling,
            DatedTable socialWork,
            DatedTable nlc,
            LicensingData data) {
        this.psypact = psypact;
        this.counselingTable = counseling;
        this.counseling = counseling.by("jurisdiction");
        this.socialWork = socialWork;
        this.nlcTable = nlc;
        this.nlc = nlc.by("jurisdiction");
        this.data = data;
    }

    @Override
    public LicensingDecision decide(LicensingQuery q) {
        String where = q.participantJurisdiction().toUpperCase(Locale.ROOT);
        boolean licensedThere =
                q.credentials().stream()
                        .anyMatch(
                                c ->
                                        c.type() == CredentialType.LICENSE
                                                && c.profession() == q.profession()
                                                && c.jurisdiction().equalsIgnoreCase(where)
                                                && c.validOn(q.date()));
        if (licensedThere) {
            return LicensingDecision.abstain(
                    "A license issued by " + where + " governs; no compact is needed.");
        }
        return switch (q.profession()) {
            case PSYCHOLOGIST -> psypact(q, where);
            case COUNSELOR -> counseling(q, where);
            case SOCIAL_WORKER -> socialWork(q);
            case NURSE -> nurse(q, where);
            case PHYSICIAN ->
                    credential(q, "IMLC").isPresent()
                            ? LicensingDecision.abstain(
                                    "IMLC licenses are ordinary state licenses; record them as"
                                            + " licenses.")
                            : LicensingDecision.abstain("No compact credential.");
            default -> LicensingDecision.abstain("No compact covers this profession.");
        };
    }

    private LicensingDecision psypact(LicensingQuery q, String where) {
        Optional<Credential> apit = credential(q, "PSYPACT");
        if (apit.isEmpty()) {
            return LicensingDecision.abstain("No PSYPACT authority recorded.");
        }
        Credential a = apit.get();
        if (!a.validOn(q.date())) {
            return decision(
                    Verdict.REVIEW,
                    "The PSYPACT APIT (no. " + a.number() + ") is not valid on " + q.date() + ".",
                    psypact);
        }
        if (!"PSYPACT:E.PASSPORT".equalsIgnoreCase(a.compact())) {
            return decision(
                    Verdict.REVIEW,
                    "Telepsychology under PSYPACT needs an APIT, which needs the ASPPB E.Passport; "
                            + "none is recorded for this psychologist.",
                    psypact);
        }
        boolean homeMember = member(psypact, a.jurisdiction());
        if (!homeMember) {
            return decision(
                    Verdict.REVIEW,
                    "The APIT's home state "
                            + a.jurisdiction()
                            + " is not a PSYPACT member in the "
                            + "data as of "
                            + psypact.asOf()
                            + ".",
                    psypact);
        }
        if (!member(psypact, where)) {
            return LicensingDecision.abstain(
                    where
                            + " is not a PSYPACT jurisdiction (as of "
                            + psypact.asOf()
                            + "); an APIT does not reach it.");
        }
        return decision(
                Verdict.ALLOW,
                "Telepsychology under PSYPACT: APIT no. "
                        + a.number()
                        + " from "
                        + a.jurisdiction()
                        + " (E.Passport), valid on "
                        + q.date()
                        + "; "
                        + where
                        + " is a member jurisdiction.",
                psypact);
    }

    private LicensingDecision counseling(LicensingQuery q, String where) {
        Optional<Credential> privilege =
                q.credentials().stream()
                        .filter(
                                c ->
                                        c.type() == CredentialType.COMPACT_PRIVILEGE
                                                && "COUNSELING".equalsIgnoreCase(c.compact())
                                                && c.jurisdiction().equalsIgnoreCase(where))
                        .findFirst();
        if (privilege.isEmpty()) {
            return LicensingDecision.abstain("No Counseling Compact privilege for " + where + ".");
        }
        Map<String, String> state = counseling.get(where);
        if (state == null) {
            return decision(
                    Verdict.REVIEW,
                    where
                            + " is not a Counseling Compact member in the data as of "
                            + counselingTable.asOf()
                            + ", yet a privilege for it is recorded: check it.",
                    counselingTable);
        }
        LocalDate from = DatedTable.date(counselingTable.name(), 0, state.get("issuing_from"));
        boolean issuing =
                "ISSUING".equals(state.get("status")) && (from == null || !q.date().isBefore(from));
        if (!issuing) {
            return decision(
                    Verdict.REVIEW,
                    where
                            + " has enacted the Counseling Compact but was not issuing privileges"
                            + " on "
                            + q.date()
                            + " (as of "
                            + counselingTable.asOf()
                            + "), so a privilege there cannot be in force.",
                    counselingTable);
        }
        if (!privilege.get().validOn(q.date())) {
            return decision(
                    Verdict.REVIEW,
                    "The Counseling Compact privilege for "
                            + where
                            + " (no. "
                            + privilege.get().number()
                            + ") is not valid on "
                            + q.date()
                            + ".",
                    counselingTable);
        }
        return decision(
                Verdict.ALLOW,
                "Counseling Compact privilege no. "
                        + privilege.get().number()
                        + " for "
                        + where
                        + ", which issues privileges, valid on "
                        + q.date()
                        + ".",
                counselingTable);
    }

    private LicensingDecision socialWork(LicensingQuery q) {
        if (credential(q, "SOCIAL_WORK").isEmpty()) {
            return LicensingDecision.abstain("No Social Work Licensure Compact credential.");
        }
        return decision(
                Verdict.REVIEW,
                "The Social Work Licensure Compact issues no multistate licenses yet (as of "
                        + socialWork.asOf()
                        + "): it cannot authorise practice on its own.",
                socialWork);
    }

    private LicensingDecision nurse(LicensingQuery q, String where) {
        Optional<Credential> multistate =
                q.credentials().stream()
                        .filter(
                                c ->
                                        c.type() == CredentialType.MULTISTATE_LICENSE
                                                && "NLC".equalsIgnoreCase(c.compact()))
                        .findFirst();
        if (multistate.isEmpty()) {
            return LicensingDecision.abstain("No Nurse Licensure Compact multistate license.");
        }
        Credential m = multistate.get();
        if (!nlcActive(m.jurisdiction(), q.date())) {
            return decision(
                    Verdict.REVIEW,
                    "The multistate license's home state "
                            + m.jurisdiction()
                            + " is not an active NLC state on "
                            + q.date()
                            + " (as of "
                            + nlcTable.asOf()
                            + ").",
                    nlcTable);
        }
        if (!nlc.containsKey(where)) {
            return LicensingDecision.abstain(
                    where
                            + " is not in the Nurse Licensure Compact (as of "
                            + nlcTable.asOf()
                            + ").");
        }
        if (!nlcActive(where, q.date())) {
            return decision(
                    Verdict.REVIEW,
                    where + " has joined the NLC but is not fully active on " + q.date() + ".",
                    nlcTable);
        }
        if (!m.validOn(q.date())) {
            return decision(
                    Verdict.REVIEW,
                    "The multistate license (no. "
                            + m.number()
                            + ") is not valid on "
                            + q.date()
                            + ".",
                    nlcTable);
        }
        return decision(
                Verdict.ALLOW,
                "NLC multistate license no. "
                        + m.number()
                        + " from "
                        + m.jurisdiction()
                        + " reaches "
                        + where
                        + ", an active NLC state, on "
                        + q.date()
                        + ".",
                nlcTable);
    }

    private boolean nlcActive(String jurisdiction, LocalDate date) {
        Map<String, String> row = nlc.get(jurisdiction.toUpperCase(Locale.ROOT));
        if (row == null || !"ACTIVE".equals(row.get("status"))) {
            return false;
        }
        LocalDate from = DatedTable.date(nlcTable.name(), 0, row.get("active_from"));
        return from == null || !date.isBefore(from);
    }

    private static boolean member(DatedTable table, String jurisdiction) {
        return table.rows().stream()
                .anyMatch(r -> jurisdiction.equalsIgnoreCase(r.get("jurisdiction")));
    }

    private static Optional<Credential> credential(LicensingQuery q, String compact) {
        return q.credentials().stream()
                .filter(c -> c.type() != CredentialType.LICENSE || "IMLC".equals(compact))
                .filter(
                        c ->
                                c.compactId()
                                        .map(id -> id.toUpperCase(Locale.ROOT).startsWith(compact))
                                        .orElse(false))
                .findFirst();
    }

    private LicensingDecision decision(Verdict verdict, String reason, DatedTable table) {
        return LicensingDecision.of(verdict, reason, table.citation())
                .withWarnings(data.warnings(List.of(table)));
    }
}
