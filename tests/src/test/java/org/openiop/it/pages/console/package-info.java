/** Page objects for the staff console (/console). */
package org.openiop.it.pages.console;
