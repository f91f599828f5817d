/** Recording and verifying audit events; sealing runs here on a schedule. */
package org.openiop.audit.boundary;
