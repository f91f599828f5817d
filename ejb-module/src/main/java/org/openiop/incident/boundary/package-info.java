/** Reporting and assessing incidents: {@code Incidents}. */
package org.openiop.incident.boundary;
