/** The console's licensing check page. */
package org.openiop.licensing.web;
