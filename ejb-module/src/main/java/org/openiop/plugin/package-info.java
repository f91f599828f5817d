/**
 * The plugin platform: finding, loading, isolating, configuring and guarding video, eligibility and
 * licensing plugins.
 */
package org.openiop.plugin;
