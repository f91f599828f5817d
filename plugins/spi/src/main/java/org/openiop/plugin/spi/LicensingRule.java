package org.openiop.plugin.spi;

/**
 * Decides whether a clinician may serve a participant who is in a given jurisdiction on a given
 * date by a given modality. A rule speaks only for what it knows: outside its jurisdictions or
 * professions it answers {@link Verdict#ABSTAIN}. It must be deterministic for the same query and
 * data, cite its sources, and never guess: when unsure, {@link Verdict#REVIEW}.
 *
 * <p>OpenIOP composes the answers of every active rule: any DENY denies; else any REVIEW reviews;
 * else any ALLOW allows; only abstentions review. Unknown is never allow. Because one DENY or
 * REVIEW overrides every ALLOW, a rule should deny or ask for review only about the authority it
 * governs; where another credential may apply, it abstains.
 *
 * <p>Obligations may come with any verdict but DENY, abstentions included (a state's rules for
 * every session held there): the host adds them all to an ALLOW.
 *
 * <p>Thread-safety: {@link #decide} may be called from many threads at once.
 */
public interface LicensingRule {

    /**
     * @return never null
     */
    LicensingDecision decide(LicensingQuery query);
}
