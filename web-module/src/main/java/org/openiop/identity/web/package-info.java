/** The privacy officer's review of emergency views (break-glass). */
package org.openiop.identity.web;
