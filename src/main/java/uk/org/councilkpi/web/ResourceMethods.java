package uk.org.councilkpi.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each path of the API implements, and what each operation answers in and takes, read from the
 * JAX-RS resource classes themselves (their {@code @Path}, method designators, {@code @Produces} and
 * {@code @Consumes}, a method's own or else its class's): so that 405's {@code Allow} and {@code OPTIONS} never list a
 * method that is not there nor miss one that is, and a 406 or 415 can say what would have been accepted. {@code HEAD}
 * comes with {@code GET}, and {@code OPTIONS} with every path.
 * <p>
 * A request path is matched as JAX-RS matches it: among the templates it fits, those with the most literal
 * characters win (so {@code /imports/template} is not {@code /imports/{id}}).
 */
@Singleton
public class ResourceMethods {

    /** The order methods are listed in. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*([\\w.-]+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    /** What one operation answers in ({@code @Produces}) and takes ({@code @Consumes}). */
    private record Media(List<String> produces, List<String> consumes) {
    }

    private record Template(String path, Pattern pattern, int literals, Set<String> methods, Map<String, Media> media) {
    }

    private final List<Template> templates;

    /** The model of the application's resource classes. */
    @Inject
    public ResourceMethods(BeanManager beans) {
        this(templates(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(c -> c.isAnnotationPresent(Path.class))
                .distinct()
                .<Class<?>>map(c -> c)
                .toList()));
    }

    private ResourceMethods(List<Template> templates) {
        this.templates = templates;
    }

    /** The model of these resource classes. */
    public static ResourceMethods of(Collection<Class<?>> resources) {
        return new ResourceMethods(templates(resources));
    }

    private static List<Template> templates(Collection<Class<?>> resources) {
        Map<String, Map<String, Media>> byPath = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String designator = designator(method);
                if (designator == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(root.value(), sub == null ? "" : sub.value());
                Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                        : resource.getAnnotation(Produces.class);
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                byPath.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(designator,
                        new Media(produces == null ? List.of() : types(produces.value()),
                                consumes == null ? List.of() : types(consumes.value())));
            }
        }
        List<Template> templates = new ArrayList<>();
        byPath.forEach((path, media) -> {
            Set<String> all = new TreeSet<>(media.keySet());
            if (all.contains("GET")) {
                all.add("HEAD");
            }
            all.add("OPTIONS");
            templates.add(compile(path, all, Map.copyOf(media)));
        });
        return List.copyOf(templates);
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

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Template compile(String path, Set<String> methods, Map<String, Media> media) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        int last = 0;
        Matcher variable = VARIABLE.matcher(path);
        while (variable.find()) {
            String literal = path.substring(last, variable.start());
            regex.append(Pattern.quote(literal));
            literals += literal.length();
            regex.append('(').append(variable.group(2) == null ? "[^/]+" : variable.group(2).strip()).append(')');
            last = variable.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        literals += path.length() - last;
        return new Template(path, Pattern.compile(regex + "/?"), literals, methods, media);
    }

    /** The methods implemented at this (raw, still encoded) request path, in a fixed order; empty: no such path. */
    public Optional<List<String>> allowed(String path) {
        int best = -1;
        Set<String> methods = new TreeSet<>();
        for (Template template : templates) {
            if (!template.pattern().matcher(path).matches()) {
                continue;
            }
            if (template.literals() > best) {
                best = template.literals();
                methods.clear();
            }
            if (template.literals() == best) {
                methods.addAll(template.methods());
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        List<String> ordered = new ArrayList<>(ORDER.stream().filter(methods::contains).toList());
        methods.stream().filter(m -> !ORDER.contains(m)).forEach(ordered::add);
        return Optional.of(List.copyOf(ordered));
    }

    /** What the operation at this (raw) request path answers in ({@code HEAD} as {@code GET}); empty: not known. */
    public List<String> produces(String method, String path) {
        return media(method.equals("HEAD") ? "GET" : method, path).map(Media::produces).orElse(List.of());
    }

    /** What the operation at this (raw) request path takes as a body; empty: not known. */
    public List<String> consumes(String method, String path) {
        return media(method, path).map(Media::consumes).orElse(List.of());
    }

    /** "a", "a or b", "a, b or c". */
    public static String either(List<String> types) {
        if (types.size() < 2) {
            return String.join("", types);
        }
        return String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
    }

    /** The operation for this method that JAX-RS would choose: among the templates that fit, the most literal. */
    private Optional<Media> media(String method, String path) {
        Template best = null;
        for (Template template : templates) {
            if (template.media().containsKey(method) && template.pattern().matcher(path).matches()
                    && (best == null || template.literals() > best.literals())) {
                best = template;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.media().get(method));
    }
}
