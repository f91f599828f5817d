package org.openiop.join.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openiop.consent.entity.ConsentType;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.CameraChoice;
import org.openiop.join.entity.Gate;
import org.openiop.join.entity.JoinSummary;
import org.openiop.plugin.spi.Verdict;

/**
 * What the join API answers with. A participant's answers carry no one's real identity: their
 * session, their own last answers, the gate that stops them and a ticket or link; never a name, and
 * nothing about a group they are not in.
 */
public final class JoinViews {

    private JoinViews() {}

    /** The program's agreement the participant has yet to accept, by its fingerprint. */
    public record JoinAgreementView(UUID programId, String sha256) {}

    /**
     * Where a participant stands for joining a session. {@code startsAt}, {@code endsAt} and {@code
     * opensAt} are left out, not null, when the session is another group's: not even when it meets
     * is told. {@code gate}, {@code code} and {@code detail} name what stops them (null when
     * ready); {@code lastLocation} and {@code camera} pre-fill the questions.
     */
    public record MyJoinStatusView(
            UUID sessionId,
            boolean ready,
            String lastLocation,
            CameraChoice camera,
            @JsonbNillable(false) Instant startsAt,
            @JsonbNillable(false) Instant endsAt,
            @JsonbNillable(false) Instant opensAt,
            Gate gate,
            String code,
            String detail,
            JoinAgreementView agreement,
            List<ConsentType> missingConsents) {

        static MyJoinStatusView of(Joins.Status s) {
            boolean told = s.stop() == null || s.stop().gate() != Gate.MEMBERSHIP;
            return new MyJoinStatusView(
                    s.session().id(),
                    s.stop() == null,
                    s.lastLocation(),
                    s.camera(),
                    told ? s.session().startsAt() : null,
                    told ? s.session().endsAt() : null,
                    told ? s.opensAt() : null,
                    s.stop() == null ? null : s.stop().gate(),
                    s.stop() == null ? null : s.stop().code(),
                    s.stop() == null ? null : s.stop().message(),
                    s.agreement() == null
                            ? null
                            : new JoinAgreementView(
                                    s.session().programId(), s.agreement().sha256()),
                    List.copyOf(s.missingConsents()));
        }
    }

    /** Allowed: open {@code ticketUrl} once, before {@code expiresAt}. */
    public record JoinTicketView(String ticketUrl, Instant expiresAt) {

        static JoinTicketView of(Joins.Outcome.Ticket t) {
            return new JoinTicketView("/portal/join/" + t.ticket(), t.expiresAt());
        }
    }

    /** Stopped at a gate (422): which, a stable code, and what to do, in the error shape. */
    public record JoinStopView(String error, Gate gate, String code, String detail) {

        static JoinStopView of(Joins.Stop stop) {
            return new JoinStopView("Cannot join yet", stop.gate(), stop.code(), stop.message());
        }
    }

    /** The vendor's link a redeemed ticket opens. */
    public record JoinLinkView(String url) {}

    /** A join that licensing stopped, for the staff who follow it up. */
    public record JoinAlertView(
            UUID id,
            UUID sessionId,
            UUID participantId,
            Instant at,
            String placeOfService,
            CameraChoice camera,
            Verdict verdict,
            boolean open) {

        static JoinAlertView of(JoinSummary a) {
            return new JoinAlertView(
                    a.id(),
                    a.sessionId(),
                    a.participantId(),
                    a.attemptedAt(),
                    a.placeOfService(),
                    a.camera(),
                    a.verdict(),
                    a.alertOpen());
        }
    }
}
