/**
 * Participants' Keycloak accounts: created, disabled and deleted through the admin API, holding no
 * real identity.
 */
package org.openiop.account;
