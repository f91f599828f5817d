package org.openiop.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;

/**
 * {@code GET /boundary-probe/boundaries}: calls every public method of every EJB OpenIOP deploys,
 * directly, as whoever presented the token (or no one), with empty arguments, and says for each
 * whether the container let the call in ("entered") or refused the caller ("refused"). Methods open
 * to everyone ({@code @PermitAll}) are not called. No OpenIOP page, resource or filter is on the
 * way, so what it reports is what the boundaries decide alone.
 */
@Path("boundaries")
@RequestScoped
@PermitAll
public class BoundaryProbe {

    /** OpenIOP's application name in java:global (the WAR's or the EAR's name). */
    static final String APP = "openiop";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String probe() throws NamingException {
        JsonObjectBuilder out = Json.createObjectBuilder();
        InitialContext jndi = new InitialContext();
        String base = "java:global/" + APP;
        NamingEnumeration<NameClassPair> names = jndi.list(base);
        while (names.hasMore()) {
            String name = names.next().getName();
            if (name.contains("!")) {
                continue; // the same bean under its interface-qualified name
            }
            Object bean;
            try {
                bean = jndi.lookup(base + "/" + name);
            } catch (NamingException e) {
                continue; // a module entry, not a bean
            }
            Class<?> type = beanClass(bean.getClass());
            Method[] methods = type.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::toString));
            for (Method m : methods) {
                if (!Modifier.isPublic(m.getModifiers())
                        || Modifier.isStatic(m.getModifiers())
                        || m.isSynthetic()
                        || isOpen(m, type)) {
                    continue;
                }
                // An asynchronous method returns before the container checks the caller, on its own
                // thread.
                out.add(
                        type.getSimpleName() + "." + m.getName() + "/" + m.getParameterCount(),
                        m.isAnnotationPresent(Asynchronous.class) ? "asynchronous" : call(bean, m));
            }
        }
        return out.build().toString();
    }

    /** Open to everyone, by the method's own declaration or its class's. */
    private static boolean isOpen(Method m, Class<?> type) {
        return m.isAnnotationPresent(PermitAll.class)
                || !m.isAnnotationPresent(RolesAllowed.class)
                        && type.isAnnotationPresent(PermitAll.class);
    }

    /** The bean class behind a container proxy (a generated subclass of it). */
    private static Class<?> beanClass(Class<?> proxy) {
        Class<?> c = proxy;
        while (c.getName().contains("__EJB31_Generated__")
                || c.getName().contains("$Proxy")
                || c.getName().contains("_$$_")) {
            c = c.getSuperclass();
        }
        return c;
    }

    private static String call(Object bean, Method declared) {
        try {
            Method m = bean.getClass().getMethod(declared.getName(), declared.getParameterTypes());
            Object[] args =
                    Arrays.stream(m.getParameterTypes()).map(BoundaryProbe::empty).toArray();
            m.invoke(bean, args);
            return "entered";
        } catch (InvocationTargetException e) {
            return refusedBySecurity(e.getCause()) ? "refused" : "entered";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "not called: " + e.getClass().getSimpleName();
        }
    }

    private static boolean refusedBySecurity(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (name.equals("jakarta.ejb.AccessLocalException")
                    || name.equals("jakarta.ejb.EJBAccessException")) {
                return true;
            }
        }
        return false;
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        return type == byte.class ? (byte) 0 : type == short.class ? (short) 0 : 0;
    }
}
