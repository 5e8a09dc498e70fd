package uk.org.councilkpi.readcache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.org.councilkpi.web.EntityTags;

/**
 * Computed reads (scorecards, histories) kept as the bytes sent, for as long as the data they come from is
 * unchanged ({@link DataChanges}), within a memory budget ({@code councilkpi.read-cache.max-bytes}, least recently
 * used first out). Every answer, kept or not, carries a strong ETag made from its bytes, and a request whose
 * {@code If-None-Match} names it gets 304 Not Modified.
 * <p>
 * An answer is only ever served for the generation it was built in, so a change committed anywhere is visible to
 * the next read here. The rules and the views are computed the same way either way: the cache changes when, not
 * what.
 * <p>
 * A view may be sent in more than one media type (JSON, CSV): each is kept, and tagged, on its own, and every
 * answer says {@code Vary: Accept}.
 */
@ApplicationScoped
public class ReadCache {

    /**
     * What identifies an answer: its generation, its media type, and the request: a record of everything of it that
     * shapes the answer (the read's own query record, such as {@code ScorecardQuery}, never a hand-made list), so that
     * a criterion added to the read is part of the key by construction.
     */
    record Key(long generation, String type, Record request) {
    }

    /** An answer as sent. */
    private record Answer(byte[] body, MediaType type, EntityTag etag, Date lastModified) {
    }

    /**
     * Answers differ by caller (drafts for editors, published figures for the others): shared caches must not keep
     * them, and a client's own cache must revalidate (ETag) before reuse.
     */
    private static final String CACHE_CONTROL = "private, no-cache";
    private static final String VARY = "Authorization, Accept";

    private final DataChanges changes;
    private final ObjectMapper mapper;
    private final boolean enabled;
    private final Cache<Key, Answer> answers;

    public ReadCache(DataChanges changes, ObjectMapper mapper, ReadCacheConfig config) {
        this.changes = changes;
        this.mapper = mapper;
        this.enabled = config.enabled();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes().asLongValue())
                .<Key, Answer>weigher((key, answer) -> saturated(weight(key) + answer.body.length + 200))
                .build();
    }

    /**
     * What a key holds in memory, roughly: its strings at two bytes a character (the worst case of the JVM's compact
     * strings) plus their headers. A request's filters are part of the key, and a client chooses them: a scorecard
     * read with 4 KB filter values must count its 8 KB, or the budget could be exceeded many times over by small
     * answers to long keys.
     */
    static long weight(Key key) {
        return 64 + textWeight(key.type()) + weight(key.request());
    }

    private static long weight(Object part) {
        if (part instanceof CharSequence text) {
            return textWeight(text);
        }
        if (part instanceof Record record) {
            long sum = 32;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                sum += weight(valueOf(component, record));
            }
            return sum;
        }
        return part == null ? 8 : 32;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a read's key could not be weighed", e);
        }
    }

    private static long textWeight(CharSequence text) {
        return 48 + 2L * text.length();
    }

    private static int saturated(long weight) {
        return (int) Math.min(Integer.MAX_VALUE, weight);
    }

    /** The memory the kept answers are counted at (key and answer bytes), within the budget. */
    public long weighedBytes() {
        answers.cleanUp();
        return answers.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
    }

    /**
     * The JSON answer for a request: the kept one if the data has not changed since it was built, else built now
     * (and kept). {@code request} is the read's query record: everything the answer depends on.
     */
    public Response json(HttpHeaders headers, Record request, Supplier<Object> build) {
        return answer(headers, request, MediaType.APPLICATION_JSON_TYPE, build, this::writeJson);
    }

    /**
     * The answer for a request in this media type, written by {@code writer} from the view {@code build} makes: the
     * kept one if the data has not changed since it was built, else built now (and kept). {@code request} is the
     * read's query record: everything the answer depends on but the media type, which is added here.
     */
    public <T> Response answer(HttpHeaders headers, Record request, MediaType type, Supplier<T> build,
                               Function<? super T, byte[]> writer) {
        OptionalLong generation = enabled ? changes.live() : OptionalLong.empty();
        Answer answer;
        if (generation.isPresent()) {
            Key key = new Key(generation.getAsLong(), type.toString(), request);
            answer = answers.getIfPresent(key);
            if (answer == null) {
                answer = answer(build.get(), writer, type);
                answers.put(key, answer);
            }
        } else {
            answer = answer(build.get(), writer, type);
        }
        return respond(headers, answer);
    }

    /** Forgets every kept answer. */
    public void clear() {
        answers.invalidateAll();
    }

    private byte[] writeJson(Object view) {
        try {
            return mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view could not be written as JSON", e);
        }
    }

    private static <T> Answer answer(T view, Function<? super T, byte[]> writer, MediaType type) {
        byte[] body = writer.apply(view);
        Instant lastUpdated = view instanceof LastUpdated u ? u.lastUpdated() : null;
        return new Answer(body, type, new EntityTag(HexFormat.of().formatHex(fingerprint(body))),
                lastUpdated == null ? null : Date.from(lastUpdated));
    }

    private static Response respond(HttpHeaders headers, Answer answer) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && EntityTags.matches(ifNoneMatch, answer.etag.getValue())) {
            return Response.notModified(answer.etag).lastModified(answer.lastModified)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, VARY).build();
        }
        return Response.ok(answer.body, answer.type).tag(answer.etag).lastModified(answer.lastModified)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, VARY).build();
    }

    /**
     * The ETag: an MD5 of the bytes sent, as HTTP caches commonly use (e.g. Spring's ShallowEtagHeaderFilter). It only
     * tells versions of a server-made answer apart, nothing secret rests on it, and SHA-256 cost 14% of a computed
     * 2,000-indicator scorecard (3 MB) in the profile.
     */
    private static byte[] fingerprint(byte[] body) {
        try {
            return MessageDigest.getInstance("MD5").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
