/** The console's coverage page. */
package org.openiop.eligibility.web;
