/**
 * What the account component shows the rest of OpenIOP: {@code AccountServiceUnavailable}, which
 * boundaries that create or reset Keycloak accounts let through to the pages and the REST API.
 */
package org.openiop.account.boundary;
