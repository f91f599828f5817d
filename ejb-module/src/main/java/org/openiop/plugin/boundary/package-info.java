/** The plugin registry, a startup singleton with an immutable snapshot that a rescan replaces. */
package org.openiop.plugin.boundary;
