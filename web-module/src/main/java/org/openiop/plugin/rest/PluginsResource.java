package org.openiop.plugin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.entity.PluginInfo;

/** The plugins OpenIOP knows, for program admins: state, reason, health and configuration keys, never values. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("program-admin")
public class PluginsResource {

    @EJB
    PluginRegistry registry;

    @GET
    public String list() {
        return json(registry.list());
    }

    /** Looks at the plugins folder again: new jars load, changed ones replace, removed ones unload. */
    @POST
    @Path("rescan")
    public String rescan() {
        registry.rescan();
        return json(registry.list());
    }

    static String json(List<PluginInfo> plugins) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PluginInfo p : plugins) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.id()).add("name", p.name()).add("version", p.version())
                    .add("origin", p.origin()).add("state", p.state().name()).add("health", p.health());
            if (p.kind() != null) {
                o.add("kind", p.kind().name());
            }
            if (p.reason() != null) {
                o.add("reason", p.reason());
            }
            JsonArrayBuilder properties = Json.createArrayBuilder();
            p.properties().forEach(c -> properties.add(Json.createObjectBuilder().add("name", c.name()).add("label", c.label())
                    .add("required", c.required()).add("secret", c.secret())));
            array.add(o.add("properties", properties));
        }
        return array.build().toString();
    }
}
