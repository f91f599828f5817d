package org.openiop.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.incident.entity.Incident;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.incident.entity.ReporterRole;
import org.openiop.platform.control.H2Database;

/**
 * On erasure, only the erased participant's own reports sealed before data keys are forgotten, as
 * when the vault wrote the incident table itself: not those sealed under their data key (the
 * shredded key takes care of them), not staff reports, not anyone else's.
 */
class IncidentTextsTest {

    private static final Instant AT = Instant.parse("2026-12-01T15:00:00Z");

    private static Incident report(String by, ReporterRole role, String sealed) {
        Incident i =
                new Incident(
                        IncidentKind.OTHER, null, null, by, role, AT, LocalDate.of(2026, 12, 1));
        i.attachNotes(sealed);
        return i;
    }

    @Test
    void forgetsOnlyTheParticipantsOwnReportsSealedBeforeDataKeys() throws Exception {
        try (H2Database db = new H2Database("incident-texts")) {
            var em = db.entityManager();
            em.getTransaction().begin();
            Incident old = report("zq.erased.synthetic", ReporterRole.PARTICIPANT, "k0:old");
            Incident keyed = report("zq.erased.synthetic", ReporterRole.PARTICIPANT, "p1:new");
            Incident staff = report("zq.erased.synthetic", ReporterRole.STAFF, "k0:staff");
            Incident other = report("zq.other.synthetic", ReporterRole.PARTICIPANT, "k0:other");
            for (Incident i : new Incident[] {old, keyed, staff, other}) {
                em.persist(i);
            }
            em.flush();

            IncidentTexts texts = new IncidentTexts();
            texts.em = em;
            texts.forgetSealedBeforeDataKeys(UUID.randomUUID(), "zq.erased.synthetic");
            texts.forgetSealedBeforeDataKeys(UUID.randomUUID(), null);
            em.clear();

            assertNull(em.find(Incident.class, old.getId()).getSealedNotes());
            assertEquals("p1:new", em.find(Incident.class, keyed.getId()).getSealedNotes());
            assertEquals("k0:staff", em.find(Incident.class, staff.getId()).getSealedNotes());
            assertEquals("k0:other", em.find(Incident.class, other.getId()).getSealedNotes());
            em.getTransaction().rollback();
            em.close();
        }
    }
}
