/** The clinicians' and staff's console shell: dashboard and the role-aware menu. */
package org.openiop.console.web;
