/**
 * Dated rule tables for the licensing plugins: where each row came from, as of when, and whether it
 * is too old.
 */
package org.openiop.plugin.licensing.common;
