package org.openiop.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lets pages read a record's components as properties: {@code #{row.groupName}} calls {@code
 * row.groupName()}. Page beans hand pages view records rather than entities (issue 16, point 4),
 * and Payara 6's Expression Language (EL 5, Jakarta EE 10) only knows JavaBean getters; EL 6 reads
 * records itself, and this resolver can go when OpenIOP moves to it.
 *
 * <p>Read-only: a record cannot be changed, so forms bind to their beans' own fields. A name that
 * is not one of the record's components is left to the resolvers after this one, so a record's
 * extra {@code getX()} or {@code isX()} still works.
 */
public class RecordElResolver extends ELResolver {

    /** Each record class's accessors by component name, looked up once per class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS =
            new ClassValue<>() {
                @Override
                protected Map<String, Method> computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    if (components == null) {
                        return Map.of();
                    }
                    return Arrays.stream(components)
                            .collect(
                                    Collectors.toUnmodifiableMap(
                                            RecordComponent::getName, RecordElResolver::usable));
                }
            };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(
                    "A page reads a record it cannot open: " + base.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        // EL: null for a property that cannot be written.
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(
                    "'" + property + "' of a " + base.getClass().getSimpleName() + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    /**
     * A page bean's own rows are often records nested in it, not public: read them all the same.
     */
    private static Method usable(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.trySetAccessible();
        return accessor;
    }

    /** The record component's accessor the expression names, or null when it is not one. */
    static Method accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }
}
