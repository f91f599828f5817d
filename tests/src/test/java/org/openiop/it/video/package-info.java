/** Video vendors' webhooks, verified by checksum. */
package org.openiop.it.video;
