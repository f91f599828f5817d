/** The auditor's page: verify the chain and read the latest events. */
package org.openiop.audit.web;
