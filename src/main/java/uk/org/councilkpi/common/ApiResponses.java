package uk.org.councilkpi.common;

/** Names of the shared problem answers in the contract, so that every operation describes them the same way. */
public final class ApiResponses {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST_REF = "BadRequest";
    public static final String NOT_FOUND_REF = "NotFound";
    public static final String UNAUTHORIZED_REF = "Unauthorized";
    public static final String FORBIDDEN_REF = "Forbidden";
    public static final String CONFLICT_REF = "Conflict";
    public static final String PRECONDITION_FAILED_REF = "PreconditionFailed";
    public static final String TOO_LARGE_REF = "TooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE_REF = "UnsupportedMediaType";
    /** Added to every operation by {@link RateLimitedOperations}. */
    public static final String TOO_MANY_REQUESTS_REF = "TooManyRequests";
    public static final String NOT_ACCEPTABLE_REF = "NotAcceptable";
    /** Added to every operation by {@link ContractFilter}: the database cannot be reached. */
    public static final String UNAVAILABLE_REF = "ServiceUnavailable";

    private ApiResponses() {
    }
}
