/** Start-up plumbing every component relies on: schema migrations before Hibernate validates. */
package org.openiop.platform.control;
