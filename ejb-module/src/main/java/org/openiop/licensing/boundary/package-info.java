/** Asking the licensing plugins whether a clinician may serve someone where they are. */
package org.openiop.licensing.boundary;
