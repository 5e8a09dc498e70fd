package uk.org.councilkpi.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
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
 * Which HTTP methods each path of the API implements, read from the JAX-RS resource classes themselves (their
 * {@code @Path} and method designators), so that 405's {@code Allow} and {@code OPTIONS} never list a method that is
 * not there nor miss one that is. {@code HEAD} comes with {@code GET}, and {@code OPTIONS} with every path.
 * <p>
 * A request path is matched as JAX-RS matches it: among the templates it fits, those with the most literal
 * characters win (so {@code /imports/template} is not {@code /imports/{id}}).
 */
public final class ResourceMethods {

    /** The order methods are listed in. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*([\\w.-]+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Template(String path, Pattern pattern, int literals, Set<String> methods) {
    }

    private final List<Template> templates;

    private ResourceMethods(List<Template> templates) {
        this.templates = templates;
    }

    /** The model of these resource classes. */
    public static ResourceMethods of(Collection<Class<?>> resources) {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
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
                byPath.computeIfAbsent(path, p -> new TreeSet<>()).add(designator);
            }
        }
        List<Template> templates = new ArrayList<>();
        byPath.forEach((path, methods) -> {
            Set<String> all = new TreeSet<>(methods);
            if (all.contains("GET")) {
                all.add("HEAD");
            }
            all.add("OPTIONS");
            templates.add(compile(path, all));
        });
        return new ResourceMethods(List.copyOf(templates));
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

    private static Template compile(String path, Set<String> methods) {
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
        return new Template(path, Pattern.compile(regex + "/?"), literals, methods);
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
}
