package org.openiop.video.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.attendance.boundary.Attendance;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.boundary.Unavailable;
import org.openiop.platform.rest.ErrorBody;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.video.boundary.VendorDeliveries;
import org.openiop.video.boundary.VideoUnavailable;
import org.openiop.video.boundary.WebhookReplays;
import org.openiop.video.entity.VendorDelivery;
import org.openiop.video.rest.VideoViews.WebhookReceiptView;

/**
 * {@code POST /api/video/{plugin}/events}: where a video vendor delivers its webhooks (JaaS events,
 * bbb-webhooks callbacks; BigBlueButton's end-of-meeting call is a GET). No sign-in: the plugin
 * verifies the vendor's signature or checksum. Before that, a per-plugin rate limit (429) and a
 * size limit (413, {@code openiop.webhooks.max-bytes}, read no further than one byte past it);
 * after it, the replay cache ({@link WebhookReplays}): a delivery seen before is acknowledged and
 * does nothing. A delivery that is not authentic gets 401 and is logged with its size and the
 * reason, never its body. A recording that starts is written to the audit trail and opens an
 * incident; joins and leaves become attendance segments (the reply says how many events changed the
 * ledger, and nothing about who).
 *
 * <p>A stateless bean so that it can act as {@link Role#SYSTEM}: the vendor has no account, and
 * once its plugin has verified the delivery, the boundaries it calls take it from OpenIOP itself.
 * Each boundary call keeps its own transaction, as before.
 */
