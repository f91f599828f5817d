package org.openiop.participant.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.identity.entity.Identity;
import org.openiop.participant.control.PseudonymRules;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Role;

/**
 * With {@code openiop.demo-data=true} (quick start and tests only), gives the demo realm's three
 * participant accounts their enrollment: an obviously synthetic identity in the vault and a
 * pseudonym, so that the portal works for them as for anyone enrolled by intake.
 */
@Singleton
@Startup
@DependsOn("VaultKeys")
@RunAs(Role.Names.SYSTEM)
public class DemoParticipants {

    private static final Logger LOG = Logger.getLogger(DemoParticipants.class.getName());

    record Demo(String username, String pseudonym, Identity identity) {}

    static final List<Demo> DEMOS =
            List.of(
                    new Demo(
                            "amber-heron-4821",
                            "Morning Finch",
                            synthetic("Avery", "Example", 1988, "ACT-DEMO-4821")),
                    new Demo(
                            "quiet-falcon-1736",
                            "Harbor Light",
                            synthetic("Jordan", "Sample", 1994, "INA-DEMO-1736")),
                    new Demo(
                            "silver-maple-5093",
                            "Cedar Path",
                            synthetic("Riley", "Placeholder", 2001, "AAA75-DEMO-5093")));

    /** The demo participants' usernames, for other demo data. */
    public static final List<String> USERNAMES = DEMOS.stream().map(Demo::username).toList();

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB IdentityVault vault;

    @EJB VaultKeys keys;

    @PostConstruct
    void enrollDemoParticipants() {
        boolean demo =
                ConfigProvider.getConfig()
                        .getOptionalValue("openiop.demo-data", Boolean.class)
                        .orElse(false);
        if (!demo || !keys.isOpen()) {
            return;
        }
        int added = 0;
        for (Demo d : DEMOS) {
            if (em.createNamedQuery(Participant.BY_USERNAME, Participant.class)
                    .setParameter("username", d.username())
                    .getResultList()
                    .isEmpty()) {
                Participant p = new Participant(d.username(), "demo-data", Instant.now());
                p.choosePseudonym(d.pseudonym(), PseudonymRules.key(d.pseudonym()));
                em.persist(p);
                vault.store(p.getId(), d.identity());
                added++;
            }
        }
        int count = added;
        LOG.info(() -> "Demo participants enrolled at this start: " + count);
    }

    /** Member ids pick the payer simulator's answer: ACT active, INA inactive, AAA75 not found. */
    private static Identity synthetic(String first, String last, int year, String memberId) {
        return new Identity(
                first,
                null,
                last,
                LocalDate.of(year, 1, 1),
                "+1 555 010 0000",
                "1 Demo Street",
                "Springfield",
                "IL",
                "62701",
                "IL",
                "Demo Contact",
                "+1 555 010 0001",
                "Example Health Plan",
                memberId);
    }
}
