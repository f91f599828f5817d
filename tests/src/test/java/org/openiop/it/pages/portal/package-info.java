/** Page objects for the participant portal (/portal). */
package org.openiop.it.pages.portal;
