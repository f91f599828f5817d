/** Incident work for other components that needs no transaction of its own: erasure steps. */
package org.openiop.incident.control;
