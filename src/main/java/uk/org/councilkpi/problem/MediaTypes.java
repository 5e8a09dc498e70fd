package uk.org.councilkpi.problem;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which media types each operation answers in and takes, read from the resource classes' {@code @Produces} and
 * {@code @Consumes} (a method's own, else its class's), so that a 406 or a 415 problem can say what would have been
 * accepted. A request path is matched as JAX-RS matches it: among the templates it fits, the one with the most
 * literal characters.
 */
@Singleton
public class MediaTypes {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^{}]*}");

    private record Operation(String method, Pattern path, int literals, List<String> produces, List<String> consumes) {
    }

    private final List<Operation> operations;

    public MediaTypes(BeanManager beans) {
        List<Operation> found = new ArrayList<>();
        Set<Class<?>> resources = new LinkedHashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                resources.add(bean.getBeanClass());
            }
        }
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                String designator = designator(method);
                if (designator != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = ("/" + resource.getAnnotation(Path.class).value() + "/" + (sub == null ? "" : sub.value()))
                            .replaceAll("/+", "/");
                    found.add(operation(designator, path.length() > 1 && path.endsWith("/")
                            ? path.substring(0, path.length() - 1) : path, method, resource));
                }
            }
        }
        this.operations = List.copyOf(found);
    }

    /** What the operation at this path answers in (HEAD as GET); empty: not known. */
    public List<String> produces(String method, String path) {
        Operation operation = find(method.equals(HttpMethod.HEAD) ? HttpMethod.GET : method, path);
        return operation == null ? List.of() : operation.produces();
    }

    /** What the operation at this path takes as a body; empty: not known. */
    public List<String> consumes(String method, String path) {
        Operation operation = find(method, path);
        return operation == null ? List.of() : operation.consumes();
    }

    /** "a", "a or b", "a, b or c". */
    public static String either(List<String> types) {
        if (types.size() < 2) {
            return String.join("", types);
        }
        return String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
    }

    private Operation find(String method, String path) {
        Operation best = null;
        for (Operation operation : operations) {
            if (operation.method().equals(method) && operation.path().matcher(path).matches()
                    && (best == null || operation.literals() > best.literals())) {
                best = operation;
            }
        }
        return best;
    }

    private static Operation operation(String designator, String path, Method method, Class<?> resource) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        int last = 0;
        Matcher variable = VARIABLE.matcher(path);
        while (variable.find()) {
            regex.append(Pattern.quote(path.substring(last, variable.start()))).append("[^/]+");
            literals += variable.start() - last;
            last = variable.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        literals += path.length() - last;
        return new Operation(designator, Pattern.compile(regex + "/?"), literals,
                produces == null ? List.of() : types(produces.value()), consumes == null ? List.of() : types(consumes.value()));
    }

    private static List<String> types(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String designator(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
