/**
 * Plugins: loading, configuration and the console's plugin pages, and what the production archives
 * may and may not carry (no simulator).
 */
package org.openiop.it.plugin;
