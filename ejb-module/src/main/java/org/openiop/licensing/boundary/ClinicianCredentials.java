package org.openiop.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.licensing.entity.ClinicianCredential;
import org.openiop.licensing.entity.CredentialView;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Profession;
import org.openiop.program.control.ProgramScope;

/** Recording clinicians' credentials (program admins); every change is audited. */
@Stateless
public class ClinicianCredentials {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Inject ProgramScope scope;

    /**
     * A program admin with global scope changes anyone's credentials; any other program admin only
     * those of clinicians who facilitate a group in a program they administer.
     */
    private void requireReach(String clinician, Actor actor) {
        if (!actor.has(Role.PROGRAM_ADMIN)) {
            throw new Forbidden("Only a program admin may record or remove credentials.");
        }
        if (scope.isGlobal(actor)) {
            return;
        }
        if (!scope.administersFacilitator(em, actor, clinician)) {
            throw new Forbidden(
                    "This clinician works in none of your programs: a program admin with global"
                            + " scope records their credentials.");
        }
    }

    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<CredentialView> of(String clinician) {
        return em.createNamedQuery(ClinicianCredential.OF, ClinicianCredential.class)
                .setParameter("clinician", clinician)
                .getResultStream()
                .map(CredentialView::of)
                .toList();
    }

    /**
     * @throws RequestRefused with the field at fault when the credential is incomplete
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public CredentialView record(
            String clinician,
            Profession profession,
            CredentialType type,
            String jurisdiction,
            String number,
            LocalDate validFrom,
            LocalDate validTo,
            String compact,
            Actor actor) {
        requireReach(clinician, actor);
        ClinicianCredential credential;
        try {
            credential =
                    new ClinicianCredential(
                            clinician,
                            profession,
                            type,
                            jurisdiction,
                            number,
                            validFrom,
                            validTo,
                            compact,
                            actor.username(),
                            clock.instant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        em.persist(credential);
        audit.record(actor.username(), "credential.record", clinician, null, AuditRecord.SUCCESS);
        return CredentialView.of(credential);
    }

    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public void remove(String clinician, UUID id, Actor actor) {
        requireReach(clinician, actor);
        ClinicianCredential credential = em.find(ClinicianCredential.class, id);
        if (credential == null || !credential.getClinician().equals(clinician)) {
            throw new NotFound("This clinician has no credential with that id.");
        }
        em.remove(credential);
        audit.record(actor.username(), "credential.remove", clinician, null, AuditRecord.SUCCESS);
    }
}
