package org.openiop.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** Pages can read view records' components, and only read them. */
class RecordElResolverTest {

    /** Nested and not public, as a page bean's own rows are. */
    record Row(String groupName, int seats) {
        public String getLabel() {
            return groupName + " (" + seats + ")";
        }
    }

    static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return new RecordElResolver();
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    final RecordElResolver resolver = new RecordElResolver();

    @Test
    void readsAComponentOfARecordEvenANestedOne() {
        Context context = new Context();
        assertEquals(
                "Tuesday group",
                resolver.getValue(context, new Row("Tuesday group", 12), "groupName"));
        assertTrue(context.isPropertyResolved());
        assertEquals(12, resolver.getValue(new Context(), new Row("x", 12), "seats"));
    }

    @Test
    void leavesOtherNamesAndOtherObjectsToTheNextResolver() {
        Context getter = new Context();
        assertNull(resolver.getValue(getter, new Row("x", 1), "label"));
        assertFalse(getter.isPropertyResolved(), "a getter is the bean resolver's to read");
        Context bean = new Context();
        assertNull(resolver.getValue(bean, new StringBuilder("x"), "length"));
        assertFalse(bean.isPropertyResolved());
        Context nothing = new Context();
        assertNull(resolver.getValue(nothing, null, "groupName"));
        assertFalse(nothing.isPropertyResolved());
    }

    @Test
    void aComponentIsReadOnly() {
        Context context = new Context();
        assertTrue(resolver.isReadOnly(context, new Row("x", 1), "seats"));
        assertTrue(context.isPropertyResolved());
        assertNull(resolver.getType(new Context(), new Row("x", 1), "seats"));
        assertThrows(
                PropertyNotWritableException.class,
                () -> resolver.setValue(new Context(), new Row("x", 1), "seats", 3));
    }
}
