/** Licensing decisions by the bundled rules, alone and tied to programs and sessions. */
package org.openiop.it.licensing;
