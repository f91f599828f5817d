package org.openiop.consent.web;

import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.consent.boundary.Agreements;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;

/**
 * Signing an agreement from a page, for the agreement page and the join page alike: the tick and
 * the typed pseudonym are checked first, and every refusal becomes a message on the page.
 */
public final class AgreementSigning {

    private AgreementSigning() {}

    /**
     * @return whether it was signed; if not, the page has a message saying why
     */
    public static boolean sign(
            Agreements agreements,
            Actor self,
            UUID programId,
            String sha256,
            boolean agree,
            String signature) {
        if (!agree) {
            PageMessages.error(PageMessages.text("agreement.tickBox"));
            return false;
        }
        if (signature == null || signature.isBlank()) {
            PageMessages.error(PageMessages.text("consent.typePseudonym"));
            return false;
        }
        try {
            agreements.sign(self, programId, sha256, true, signature);
            return true;
        } catch (RequestRefused e) {
            PageMessages.error(
                    e.fields().containsKey("signature")
                            ? PageMessages.text("consent.typePseudonym")
                            : e.getMessage());
            return false;
        }
    }
}
