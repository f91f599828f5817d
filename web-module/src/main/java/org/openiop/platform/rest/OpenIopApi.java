package org.openiop.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.openiop.account.rest.MeResource;
import org.openiop.account.rest.MyProfileResource;
import org.openiop.audit.rest.AuditResource;
import org.openiop.consent.rest.ConsentsResource;
import org.openiop.consent.rest.MyConsentsResource;
import org.openiop.consent.rest.ParticipantConsentsResource;
import org.openiop.consent.rest.ParticipantDisclosuresResource;
import org.openiop.consent.rest.ProgramAgreementsResource;
import org.openiop.identity.rest.AccessAlertsResource;
import org.openiop.licensing.rest.ClinicianCredentialsResource;
import org.openiop.licensing.rest.LicensingResource;
import org.openiop.participant.rest.BreakGlassResource;
import org.openiop.participant.rest.ParticipantsResource;
import org.openiop.plugin.rest.PluginsResource;
import org.openiop.program.rest.GroupsResource;
import org.openiop.program.rest.ProgramsResource;
import org.openiop.program.rest.SessionsResource;

/**
 * REST under /api. Callers present a Keycloak access token from the openiop realm as a bearer
 * token, checked by the web module's BearerSignIn: roles come from its {@code groups} claim; the
 * audience must be openiop-web and the issuer the configured realm. {@link ApiRoleGate} enforces
 * each resource's {@code @RolesAllowed}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OpenIOP API",
                        version = "0.1.0",
                        description =
                                "Programs, groups and sessions of virtual Intensive Outpatient"
                                    + " Programs. Every call needs a bearer token from the openiop"
                                    + " realm."))
public class OpenIopApi extends Application {

    /**
     * Every resource and provider, named. Listing them stops Jersey from scanning the libraries,
     * where it would find the Keycloak admin client's RESTEasy providers and fail to start.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                MeResource.class,
                MyProfileResource.class,
                ProgramsResource.class,
                GroupsResource.class,
                SessionsResource.class,
                ParticipantsResource.class,
                ConsentsResource.class,
                MyConsentsResource.class,
                ProgramAgreementsResource.class,
                ParticipantConsentsResource.class,
                ParticipantDisclosuresResource.class,
                BreakGlassResource.class,
                AccessAlertsResource.class,
                AuditResource.class,
                PluginsResource.class,
                LicensingResource.class,
                ClinicianCredentialsResource.class,
                org.openiop.eligibility.rest.EligibilityResource.class,
                org.openiop.video.rest.VideoEventsResource.class,
                org.openiop.join.rest.MyJoinResource.class,
                org.openiop.join.rest.MyJoinTicketsResource.class,
                org.openiop.join.rest.JoinAlertsResource.class,
                org.openiop.incident.rest.IncidentsResource.class,
                org.openiop.incident.rest.MyIncidentsResource.class,
                ApiRoleGate.class,
                JsonbSettings.class,
                RecordBodyReader.class,
                BodyRequired.class,
                InvalidBodies.Violations.class,
                WebApplicationExceptionMapper.class,
                UnexpectedErrorMapper.class,
                Refusals.Refused.class,
                Refusals.Duplicate.class,
                Refusals.Denied.class,
                Refusals.Erased.class,
                Refusals.Closed.class,
                Refusals.AccountsDown.class,
                Refusals.AuditDown.class,
                Refusals.RoleRefused.class,
                Refusals.LocalRoleRefused.class);
    }
}
