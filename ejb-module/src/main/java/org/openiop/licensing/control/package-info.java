/** How the licensing plugins' answers become one decision. */
package org.openiop.licensing.control;
