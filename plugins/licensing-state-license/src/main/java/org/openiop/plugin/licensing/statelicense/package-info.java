/** Licensing plugin: a clinician's own license in the participant's jurisdiction. */
package org.openiop.plugin.licensing.statelicense;
