/**
 * The quick start backed up, wiped and restored (issue 17): {@code ./openiop backup} and {@code
 * ./openiop restore} with the keys kept apart.
 */
package org.openiop.it.backup;
