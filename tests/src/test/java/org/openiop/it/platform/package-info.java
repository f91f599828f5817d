/**
 * What every component stands on: health, migrations, the REST API's errors, security headers,
 * client faults, boundaries that decide alone, and the browser journeys with axe-core.
 */
package org.openiop.it.platform;
