package org.openiop.plugin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.boundary.PluginSettings;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.entity.SettingField;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/plugins/index.xhtml: every plugin with its state, the reason it was refused or is
 * failing, its health, and a settings form rendered from its descriptor. A secret's value is never
 * read into the page (only whether it is set, and from where); saving restarts the plugin.
 */
@Named
@ViewScoped
public class PluginsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient PluginRegistry registry;

    @EJB transient PluginSettings pluginSettings;

    @Inject SignedInUser user;

    private List<PluginInfo> plugins;
    private final Map<String, List<SettingField>> forms = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Boolean> clear = new HashMap<>();

    public List<PluginInfo> getPlugins() {
        if (plugins == null) {
            plugins = registry.list();
        }
        return plugins;
    }

    public void rescan() {
        forms.clear();
        try {
            plugins = registry.rescan(user.actor());
            PageMessages.info(
                    "The plugins folder was read again: " + plugins.size() + " plugins listed.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** The plugin's settings form, from its descriptor (a secret's value is never read back). */
    public List<SettingField> settings(PluginInfo plugin) {
        return forms.computeIfAbsent(
                plugin.id(),
                id -> {
                    try {
                        return pluginSettings.form(id);
                    } catch (RequestRefused e) {
                        return List.of();
                    }
                });
    }

    /**
     * Values typed into the forms, by "plugin/property"; secrets start empty and stay write-only.
     */
    public Map<String, String> getValues() {
        return values;
    }

    /** Saved values to remove (fall back to configuration), by "plugin/property". */
    public Map<String, Boolean> getClear() {
        return clear;
    }

    public String valueOf(SettingField f, PluginInfo plugin) {
        return f.isSecret() ? "" : f.getValue();
    }

    public void save(PluginInfo plugin) {
        Map<String, String> given = new HashMap<>();
        Set<String> cleared = new HashSet<>();
        for (SettingField f : settings(plugin)) {
            String key = plugin.id() + "/" + f.getName();
            if (values.containsKey(key)) {
                given.put(f.getName(), values.get(key) == null ? "" : values.get(key));
            }
            if (Boolean.TRUE.equals(clear.get(key))) {
                cleared.add(f.getName());
            }
        }
        try {
            plugins = pluginSettings.save(plugin.id(), given, cleared, user.actor());
            forms.clear();
            values.clear();
            clear.clear();
            PageMessages.info(PageMessages.text("plugins.saved") + " " + plugin.id());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }
}
