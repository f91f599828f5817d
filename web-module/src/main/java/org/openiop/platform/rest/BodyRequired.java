package org.openiop.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;

/**
 * An operation that takes a request record and was sent no body at all answers 400. Without a body
 * Jersey reads no entity and hands the resource null; every such operation needs its body, and a
 * resource should not have to check for null before it reads a field.
 */
@Provider
public class BodyRequired implements ContainerRequestFilter {

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null && takesRecord(method) && !request.hasEntity()) {
            request.abortWith(
                    InvalidBodies.invalid("Send the request body as a JSON object.", Map.of()));
        }
    }

    static boolean takesRecord(Method method) {
        return Arrays.stream(method.getParameters())
                .map(Parameter::getType)
                .anyMatch(Class::isRecord);
    }
}
