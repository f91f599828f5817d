/** REST for incidents: participants' reports, the privacy officer's workflow. */
package org.openiop.incident.rest;
