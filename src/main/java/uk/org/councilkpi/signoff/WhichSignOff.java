package uk.org.councilkpi.signoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which of a period's sign-offs a read asks for ({@code asSignedOff}): {@code true} or {@code latest}, the last one;
 * {@code first}; or its number, counting from 1 in the order they were made. A quarter signed off for committee,
 * reopened, corrected and signed off again keeps both: {@code first} is "as it went to committee".
 *
 * @param number which sign-off, from 1; 0 for the latest
 */
public record WhichSignOff(int number) {

    public static final String PATTERN = "true|false|latest|first|[1-9][0-9]{0,3}";
    public static final String MESSAGE = "must be true or latest (the last sign-off), first, or a sign-off's number"
            + " counting from 1 (false: not as signed off)";

    /** The choice a query parameter makes (already checked against {@link #PATTERN}); empty for none. */
    public static Optional<WhichSignOff> parse(String text) {
        if (text == null || text.equals("false")) {
            return Optional.empty();
        }
        return Optional.of(switch (text) {
            case "true", "latest" -> new WhichSignOff(0);
            case "first" -> new WhichSignOff(1);
            default -> new WhichSignOff(Integer.parseInt(text));
        });
    }

    /** The instant of the chosen sign-off among a period's, oldest first; empty if there is no such sign-off. */
    Optional<Instant> of(List<Instant> signOffs) {
        if (signOffs.isEmpty() || number > signOffs.size()) {
            return Optional.empty();
        }
        return Optional.of(signOffs.get(number == 0 ? signOffs.size() - 1 : number - 1));
    }

    @Override
    public String toString() {
        return number == 0 ? "latest" : Integer.toString(number);
    }
}
