package org.openiop.plugin.spi;

/**
 * Factory for a licensing rule set: a state's licenses, a compact, a state's telehealth
 * obligations.
 */
public interface LicensingRuleFactory extends PluginFactory<LicensingRule> {}
