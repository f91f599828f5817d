/**
 * OpenIOP's plugin SPI, version {@value org.openiop.plugin.spi.SpiVersion#CURRENT}: what a video
 * vendor, an insurance-eligibility checker or a state licensing rule implements, and what OpenIOP
 * hands it. Plain Java, JDK only. The number is kept in {@link SpiVersion#CURRENT} and in this
 * artifact's pom, and the SPI's build fails when they differ; OpenIOP loads a plugin only if the
 * SPI range it declares contains it.
 *
 * <p><b>Shape.</b> Each kind is a long-lived factory ({@link PluginFactory}) plus the provider it
 * creates. OpenIOP finds factories with {@link java.util.ServiceLoader} (register yours in {@code
 * META-INF/services/<factory interface>}), creates each once, calls {@link PluginFactory#init} once
 * with its {@link PluginContext}, and calls {@link PluginFactory#close} when the plugin is unloaded
 * or OpenIOP stops.
 *
 * <p><b>Versioning.</b> A plugin jar states the SPI range it needs in its manifest ({@code
 * OpenIOP-SPI-Range: [1.0,2.0)}) and in its descriptor. Minor versions of the SPI only add {@code
 * default} methods and new records; a major version may break.
 *
 * <p><b>Nulls.</b> Unless a method says otherwise, arguments and results are never null; absent
 * values are empty {@link java.util.Optional}s or empty lists.
 *
 * <p><b>Anonymity.</b> OpenIOP passes plugins only what their job needs. Video plugins receive a
 * pseudonym and a session-scoped opaque id, never a name; eligibility plugins receive a member's
 * identity only for a disclosure a 42 CFR Part 2 consent permits, which OpenIOP records.
 */
package org.openiop.plugin.spi;
