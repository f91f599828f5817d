/**
 * Class loading for external jars, configuration from MicroProfile Config, and the guard around
 * every call.
 */
package org.openiop.plugin.control;
