package org.openiop.video.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.video.control.GuardedVideo;
import org.openiop.video.entity.VendorDelivery;

/**
 * Reads a vendor's webhook delivery through its video plugin, under the plugin's guard. Outside any
 * transaction: the plugin's signature check touches no table, and a slow plugin must not hold one
 * open. Only OpenIOP itself ({@link Role#SYSTEM}) calls it, for the webhook endpoint.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VendorDeliveries {

    @EJB PluginRegistry registry;

    /**
     * Checked before anything of the delivery is read, so that an unknown plugin is told apart from
     * a refused delivery.
     *
     * @throws NotFound when no active video plugin has this id
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public void requireActive(String pluginId) {
        plugin(pluginId);
    }

    /**
     * Verifies and reads the delivery with the plugin it was sent to.
     *
     * @throws NotFound when no active video plugin has this id
     * @throws VideoUnavailable when the plugin fails, hangs or is paused
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public VendorDelivery read(String pluginId, WebhookDelivery delivery) {
        return new GuardedVideo(plugin(pluginId)).readEvents(delivery);
    }

    private LoadedPlugin plugin(String pluginId) {
        return registry.active(PluginKind.VIDEO).stream()
                .filter(p -> p.descriptor().id().equals(pluginId))
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("No active video plugin is called " + pluginId + "."));
    }
}
