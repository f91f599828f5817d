/** Console pages for programs. */
package org.openiop.program.web;
