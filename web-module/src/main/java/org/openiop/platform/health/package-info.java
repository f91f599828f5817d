/** MicroProfile Health checks: what OpenIOP needs before it can take traffic. */
package org.openiop.platform.health;
