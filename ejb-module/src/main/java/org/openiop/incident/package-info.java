/**
 * Privacy incidents: recording seen, an unknown person in a room, names exposed, a technical
 * failure; the risk assessment, the breach decision and the legal clock that follows it.
 */
package org.openiop.incident;
