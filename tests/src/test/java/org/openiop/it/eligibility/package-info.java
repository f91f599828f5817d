/** Coverage checks against the payer simulator, over the REST API and on the Coverage page. */
package org.openiop.it.eligibility;
