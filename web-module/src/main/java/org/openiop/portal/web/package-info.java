/** The participants' portal shell: their sessions, their language, sign-out. */
package org.openiop.portal.web;
