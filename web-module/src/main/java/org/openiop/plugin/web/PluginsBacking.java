package org.openiop.plugin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.control.ConfiguredContext;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.platform.web.PageMessages;

/**
 * Backs /console/plugins/index.xhtml: every plugin with its state, the reason it was refused or is
 * failing, its health, and its configuration as the descriptor describes it. A secret's value is
 * never read into the page: only whether it is set.
 */
@Named
@ViewScoped
public class PluginsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PluginRegistry registry;

    private List<PluginInfo> plugins;

    public List<PluginInfo> getPlugins() {
        if (plugins == null) {
            plugins = registry.list();
        }
        return plugins;
    }

    public void rescan() {
        plugins = registry.rescan();
        PageMessages.info("The plugins folder was read again: " + plugins.size() + " plugins listed.");
    }

    /** One configuration row: the key, the label and help, and the value (never for a secret). */
    public record Setting(String key, String label, String help, boolean required, boolean secret, String shown) {

        public String getKey() { return key; }

        public String getLabel() { return label; }

        public String getHelp() { return help; }

        public boolean isRequired() { return required; }

        public boolean isSecret() { return secret; }

        public String getShown() { return shown; }
    }

    public List<Setting> settings(PluginInfo plugin) {
        var config = ConfigProvider.getConfig();
        return plugin.properties().stream().map(p -> {
            String key = ConfiguredContext.key(plugin.id(), p.name());
            String value = config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(null);
            return new Setting(key, p.label(), p.help(), p.required(), p.secret(), shown(p, value));
        }).toList();
    }

    private static String shown(ConfigProperty p, String value) {
        if (p.secret()) {
            return value == null ? "not set" : "set (hidden)";
        }
        if (value != null) {
            return value;
        }
        return p.defaultValue() == null ? "not set" : p.defaultValue() + " (default)";
    }
}
