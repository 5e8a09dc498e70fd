package uk.org.councilkpi.importing.check;

import java.util.List;
import uk.org.councilkpi.problem.FieldError;

/** Who enters a batch: the query parameter {@code enteredBy}, or a JSON body's; required, at most 100 characters. */
public final class EnteredBy {

    public static final int MAX = 100;

    private EnteredBy() {
    }

    /** The JSON body's enteredBy, else the query parameter's; if both are given they must agree. */
    public static String of(String parameter, Cell body, List<FieldError> errors) {
        if (body == null || body.kind() == Cell.Kind.NULL) {
            check(parameter, "in the body or as the query parameter enteredBy", errors);
            return parameter;
        }
        if (body.kind() != Cell.Kind.STRING) {
            errors.add(new FieldError("enteredBy", "must be a string"));
            return null;
        }
        if (parameter != null && !parameter.equals(body.text())) {
            errors.add(new FieldError("enteredBy", "differs between the body and the query parameter"));
        }
        check(body.text(), "", errors);
        return body.text();
    }

    /** A spreadsheet's enteredBy, the query parameter; {@code where} says where it may be given. */
    public static void check(String enteredBy, String where, List<FieldError> errors) {
        if (enteredBy == null || enteredBy.isBlank()) {
            errors.add(new FieldError("enteredBy", ("is required: who enters the batch " + where).strip()));
        } else if (enteredBy.length() > MAX) {
            errors.add(new FieldError("enteredBy", "must be at most " + MAX + " characters"));
        }
    }
}
