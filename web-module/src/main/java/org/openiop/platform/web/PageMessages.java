package org.openiop.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Puts a boundary's refusal on the page: one message per field at fault, and one for the whole
 * form.
 */
public final class PageMessages {

    private PageMessages() {}

    public static void error(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A text from the message bundle in the viewer's language. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /**
     * @param formId the id of the form whose inputs are named like the fields
     */
    public static void fields(String formId, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach(
                (field, text) ->
                        faces.addMessage(
                                formId + ":" + field,
                                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        faces.validationFailed();
    }
}
