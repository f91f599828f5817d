package org.openiop.video.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.openiop.attendance.boundary.Attendance;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.boundary.Unavailable;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.video.control.GuardedVideo;
import org.openiop.video.control.VideoUnavailable;

/**
 * {@code POST /api/video/{plugin}/events}: where a video vendor delivers its webhooks (JaaS events,
 * bbb-webhooks callbacks, BigBlueButton's end-of-meeting call). No sign-in: the plugin verifies the
 * vendor's signature or checksum. A delivery that is not authentic gets 401 and is logged with its
 * size and the reason, never its body. A recording that starts is written to the audit trail and
 * opens an incident; joins and leaves become attendance segments (the reply says how many events
 * changed the ledger, and nothing about who).
 *
 * <p>A stateless bean so that it can act as {@link Role#SYSTEM}: the vendor has no account, and once
 * its plugin has verified the delivery, the boundaries it calls take it from OpenIOP itself. Each
 * boundary call keeps its own transaction, as before.
 */
@Path("video/{plugin}/events")
@Stateless
@PermitAll
@RunAs(Role.Names.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Produces(MediaType.APPLICATION_JSON)
public class VideoEventsResource {

    private static final Logger LOG = Logger.getLogger(VideoEventsResource.class.getName());

    @EJB
    PluginRegistry registry;

    @EJB
    AuditTrail audit;

    @EJB
    Attendance attendance;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("plugin") String pluginId, @Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        LoadedPlugin plugin = registry.active(PluginKind.VIDEO).stream().filter(p -> p.descriptor().id().equals(pluginId)).findFirst()
                .orElseThrow(() -> new NotFound("No active video plugin is called " + pluginId + "."));
        Map<String, List<String>> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values));
        byte[] bytes = body == null ? new byte[0] : body;
        GuardedVideo.Delivery delivery;
        try {
            delivery = new GuardedVideo(plugin).readEvents(new WebhookDelivery(lowerCase, uri.getRequestUri().getRawQuery(), bytes));
        } catch (VideoUnavailable e) {
            throw new Unavailable("The video plugin could not read the delivery: " + e.reason());
        }
        if (delivery instanceof GuardedVideo.Delivery.Refused refused) {
            LOG.warning(() -> "Refused a webhook for " + pluginId + ": " + refused.reason() + " (" + bytes.length
                    + " bytes; the body is not logged)");
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                    .add("title", "Not authentic").add("status", 401)
                    .add("detail", "The delivery's signature or checksum does not match; nothing was recorded.").build().toString())
                    .build();
        }
        List<AttendanceEvent> events = ((GuardedVideo.Delivery.Accepted) delivery).events();
        for (AttendanceEvent e : events) {
            if (e.type() == AttendanceEvent.Type.RECORDING_STARTED) {
                audit.record("system", "video.recording-started", e.roomId(), pluginId, AuditRecord.SUCCESS);
                LOG.warning(() -> "Recording started in room " + e.roomId() + " (" + pluginId + "); recording is off by policy.");
            }
        }
        int recorded = attendance.fromVendor(pluginId, events);
        return Response.accepted(Json.createObjectBuilder().add("events", events.size()).add("recorded", recorded).build().toString())
                .build();
    }
}
