package uk.org.councilkpi.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.org.councilkpi.period.InvalidPeriodException;
import uk.org.councilkpi.security.ApiKeyRefusal;
import uk.org.councilkpi.security.ApiKeys;
import uk.org.councilkpi.web.ResourceMethods;

/** The one place where exceptions become {@code application/problem+json} answers. */
public class ProblemMapper {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ResourceMethods resources;

    public ProblemMapper(ResourceMethods resources) {
        this.resources = resources;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        if (e instanceof ImportRejectedException rejected) {
            Problem problem = new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(),
                    uri.getPath(), e.errors(), rejected.rowErrors(), rejected.totalErrors());
            return Response.status(e.type().status()).type(MEDIA_TYPE).entity(problem).build();
        }
        return answer(e.type(), e.getMessage(), uri, e.errors());
    }

    /**
     * No key, or a key or single sign-on token that is not valid: 401 with a Bearer challenge, naming the role the
     * operation needs. A refused API key says why; a refused token does not (OpenID Connect's reasons are for the log).
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception e, UriInfo uri, SimpleResourceInfo resource) {
        String why;
        if (ApiKeyRefusal.is(e)) {
            why = e.getMessage() + ". ";
        } else if (e instanceof AuthenticationFailedException) {
            why = "The bearer token was not accepted: not signed by the configured issuer, or expired. ";
        } else {
            why = "No API key was sent. ";
        }
        Problem problem = new Problem(ProblemType.UNAUTHENTICATED.uri(), ProblemType.UNAUTHENTICATED.title(), 401,
                why + RequiredRole.describe(resource) + "; send an API key as 'Authorization: Bearer <key>'",
                uri.getPath(), List.of());
        return Response.status(401).type(MEDIA_TYPE).header("WWW-Authenticate", ApiKeys.SCHEME).entity(problem).build();
    }

    /** A valid key whose role is too small for the operation. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, SimpleResourceInfo resource) {
        return answer(ProblemType.FORBIDDEN, RequiredRole.describe(resource) + "; this key's role does not include it",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response invalidPeriod(InvalidPeriodException e, UriInfo uri) {
        return answer(ProblemType.VALIDATION, e.getMessage(), uri, List.of(new FieldError("period", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return answer(ProblemType.VALIDATION, countDetail(errors.size()), uri, errors);
    }

    // Quarkus has its own mappers for these Jackson exceptions; these, being the application's, take precedence.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            return answer(ProblemType.VALIDATION, countDetail(1), uri, List.of(new FieldError(field, reasonOf(mapping))));
        }
        if (e instanceof MismatchedInputException) {
            return answer(ProblemType.VALIDATION, countDetail(1), uri,
                    List.of(new FieldError("body", "must be a JSON object")));
        }
        String duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? ": " + e.getOriginalMessage().replace("Duplicate field", "the field").replace("'", "\"") + " is given twice"
                : "";
        String detail = "The body is not valid JSON" + duplicate + (e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        return answer(ProblemType.MALFORMED_BODY, detail, uri, List.of());
    }

    /**
     * Any other refusal from the framework or a resource: a problem of the known kind for its status. A 406 or 415
     * the framework gives before any operation is chosen (the Accept or Content-Type matches none) says what the
     * operation answers in or takes ({@link ResourceMethods}) instead of the framework's words.
     */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request, SimpleResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e.getCause() instanceof ApiException api) { // a parameter that could not be read (ParameterConverters)
            return api(api, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType known = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = known != null ? known.title() : type == null ? "HTTP " + status : type.getReasonPhrase();
        boolean beforeAnyOperation = resource == null || resource.getResourceClass() == null;
        String detail = status == 404 ? "No resource at " + uri.getPath()
                : status == 406 && beforeAnyOperation ? notAcceptable(request.getMethod(), uri)
                : status == 415 && beforeAnyOperation ? unsupported(request.getMethod(), uri)
                : e.getMessage();
        Problem problem = new Problem(known != null ? known.uri() : "about:blank", title, status, detail, uri.getPath(),
                List.of());
        Response.ResponseBuilder builder = Response.status(status).type(MEDIA_TYPE).entity(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    private String notAcceptable(String method, UriInfo uri) {
        List<String> types = resources.produces(method, uri.getPath());
        return types.isEmpty() ? "None of the media types this operation answers in is acceptable (Accept)"
                : "This operation answers in " + ResourceMethods.either(types) + " only; send an Accept header that accepts "
                        + (types.size() == 1 ? "it" : "one of them") + ", or none";
    }

    private String unsupported(String method, UriInfo uri) {
        List<String> types = resources.consumes(method, uri.getPath());
        return types.isEmpty() ? "The body is not of a media type this operation takes (Content-Type)"
                : "This operation takes a body of type " + ResourceMethods.either(types) + " only; send it with "
                        + (types.size() == 1 ? "that" : "one of them as its") + " Content-Type";
    }

    /** Two writers raced for the same row (the database's unique keys and row versions decide, not a 500). */
    @ServerExceptionMapper({org.hibernate.exception.ConstraintViolationException.class, OptimisticLockException.class,
            StaleStateException.class})
    public Response concurrentChange(Exception e, UriInfo uri) {
        LOG.debugf(e, "Concurrent change answering %s", uri.getPath());
        return answer(ProblemType.CONFLICT, "Another change to the same record was saved at the same moment;"
                + " read it again and retry", uri, List.of());
    }

    /** A body that could not be read to its end: a broken chunked encoding, or the client gone mid-upload. */
    @ServerExceptionMapper({java.io.IOException.class, java.io.UncheckedIOException.class})
    public Response unreadableBody(Exception e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unexpected(e, uri);
        }
        LOG.debugf(e, "Unreadable request body at %s", uri.getPath());
        return answer(ProblemType.MALFORMED_BODY, "The request body could not be read to its end", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable answering %s: %s", uri.getPath(), e.getMessage());
            Problem problem = new Problem(ProblemType.UNAVAILABLE.uri(), ProblemType.UNAVAILABLE.title(), 503,
                    "The database is not answering; retry shortly", uri.getPath(), List.of());
            return Response.status(503).type(MEDIA_TYPE).header("Retry-After", "5").entity(problem).build();
        }
        LOG.errorf(e, "Unexpected error answering %s", uri.getPath());
        return answer(ProblemType.INTERNAL, "The service could not answer this request; it has been logged", uri, List.of());
    }

    /**
     * The database is down or unreachable: a connection refused or lost (SQLSTATE class 08), the server shutting
     * down (57P), or no pooled connection within the acquisition timeout.
     */
    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().toLowerCase().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String countDetail(int count) {
        return count == 1 ? "1 field was rejected" : count + " fields were rejected";
    }

    private static Response answer(ProblemType type, String detail, UriInfo uri, List<FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors);
        return Response.status(type.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    /** "create.request.tolerance.amount" becomes "tolerance.amount"; a lone parameter keeps its name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds();
            return known == null || known.isEmpty() ? "is not a known field"
                    : "is not a known field: the known ones are " + known.stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            if (format.getValue() instanceof String && target != null && (target.isPrimitive()
                    || Number.class.isAssignableFrom(target) || target == Boolean.class)) {
                return "has the wrong type: expected " + describe(target); // "" or " " for a number or true/false
            }
            return "cannot be read as " + describe(target);
        }
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return cause.getMessage();
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return "has the wrong type" + (target == null ? "" : ": expected " + describe(target));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