@Path("video/{plugin}/events")
@Stateless
@PermitAll
@RunAs(Role.Names.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Produces(MediaType.APPLICATION_JSON)
public class VideoEventsResource {

    private static final Logger LOG = Logger.getLogger(VideoEventsResource.class.getName());

    private static final String RECEIPT =
            "Taken: how many events the delivery held and how many changed attendance; a"
                    + " delivery seen before is acknowledged with replayed and does nothing.";

    private static final String NOT_AUTHENTIC =
            "The vendor's signature or checksum does not match; nothing was recorded, and the"
                    + " body is not logged.";

    private static final String TOO_MANY =
            "Deliveries for this plugin arrive faster than openiop.webhooks.per-second; send"
                    + " again after Retry-After.";

    @EJB AuditTrail audit;

    @EJB Attendance attendance;

    @EJB WebhookReplays replays;

    @EJB VendorDeliveries deliveries;

    @Inject WebhookRateLimit rateLimit;

    /** The most a delivery's body may hold: vendors send small JSON or form bodies. */
    @Inject
    @ConfigProperty(name = "openiop.webhooks.max-bytes", defaultValue = "65536")
    int maxBytes;

    /**
     * A vendor's delivery. The body is read raw on purpose: the plugin checks the vendor's
     * signature over the exact bytes sent, which binding it to a record would not keep.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "202",
            description = RECEIPT,
            content = @Content(schema = @Schema(implementation = WebhookReceiptView.class)))
    @APIResponse(
            responseCode = "401",
            description = NOT_AUTHENTIC,
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than openiop.webhooks.max-bytes; it was not read.",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(
            responseCode = "429",
            description = TOO_MANY,
            content = @Content(schema = @Schema(ref = "Error")))
    public Response receive(
            @PathParam("plugin") String pluginId,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @RequestBody(
                            description =
                                    "The delivery exactly as the vendor sends it (JaaS: JSON;"
                                            + " bbb-webhooks: a form), signed by the vendor.",
                            content =
                                    @Content(
                                            mediaType = MediaType.WILDCARD,
                                            schema =
                                                    @Schema(
                                                            type = SchemaType.STRING,
                                                            format = "binary")))
                    InputStream body) {
        return deliver(pluginId, headers, uri, body);
    }

    /**
     * BigBlueButton calls the end-of-meeting address ({@code meta_endCallbackUrl}) with a GET and
     * no body; its checksum is in the query.
     */
    @GET
    @APIResponse(
            responseCode = "202",
            description = RECEIPT,
            content = @Content(schema = @Schema(implementation = WebhookReceiptView.class)))
    @APIResponse(
            responseCode = "401",
            description = NOT_AUTHENTIC,
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(
            responseCode = "429",
            description = TOO_MANY,
            content = @Content(schema = @Schema(ref = "Error")))
    public Response receiveCall(
            @PathParam("plugin") String pluginId,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return deliver(pluginId, headers, uri, InputStream.nullInputStream());
    }

    private Response deliver(String pluginId, HttpHeaders headers, UriInfo uri, InputStream body) {
        deliveries.requireActive(pluginId);
        if (!rateLimit.allow(pluginId)) {
            LOG.warning(
                    () ->
                            "Webhooks for "
                                    + pluginId
                                    + " arrive faster than openiop.webhooks.per-second; refused"
                                    + " one");
            return Response.status(429)
                    .header("Retry-After", "1")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(
                            new ErrorBody(
                                            "Too many deliveries",
                                            "Slow down and send this delivery again.")
                                    .toJson())
                    .build();
        }
        byte[] bytes;
        try {
            bytes = readAtMost(body, headers.getLength());
        } catch (IOException e) {
            return new ErrorBody(
                            "Unreadable delivery",
                            "The body could not be read; nothing was recorded.")
                    .toResponse(400);
        }
        if (bytes == null) {
            LOG.warning(
                    () ->
                            "Refused a webhook for "
                                    + pluginId
                                    + " larger than "
                                    + maxBytes
                                    + " bytes (not read)");
            return new ErrorBody(
                            "Delivery too large",
                            "A webhook body may have at most "
                                    + maxBytes
                                    + " bytes; nothing was recorded.")
                    .toResponse(413);
        }
        Map<String, List<String>> lowerCase = new HashMap<>();
        headers.getRequestHeaders()
                .forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
        String query = uri.getRequestUri().getRawQuery();
        VendorDelivery delivery;
        try {
            delivery = deliveries.read(pluginId, new WebhookDelivery(lowerCase, query, bytes));
        } catch (VideoUnavailable e) {
            throw new Unavailable("The video plugin could not read the delivery: " + e.reason());
        }
        if (delivery instanceof VendorDelivery.Refused refused) {
            LOG.warning(
                    () ->
                            "Refused a webhook for "
                                    + pluginId
                                    + ": "
                                    + refused.reason()
                                    + " ("
                                    + bytes.length
                                    + " bytes; the body is not logged)");
            // The API's error shape, as every other refusal; no bearer challenge, since a vendor
            // proves itself with a signature, not a token.
            return Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(
                            new ErrorBody(
                                            "Not authentic",
                                            "The delivery's signature or checksum does not"
                                                    + " match; nothing was recorded.")
                                    .toJson())
                    .build();
        }
        List<AttendanceEvent> events = ((VendorDelivery.Accepted) delivery).events();
        String digest = digest(pluginId, query, bytes);
        if (!replays.firstTime(pluginId, digest)) {
            // Seen before: a replay of a captured delivery, or the vendor trying again.
            // Acknowledged, nothing done.
            return Response.accepted(WebhookReceiptView.replay(events.size())).build();
        }
        try {
            for (AttendanceEvent e : events) {
                if (e.type() == AttendanceEvent.Type.RECORDING_STARTED) {
                    audit.record(
                            "system",
                            "video.recording-started",
                            e.roomId(),
                            pluginId,
                            AuditRecord.SUCCESS);
                    LOG.warning(
                            () ->
                                    "Recording started in room "
                                            + e.roomId()
                                            + " ("
                                            + pluginId
                                            + "); recording is off by policy.");
                }
            }
            int recorded = attendance.fromVendor(pluginId, events);
            return Response.accepted(WebhookReceiptView.firstTime(events.size(), recorded)).build();
        } catch (RuntimeException e) {
            replays.forget(digest);
            throw e;
        }
    }

    /**
     * The body, or null when it is longer than allowed; never reads more than one byte past the
     * limit.
     */
    private byte[] readAtMost(InputStream body, int declaredLength) throws IOException {
        if (declaredLength > maxBytes) {
            return null;
        }
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    /** What identifies a delivery: the same plugin, address and body are the same delivery. */
    static String digest(String pluginId, String query, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(
                    (pluginId + "\n" + (query == null ? "" : query) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
