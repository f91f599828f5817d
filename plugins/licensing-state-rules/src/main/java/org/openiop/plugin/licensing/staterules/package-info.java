/**
 * Licensing plugin: states' telehealth obligations, excluded modalities and out-of-state
 * registrations.
 */
package org.openiop.plugin.licensing.staterules;
