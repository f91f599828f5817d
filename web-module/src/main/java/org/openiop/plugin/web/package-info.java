/** The console's Plugins page. */
package org.openiop.plugin.web;
