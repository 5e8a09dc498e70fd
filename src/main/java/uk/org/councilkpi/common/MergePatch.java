package uk.org.councilkpi.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.org.councilkpi.problem.ApiException;

/**
 * JSON Merge Patch (RFC 7396) on a resource's request shape: a correction that names only what changes and keeps the
 * rest. The patched request is read as strictly as a PUT's body (unknown fields, wrong types) and validated the same
 * way, then written through the same service as a PUT.
 * <ul>
 *   <li>A member with a value replaces it (objects are merged member by member);</li>
 *   <li>a member set to {@code null} removes it;</li>
 *   <li>a member not mentioned is kept.</li>
 * </ul>
 */
@ApplicationScoped
public class MergePatch {

    /** The media type of a merge patch. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";
    /** How every correcting operation describes itself in the contract, before the role it needs. */
    public static final String DESCRIPTION = "A JSON Merge Patch (RFC 7396, Content-Type application/merge-patch+json):"
            + " the fields named change, a field set to null is removed, every other field is kept as it is. The"
            + " changeReason parameter says why (kept with the version).";
    /** The contract's words for a correction's {@code changeReason} parameter. */
    public static final String REASON = "Why the change is made (a correction's reason): kept with the version it"
            + " writes or ends, shown in /changes and revisions";
    /** The contract's words for a merge patch's body schema. */
    public static final String FIELDS = "The fields to change, with their new values; null removes a field";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The current request with the patch applied, read as {@code type} and validated. */
    public <T> T apply(T current, JsonNode patch, Class<T> type) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object naming the fields to change (RFC 7396 merge"
                    + " patch): {\"number\": 305} changes the number and keeps everything else");
        }
        refuseUnknown(patch, mapper.constructType(type), new ArrayDeque<>());
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result = mapper.treeToValue(merged, type); // as strict as a PUT's body: the problem mapper names the field
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /**
     * A field the request does not have is refused even when the patch sets it to null (which merging would drop
     * unseen): as in a PUT's body, a typo is an error, named as Jackson names it. The fields with a value are left
     * to the strict reading of the merged request.
     */
    private void refuseUnknown(JsonNode patch, JavaType type, Deque<String> path) throws JsonMappingException {
        Map<String, JavaType> known = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(type).findProperties()) {
            known.put(property.getName(), property.getPrimaryType());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JavaType fieldType = known.get(field.getKey());
            if (fieldType == null && field.getValue().isNull()) {
                UnrecognizedPropertyException unknown = UnrecognizedPropertyException.from(mapper.treeAsTokens(patch),
                        type.getRawClass(), field.getKey(), new ArrayList<>(known.keySet())); // names the field
                path.forEach(parent -> unknown.prependPath(Object.class, parent)); // innermost first
                throw unknown;
            }
            if (fieldType != null && field.getValue().isObject() && !fieldType.isContainerType()) {
                path.push(field.getKey());
                refuseUnknown(field.getValue(), fieldType, path);
                path.pop();
            }
        }
    }

    /** RFC 7396, section 2. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
