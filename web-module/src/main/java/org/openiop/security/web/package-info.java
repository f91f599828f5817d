/**
 * Sign-in for people and programs: OpenID Connect against Keycloak for the console and portal,
 * bearer access tokens for the REST API, and sign-out that ends the Keycloak session.
 */
package org.openiop.security.web;
