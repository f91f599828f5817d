/** What the registry knows about each plugin. */
package org.openiop.plugin.entity;
