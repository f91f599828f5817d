package org.openiop.plugin.licensing.statelicense;

import java.util.List;
import java.util.function.Supplier;
import org.openiop.plugin.licensing.common.DatedTable;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.Verdict;

/**
 * A license of the clinician's profession, issued by the participant's jurisdiction and valid on
 * the date of service, allows. A license there that is not valid that day denies, unless the
 * clinician holds another kind of authority there (a privilege, a multistate license, a
 * registration), which the other rules judge. Without any license there, it abstains.
 */
final class StateLicenseRule implements LicensingRule {

    private final DatedTable table;
    private final Supplier<List<String>> warnings;

    StateLicenseRule(DatedTable table, Supplier<List<String>> warnings) {
        this.table = table;
        this.warnings = warnings;
    }

    @Override
    public LicensingDecision decide(LicensingQuery q) {
        List<Credential> licenses =
                q.credentials().stream()
                        .filter(
                                c ->
                                        c.type() == CredentialType.LICENSE
                                                && c.profession() == q.profession()
                                                && c.jurisdiction()
                                                        .equalsIgnoreCase(
                                                                q.participantJurisdiction()))
                        .toList();
        if (licenses.isEmpty()) {
            return LicensingDecision.abstain(
                    "No "
                            + profession(q)
                            + " license issued by "
                            + q.participantJurisdiction()
                            + ".");
        }
        for (Credential license : licenses) {
            if (license.validOn(q.date())) {
                return LicensingDecision.of(
                                Verdict.ALLOW,
                                "Holds a "
                                        + profession(q)
                                        + " license issued by "
                                        + license.jurisdiction()
                                        + " (no. "
                                        + license.number()
                                        + "), valid on "
                                        + q.date()
                                        + ".",
                                table.citation())
                        .withWarnings(warnings.get());
            }
        }
        boolean otherAuthority =
                q.credentials().stream()
                        .anyMatch(
                                c ->
                                        c.type() != CredentialType.LICENSE
                                                && c.profession() == q.profession()
                                                && c.validOn(q.date()));
        Credential latest =
                licenses.stream()
                        .max(java.util.Comparator.comparing(Credential::validFrom))
                        .orElseThrow();
        String state =
                latest.validTo() != null && latest.validTo().isBefore(q.date())
                        ? "ended on " + latest.validTo()
                        : "is not valid until " + latest.validFrom();
        String reason =
                "The "
                        + profession(q)
                        + " license issued by "
                        + latest.jurisdiction()
                        + " (no. "
                        + latest.number()
                        + ") "
                        + state
                        + "; the session is on "
                        + q.date()
                        + ".";
        if (otherAuthority) {
            return LicensingDecision.abstain(
                    reason
                            + " Another credential may apply; the compact and state rules judge"
                            + " it.");
        }
        return LicensingDecision.of(Verdict.DENY, reason, table.citation())
                .withWarnings(warnings.get());
    }

    private static String profession(LicensingQuery q) {
        return q.profession().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
