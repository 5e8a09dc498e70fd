package uk.org.councilkpi.problem;

import java.util.List;

/** A client's mistake, thrown by services and turned into a problem by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of());
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, ProblemMapper.countDetail(errors.size()), errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
