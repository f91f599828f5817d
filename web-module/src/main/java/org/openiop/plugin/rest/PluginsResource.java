package org.openiop.plugin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.boundary.PluginSettings;
import org.openiop.plugin.rest.PluginRequests.DestinationDecisionBody;
import org.openiop.plugin.rest.PluginRequests.PluginSettingsBody;
import org.openiop.plugin.rest.PluginViews.DestinationChangeView;
import org.openiop.plugin.rest.PluginViews.PluginSettingView;
import org.openiop.plugin.rest.PluginViews.PluginView;
import org.openiop.security.web.Callers;

/**
 * The plugins OpenIOP knows, for program admins: state, reason, health and configuration keys,
 * never values.
 */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PROGRAM_ADMIN)
public class PluginsResource {

    @EJB PluginRegistry registry;

    @EJB PluginSettings settings;

    @Context SecurityContext security;

    @GET
    public List<PluginView> list() {
        return PluginView.of(registry.list());
    }

    /**
     * Looks at the plugins folder again: new jars load, changed ones replace, removed ones unload.
     */
    @POST
    @Path("rescan")
    public List<PluginView> rescan() {
        registry.rescan(Callers.of(security));
        return PluginView.of(registry.list());
    }

    /**
     * The settings form: each property, where its value comes from, and the value unless it is
     * secret.
     */
    @GET
    @Path("{id}/settings")
    public List<PluginSettingView> settings(@PathParam("id") String id) {
        return settings.form(id).stream().map(PluginSettingView::of).toList();
    }

    /**
     * Saves settings: {@code {"values": {"name": "value", ...}, "clear": ["name", ...]}}. A blank
     * secret keeps the saved one. The plugin restarts with the new settings; the answer is the new
     * listing.
     */
    @PUT
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PluginView> save(@PathParam("id") String id, @Valid PluginSettingsBody body) {
        Map<String, String> values = new HashMap<>();
        // Sorted, so that of several values that are not text the same one is named each time.
        Map<String, JsonValue> given =
                body.values() == null ? Map.of() : new TreeMap<>(body.values());
        given.forEach(
                (name, value) -> {
                    if (!(value instanceof JsonString text)) {
                        throw new Invalid(
                                "Each value is a string; '" + name + "' is not.",
                                Map.of(name, "a string"));
                    }
                    values.put(name, text.getString());
                });
        List<String> clear = body.clear();
        settings.save(
                id, values, clear == null ? Set.of() : Set.copyOf(clear), Callers.of(security));
        return PluginView.of(registry.list());
    }

    /**
     * Destination changes waiting for the privacy officer; a secret's values are not in the answer.
     */
    @GET
    @Path("destination-changes")
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.PRIVACY_OFFICER})
    public List<DestinationChangeView> waitingForApproval() {
        return settings.waitingForApproval().stream().map(DestinationChangeView::of).toList();
    }

    /**
     * {@code {"approve": true}} lets the plugin send to the new destination; false keeps the old
     * one.
     */
    @POST
    @Path("destination-changes/{change}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<PluginView> decide(
            @PathParam("change") String change, @Valid DestinationDecisionBody body) {
        if (body.approve() == null) {
            throw new Invalid(
                    "Send {\"approve\": true} or {\"approve\": false}.",
                    Map.of("approve", "true or false"));
        }
        return PluginView.of(
                settings.decide(
                        PathIds.of(change, "change"), body.approve(), Callers.of(security)));
    }
}
