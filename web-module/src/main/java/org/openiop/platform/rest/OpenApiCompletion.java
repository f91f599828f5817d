package org.openiop.platform.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the API document that Payara derives from the resources: the error shape every refusal
 * carries ({@code Error}), the refusals each operation can answer with, and a numbered success code
 * where the scan only says "default". Named by {@code mp.openapi.filter}.
 */
public class OpenApiCompletion implements OASFilter {

    static final String ERROR = "Error";

    private static final Map<String, String> ALWAYS =
            Map.of(
                    "401", "No valid bearer token from the openiop realm.",
                    "403", "The caller's roles, caseload or program do not allow this.",
                    "503",
                            "A service OpenIOP needs is down (identity vault, Keycloak, audit"
                                    + " trail); nothing was changed.");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(ERROR, errorSchema());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        RecordSchemas schemas = new RecordSchemas();
        for (Class<?> resource : new OpenIopApi().getClasses()) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : resource.getMethods()) {
                String verb = verbOf(m);
                if (verb != null) {
                    Operation op = operation(api, root, m, verb);
                    if (op != null) {
                        name(op, resource, m);
                        typeBodies(op, m, schemas);
                    }
                }
            }
        }
        schemas.components().forEach(api.getComponents()::addSchema);
        api.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .forEach((method, op) -> complete(method.name(), op)));
    }

    private static void complete(String method, Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        numberTheSuccess(method, responses);
        ALWAYS.forEach((code, why) -> addError(op.getResponses(), code, why));
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> params =
                op.getParameters() == null ? List.of() : op.getParameters();
        if (op.getRequestBody() != null || !params.isEmpty()) {
            addError(
                    responses,
                    "400",
                    "The request does not fit: the 'fields' member names each field that is"
                            + " wrong.");
        }
        if (params.stream()
                .anyMatch(
                        p ->
                                p.getIn()
                                        == org.eclipse.microprofile.openapi.models.parameters
                                                .Parameter.In.PATH)) {
            addError(responses, "404", "Nothing with that id is visible to the caller.");
        }
        if (!method.equals("GET")) {
            addError(
                    responses,
                    "409",
                    "The change conflicts with what is there: a likely duplicate, a double"
                            + " booking.");
            addError(responses, "422", "A rule is not met; 'rule' names it.");
        }
    }

    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class);

    private static String verbOf(Method m) {
        for (Class<? extends Annotation> verb : VERBS) {
            if (m.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static Operation operation(OpenAPI api, Path root, Method m, String verb) {
        Path sub = m.getAnnotation(Path.class);
        String path = "/api/" + strip(root.value()) + (sub == null ? "" : "/" + strip(sub.value()));
        PathItem item = api.getPaths().getPathItem(path.replaceAll("/+$", ""));
        if (item == null) {
            return null;
        }
        return item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
    }

    /**
     * One tag per resource ("Programs"), so a generated client has one class per resource; and an
     * operation id unique in the document ("programsCreate"), where the scan repeats "one" and
     * "all".
     */
    private static void name(Operation op, Class<?> resource, Method m) {
        String tag = resource.getSimpleName().replaceFirst("Resource$", "");
        op.setTags(List.of(tag));
        op.setOperationId(
                Character.toLowerCase(tag.charAt(0))
                        + tag.substring(1)
                        + Character.toUpperCase(m.getName().charAt(0))
                        + m.getName().substring(1));
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "").replaceAll("\\{(\\w+):[^}]*}", "{$1}");
    }

    /**
     * The request body from the record parameter; the success body from the return type, or for a
     * {@code Response} from its {@code @APIResponse} annotations.
     */
    private static void typeBodies(Operation op, Method m, RecordSchemas schemas) {
        for (Parameter p : m.getParameters()) {
            var declared =
                    p.getAnnotation(
                            org.eclipse.microprofile.openapi.annotations.parameters.RequestBody
                                    .class);
            if (declared != null
                    && declared.content().length > 0
                    && declared.content()[0].schema().implementation() != Void.class) {
                // A body read raw on purpose (a signed webhook), described by the record it holds.
                op.setRequestBody(
                        OASFactory.createRequestBody()
                                .required(true)
                                .description(declared.description())
                                .content(
                                        OASFactory.createContent()
                                                .addMediaType(
                                                        declared.content()[0].mediaType().isEmpty()
                                                                ? "application/json"
                                                                : declared.content()[0].mediaType(),
                                                        OASFactory.createMediaType()
                                                                .schema(
                                                                        schemas.of(
                                                                                declared.content()[
                                                                                        0]
                                                                                        .schema()
                                                                                        .implementation())))));
            } else if (p.getType().isRecord()) {
                op.setRequestBody(
                        OASFactory.createRequestBody()
                                .required(true)
                                .content(
                                        OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(
                                                                        schemas.of(
                                                                                p
                                                                                        .getParameterizedType())))));
            }
        }
        APIResponses responses = op.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        if (m.getReturnType() == Response.class) {
            for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse declared :
                    m.getAnnotationsByType(
                            org.eclipse.microprofile.openapi.annotations.responses.APIResponse
                                    .class)) {
                APIResponse response = responses.getAPIResponse(declared.responseCode());
                org.eclipse.microprofile.openapi.annotations.media.Content[] content =
                        declared.content();
                if (response == null
                        || content.length == 0
                        || content[0].schema().implementation() == Void.class) {
                    continue;
                }
                var schema = content[0].schema();
                Schema typed = schemas.of(schema.implementation());
                if (schema.type()
                        == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY) {
                    typed = OASFactory.createSchema().type(SchemaType.ARRAY).items(typed);
                }
                setSchema(response, typed);
            }
        } else if (m.getReturnType() != void.class && m.getReturnType() != String.class) {
            APIResponse success = responses.getAPIResponses().get(APIResponses.DEFAULT);
            if (success != null) {
                setSchema(success, schemas.of(m.getGenericReturnType()));
            }
        }
    }

    private static void setSchema(APIResponse response, Schema schema) {
        if (response.getContent() == null) {
            response.setContent(
                    OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType()));
        }
        response.getContent().getMediaTypes().values().forEach(media -> media.setSchema(schema));
    }

    /** Payara's scan says "default" for a method's plain return value; that is a 200. */
    private static void numberTheSuccess(String method, APIResponses responses) {
        var all = responses.getAPIResponses();
        if (all == null || !all.containsKey(APIResponses.DEFAULT)) {
            return;
        }
        boolean numbered = all.keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (!numbered) {
            APIResponse success = all.get(APIResponses.DEFAULT);
            responses.removeAPIResponse(APIResponses.DEFAULT);
            responses.addAPIResponse(
                    success.getContent() == null ? "204" : "200",
                    success.description(
                            success.getContent() == null ? "Done; nothing to return." : "OK"));
        }
    }

    private static void addError(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Content content =
                OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ERROR)));
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }

    /** The shape {@link Refusals} and {@link InvalidBodies} write. */
    static Schema errorSchema() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("Every refusal: what went wrong and what the caller can do about it.")
                .required(List.of("error", "detail"))
                .addProperty("error", text("A short title: 'Invalid request', 'Not found', ..."))
                .addProperty(
                        "detail", text("What to do about it, in a sentence a person can act on."))
                .addProperty(
                        "code", text("A stable code for programs: 'invalid', 'not-found', ..."))
                .addProperty(
                        "fields",
                        OASFactory.createSchema()
                                .type(SchemaType.OBJECT)
                                .description("For 400: each field that is wrong, and why.")
                                .additionalPropertiesSchema(text("why the field is wrong")))
                .addProperty("rule", text("For 422: the rule that is not met."))
                .addProperty(
                        "duplicates",
                        OASFactory.createSchema()
                                .type(SchemaType.ARRAY)
                                .description(
                                        "For a likely duplicate enrollment: the existing ones.")
                                .items(
                                        OASFactory.createSchema()
                                                .type(SchemaType.OBJECT)
                                                .addProperty("id", text("participant id"))
                                                .addProperty(
                                                        "username", text("pseudonymous account"))
                                                .addProperty("status", text("enrollment status"))
                                                .addProperty("enrolledAt", text("when"))));
    }
}
