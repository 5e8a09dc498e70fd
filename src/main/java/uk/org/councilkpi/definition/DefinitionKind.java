package uk.org.councilkpi.definition;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a kind of definition is, for {@link DefinitionService}.
 *
 * @param noun what one is called in problems: "No {noun} with ref 'x'"
 * @param empty a new, empty one
 * @param answer one as the API answers it
 */
public record DefinitionKind<E, R>(String noun, Supplier<E> empty, Function<E, R> answer) {

    /** The noun with its article, as a sentence starts: "A plan", "An objective". */
    String withArticle() {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
    }
}
