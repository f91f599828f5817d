/** Joining a session: the REST join with each gate, and the join journey in Chromium. */
package org.openiop.it.join;
