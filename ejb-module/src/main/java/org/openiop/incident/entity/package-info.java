/**
 * Incidents: what was reported, the privacy officer's assessment, and the breach clock; and {@code
 * IncidentSummary}, an incident as pages and the API show it.
 */
package org.openiop.incident.entity;
