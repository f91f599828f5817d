/** Where video vendors deliver their webhooks. */
package org.openiop.video.rest;
