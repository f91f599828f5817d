/** Incidents: what was reported, the privacy officer's assessment, and the breach clock. */
package org.openiop.incident.entity;
