package org.openiop.plugin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.boundary.PluginSettings;
import org.openiop.plugin.entity.DestinationChange;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.entity.SettingField;
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
    public String list() {
        return json(registry.list());
    }

    /**
     * Looks at the plugins folder again: new jars load, changed ones replace, removed ones unload.
     */
    @POST
    @Path("rescan")
    public String rescan() {
        registry.rescan(Callers.of(security));
        return json(registry.list());
    }

    /**
     * The settings form: each property, where its value comes from, and the value unless it is
     * secret.
     */
    @GET
    @Path("{id}/settings")
    public String settings(@PathParam("id") String id) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (SettingField f : settings.form(id)) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder()
                            .add("name", f.getName())
                            .add("label", f.getLabel())
                            .add("help", f.getHelp())
                            .add("type", f.getType())
                            .add("required", f.isRequired())
                            .add("secret", f.isSecret())
                            .add("set", f.isSet())
                            .add("source", f.getSource());
            if (f.getValue() != null) {
                o.add("value", f.getValue());
            }
            fields.add(o);
        }
        return fields.build().toString();
    }

    /**
     * Saves settings: {@code {"values": {"name": "value", ...}, "clear": ["name", ...]}}. A blank
     * secret keeps the saved one. The plugin restarts with the new settings; the answer is the new
     * listing.
     */
    @PUT
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public String save(@PathParam("id") String id, JsonObject body) {
        JsonFields.of(body);
        Map<String, String> values = new HashMap<>();
        JsonObject given =
                body.containsKey("values")
                                && body.get("values").getValueType() == JsonValue.ValueType.OBJECT
                        ? body.getJsonObject("values")
                        : JsonValue.EMPTY_JSON_OBJECT;
        for (String name : given.keySet()) {
            if (given.get(name).getValueType() != JsonValue.ValueType.STRING) {
                throw new Invalid(
                        "Each value is a string; '" + name + "' is not.", Map.of(name, "a string"));
            }
            values.put(name, given.getString(name));
        }
        List<String> clear = JsonFields.of(body).texts("clear");
        settings.save(
                id, values, clear == null ? Set.of() : Set.copyOf(clear), Callers.of(security));
        return json(registry.list());
    }

    /**
     * Destination changes waiting for the privacy officer; a secret's values are not in the answer.
     */
    @GET
    @Path("destination-changes")
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.PRIVACY_OFFICER})
    public String waitingForApproval() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (DestinationChange d : settings.waitingForApproval()) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder()
                            .add("id", d.id().toString())
                            .add("plugin", d.pluginId())
                            .add("property", d.property())
                            .add("secret", d.secret())
                            .add("requestedBy", d.requestedBy())
                            .add("requestedAt", d.requestedAt().toString());
            if (d.before() != null) {
                o.add("before", d.before());
            }
            if (d.after() != null) {
                o.add("after", d.after());
            }
            list.add(o);
        }
        return list.build().toString();
    }

    /**
     * {@code {"approve": true}} lets the plugin send to the new destination; false keeps the old
     * one.
     */
    @POST
    @Path("destination-changes/{change}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String decide(@PathParam("change") String change, JsonObject body) {
        if (body == null
                || !body.containsKey("approve")
                || body.get("approve").getValueType() != JsonValue.ValueType.TRUE
                        && body.get("approve").getValueType() != JsonValue.ValueType.FALSE) {
            throw new Invalid(
                    "Send {\"approve\": true} or {\"approve\": false}.",
                    Map.of("approve", "true or false"));
        }
        return json(
                settings.decide(
                        PathIds.of(change, "change"),
                        body.getBoolean("approve"),
                        Callers.of(security)));
    }

    static String json(List<PluginInfo> plugins) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PluginInfo p : plugins) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder()
                            .add("id", p.id())
                            .add("name", p.name())
                            .add("version", p.version())
                            .add("origin", p.origin())
                            .add("state", p.state().name())
                            .add("health", p.health());
            if (p.kind() != null) {
                o.add("kind", p.kind().name());
            }
            if (p.reason() != null) {
                o.add("reason", p.reason());
            }
            JsonArrayBuilder properties = Json.createArrayBuilder();
            p.properties()
                    .forEach(
                            c ->
                                    properties.add(
                                            Json.createObjectBuilder()
                                                    .add("name", c.name())
                                                    .add("label", c.label())
                                                    .add("required", c.required())
                                                    .add("secret", c.secret())));
            JsonArrayBuilder capabilities = Json.createArrayBuilder();
            p.capabilities().forEach(capabilities::add);
            array.add(o.add("properties", properties).add("capabilities", capabilities));
        }
        return array.build().toString();
    }
}
