package org.openiop.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API's records become JSON and back. Absent values are written as {@code null} rather than
 * left out, so a client sees every field the document promises (a pseudonym not yet chosen is
 * {@code "pseudonym": null}, not a missing key).
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
