package org.openiop.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openiop.account.boundary.AccountServiceUnavailable;
import org.openiop.audit.boundary.AuditUnavailable;
import org.openiop.identity.boundary.ErasedIdentity;
import org.openiop.identity.boundary.VaultAccessDenied;
import org.openiop.identity.boundary.VaultClosed;
import org.openiop.participant.boundary.LikelyDuplicate;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Unavailable;

/**
 * The boundaries' refusals as JSON: {@code {"error", "detail"}} plus what the caller needs to put
 * it right ({@code fields}, {@code rule}, {@code duplicates}). Statuses: 400 bad input, 403 not
 * allowed, 404 unknown, 409 conflict or likely duplicate, 410 erased, 422 a broken pseudonym rule,
 * 503 a service that is down (the vault, Keycloak, the audit trail).
 */
public final class Refusals {

    private Refusals() {}

    static Response json(int status, String error, String detail, JsonObjectBuilder extra) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("error", error).add("detail", detail);
        if (extra != null) {
            body.addAll(extra);
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.build().toString())
                .build();
    }

    @Provider
    public static class Refused implements ExceptionMapper<RequestRefused> {
        @Override
        public Response toResponse(RequestRefused e) {
            JsonObjectBuilder extra = Json.createObjectBuilder().add("code", e.code());
            if (!e.fields().isEmpty()) {
                JsonObjectBuilder fields = Json.createObjectBuilder();
                e.fields().forEach(fields::add);
                extra.add("fields", fields);
            }
            if (e instanceof NotFound) {
                return json(404, "Not found", e.getMessage(), extra);
            }
            if (e instanceof Forbidden) {
                return json(403, "Not allowed", e.getMessage(), extra);
            }
            if (e instanceof Unavailable) {
                return json(503, "Unavailable", e.getMessage(), extra);
            }
            if (e instanceof Conflict) {
                return json(409, "Conflict", e.getMessage(), extra);
            }
            if (e instanceof Invalid) {
                return json(400, "Invalid request", e.getMessage(), extra);
            }
            return json(422, "Rule not met", e.getMessage(), extra.add("rule", e.code()));
        }
    }

    /**
     * A boundary's own role check ({@code @RolesAllowed} on the EJB) refused the caller: the REST
     * resource let them through, the boundary did not. Same answer as the resource's own refusal.
     */
    @Provider
    public static class RoleRefused implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return roleRefused();
        }
    }

    /**
     * Payara's form of the same refusal for a local call (no-interface view), which is every call
     * here.
     */
    @Provider
    public static class LocalRoleRefused implements ExceptionMapper<AccessLocalException> {
        @Override
        public Response toResponse(AccessLocalException e) {
            return roleRefused();
        }
    }

    static Response roleRefused() {
        return json(403, "Not allowed", "Your roles do not allow this request.", null);
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<LikelyDuplicate> {
        @Override
        public Response toResponse(LikelyDuplicate e) {
            JsonArrayBuilder existing = Json.createArrayBuilder();
            e.existing()
                    .forEach(
                            p ->
                                    existing.add(
                                            Json.createObjectBuilder()
                                                    .add("id", p.id().toString())
                                                    .add("username", p.username())
                                                    .add("status", p.status().name())
                                                    .add("enrolledAt", p.enrolledAt().toString())));
            return json(
                    409,
                    "Likely duplicate",
                    e.getMessage() + " To enroll anyway, send \"duplicateAcknowledged\": true.",
                    Json.createObjectBuilder()
                            .add("code", "likely-duplicate")
                            .add("duplicates", existing));
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<VaultAccessDenied> {
        @Override
        public Response toResponse(VaultAccessDenied e) {
            return json(403, "Not allowed", e.getMessage(), null);
        }
    }

    @Provider
    public static class Erased implements ExceptionMapper<ErasedIdentity> {
        @Override
        public Response toResponse(ErasedIdentity e) {
            return json(410, "Erased", e.getMessage(), null);
        }
    }

    @Provider
    public static class Closed implements ExceptionMapper<VaultClosed> {
        @Override
        public Response toResponse(VaultClosed e) {
            return json(503, "Identity vault closed", e.getMessage(), null);
        }
    }

    @Provider
    public static class AccountsDown implements ExceptionMapper<AccountServiceUnavailable> {
        @Override
        public Response toResponse(AccountServiceUnavailable e) {
            return json(503, "Account service unavailable", e.getMessage(), null);
        }
    }

    @Provider
    public static class AuditDown implements ExceptionMapper<AuditUnavailable> {
        @Override
        public Response toResponse(AuditUnavailable e) {
            return json(
                    503, "Audit trail unavailable", e.getMessage() + " Nothing was changed.", null);
        }
    }
}
