/** The Keycloak admin client and the generated usernames and passwords. */
package org.openiop.account.control;
