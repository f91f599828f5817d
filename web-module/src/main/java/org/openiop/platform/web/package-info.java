/** Web plumbing for every page and response: security headers and friendly error pages. */
package org.openiop.platform.web;
