package org.openiop.account.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.Role;

/**
 * What the caller's own account API answers with. A participant's answers hold only their generated
 * username, their pseudonym and their status: no real identity exists here to return.
 */
public final class AccountViews {

    private AccountViews() {}

    /** The caller as the bearer token describes them: username and OpenIOP roles. */
    public record MeView(String username, List<String> roles) {

        static MeView of(SecurityContext security) {
            return new MeView(
                    security.getUserPrincipal().getName(),
                    Arrays.stream(Role.values())
                            .map(Role::realmName)
                            .filter(security::isUserInRole)
                            .toList());
        }
    }

    /** A participant's own profile; {@code pseudonym} is null until they choose one. */
    public record MyProfileView(String username, ParticipantStatus status, String pseudonym) {

        static MyProfileView of(ParticipantView p) {
            return new MyProfileView(p.username(), p.status(), p.pseudonym());
        }
    }
}
