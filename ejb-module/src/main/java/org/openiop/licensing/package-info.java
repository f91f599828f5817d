/**
 * Licensing decisions: every active licensing plugin asked under its guard, the answers composed.
 */
package org.openiop.licensing;
