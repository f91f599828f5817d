/** Incident pages: reporting from the portal and the console, the privacy officer's assessment. */
package org.openiop.incident.web;
