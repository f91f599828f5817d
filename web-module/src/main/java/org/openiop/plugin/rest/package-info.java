/** REST for the plugin registry: the listing and a rescan. */
package org.openiop.plugin.rest;
