package org.openiop.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.SignedAgreement;
import org.openiop.consent.rest.ConsentRequests.AgreementSigningBody;
import org.openiop.consent.rest.ConsentRequests.ConsentRevocationBody;
import org.openiop.consent.rest.ConsentRequests.ConsentSigningBody;
import org.openiop.consent.rest.ConsentRequests.ConsentTermsBody;
import org.openiop.consent.rest.ConsentViews.AgreementSignatureView;
import org.openiop.consent.rest.ConsentViews.AgreementToSignView;
import org.openiop.consent.rest.ConsentViews.ConsentView;
import org.openiop.consent.rest.ConsentViews.DisclosureView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * The signed-in participant's agreements to sign, consents (sign, revoke) and accounting of
 * disclosures. Only their own; nothing here names a real person.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyConsentsResource {

    @EJB Agreements agreements;

    @EJB Consents consents;

    @EJB Disclosures disclosures;

    @Context SecurityContext security;

    /** Current agreement versions still to sign, with their text as safe HTML. */
    @GET
    @Path("agreements")
    public List<AgreementToSignView> agreementsToSign() {
        return agreements.toSign(Callers.of(security)).stream()
                .map(v -> AgreementToSignView.of(v, agreements.html(v)))
                .toList();
    }

    /** {@code {"programId", "sha256", "agree": true, "signature": "<your pseudonym>"}} */
    @POST
    @Path("agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Signed (or already signed: the signature made then).",
            content = @Content(schema = @Schema(implementation = AgreementSignatureView.class)))
    public Response signAgreement(@Valid AgreementSigningBody body) {
        SignedAgreement s =
                agreements.sign(
                        Callers.of(security),
                        body.programId(),
                        body.sha256(),
                        Boolean.TRUE.equals(body.agree()),
                        body.signature());
        return Response.status(Response.Status.CREATED)
                .entity(AgreementSignatureView.of(s))
                .build();
    }

    @GET
    @Path("consents")
    public List<ConsentView> myConsents() {
        return consents.mine(Callers.of(security)).stream().map(ConsentView::of).toList();
    }

    /**
     * {@code {"signature": "<your pseudonym>", "consents": [{type, recipientClass, recipientName,
     * purpose, purposeText, information, expiresOn, expiresOnDischarge}]}}: all are signed, or
     * none.
     */
    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "The consents signed.",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = ConsentView.class,
                                            type = SchemaType.ARRAY)))
    public Response sign(@Valid ConsentSigningBody body) {
        if (body.consents() == null) {
            throw new Invalid("'consents' must be a list of consents to sign.");
        }
        List<ConsentView> signed =
                consents
                        .sign(
                                Callers.of(security),
                                body.consents().stream().map(ConsentTermsBody::toTerms).toList(),
                                body.signature())
                        .stream()
                        .map(ConsentView::of)
                        .toList();
        // The element type travels with the list, so the writer knows what it writes.
        return Response.status(Response.Status.CREATED)
                .entity(new GenericEntity<List<ConsentView>>(signed) {})
                .build();
    }

    /** A written revocation: {@code {"revocation": "..."}}; effective now. */
    @POST
    @Path("consents/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsentView revoke(@PathParam("id") String id, @Valid ConsentRevocationBody body) {
        return ConsentView.of(
                consents.revoke(
                        Callers.of(security), PathIds.of(id, "consent"), body.revocation()));
    }

    /** The accounting of disclosures of the last three years (42 CFR 2.25). */
    @GET
    @Path("disclosures")
    public List<DisclosureView> accounting() {
        return disclosures.myAccounting(Callers.of(security)).stream()
                .map(DisclosureView::of)
                .toList();
    }
}
