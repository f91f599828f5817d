/** The portal's join page and the ticket's redirect to the vendor. */
package org.openiop.join.web;
