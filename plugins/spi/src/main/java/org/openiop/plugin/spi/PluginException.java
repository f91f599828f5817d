package org.openiop.plugin.spi;

/**
 * A plugin could not do what was asked. The message is shown to administrators and logged, so it
 * must name what to fix and never carry PHI (names, dates of birth, member ids).
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
