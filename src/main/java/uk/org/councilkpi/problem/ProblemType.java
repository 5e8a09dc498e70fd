package uk.org.councilkpi.problem;

/** The kinds of problem the API answers with; each has a stable type URI and a fixed title. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 400),
    MALFORMED_BODY("malformed-body", "Malformed request body", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Role not sufficient", 403),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", "Origin not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PERIOD_SIGNED_OFF("period-signed-off", "Period signed off", 409),
    STALE_VERSION("stale-version", "Changed since you read it", 412),
    IMPORT_REJECTED("import-rejected", "Import rejected", 400),
    TOO_LARGE("too-large", "Request too large", 413),
    URI_TOO_LONG("uri-too-long", "Request URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    private final String uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = "urn:councilkpi:problem:" + slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** A problem of this kind answering a request for {@code instance}. */
    public Problem problem(String detail, String instance, java.util.List<FieldError> errors) {
        return new Problem(uri, title, status, detail, instance, errors);
    }
}
