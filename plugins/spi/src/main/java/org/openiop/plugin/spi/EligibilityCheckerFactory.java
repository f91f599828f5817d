package org.openiop.plugin.spi;

/** Factory for a payer connection (a clearinghouse, a payer's API). */
public interface EligibilityCheckerFactory extends PluginFactory<EligibilityChecker> {}
