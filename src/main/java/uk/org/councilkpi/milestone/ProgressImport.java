package uk.org.councilkpi.milestone;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.importing.ImportResult;
import uk.org.councilkpi.period.Quarter;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.problem.FieldError;
import uk.org.councilkpi.problem.ImportRejectedException;
import uk.org.councilkpi.problem.RowError;
import uk.org.councilkpi.problem.RowErrorCode;
import uk.org.councilkpi.security.WriteRoles;
import uk.org.councilkpi.signoff.SignoffRepository;
import uk.org.councilkpi.status.ProgressRating;

/**
 * Milestones' progress through the bulk import ({@code POST /api/v1/imports}), all or nothing, with a dry run and row
 * errors with codes, as for figures. A batch is of progress when its CSV header, or its first JSON row, names a
 * {@code milestone} column: {@code milestone,period,rating,commentary} (one row per milestone and quarter; the
 * officer's return as a performance team collects it). Figures and progress go in separate batches: a row is either
 * an indicator's figure or a milestone's rating, and their columns do not overlap.
 * <p>
 * A quarter's progress is a few dozen to a few hundred rows, so a batch is read whole (at most {@value #MAX_ROWS}
 * rows) and checked with a fixed number of queries (milestones, signed-off quarters, current progress).
 */
@ApplicationScoped
public class ProgressImport {

    /** How much of a body is looked at to tell a batch of progress from one of figures. */
    public static final int PEEK = 256 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final int MAX_COMMENTARY = 10_000;
    private static final List<String> COLUMNS = List.of("milestone", "period", "rating", "commentary", "title");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final JsonFactory JSON = new JsonFactory();

    /** One row as read: {@code rating} null when unreadable (an error was reported). */
    private record Row(int row, String milestone, String period, ProgressRating rating, String commentary,
                       List<String> readAs) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final MilestoneRepository milestones;
    private final ProgressRepository progress;
    private final SignoffRepository signoffs;
    private final WriteRoles writeRoles;
    private final Audit audit;
    private final Clock clock;

    public ProgressImport(EntityManager em, ObjectMapper mapper, MilestoneRepository milestones,
                          ProgressRepository progress, SignoffRepository signoffs, WriteRoles writeRoles, Audit audit,
                          Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.milestones = milestones;
        this.progress = progress;
        this.signoffs = signoffs;
        this.writeRoles = writeRoles;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether a body (CSV, or JSON) is a batch of progress: its CSV header names a {@code milestone} column, or the
     * first row of its JSON {@code rows} has a {@code milestone} field. Looks at most {@link #PEEK} bytes and puts
     * them back.
     */
    public static boolean isProgressBatch(boolean json, BufferedInputStream body) throws IOException {
        body.mark(PEEK);
        byte[] head = body.readNBytes(PEEK);
        body.reset();
        if (!json) {
            String text = new String(head, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String header = (end < 0 ? text : text.substring(0, end)).replace("\uFEFF", "");
            for (String name : header.split(",")) {
                if (name.strip().replace("\"", "").strip().equalsIgnoreCase("milestone")) {
                    return true;
                }
            }
            return false;
        }
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("rows") && value == JsonToken.START_ARRAY) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        return false;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        if (parser.currentName().equals("milestone")) {
                            return true;
                        }
                        parser.nextToken();
                        parser.skipChildren();
                    }
                    return false;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return false; // not readable JSON in its first bytes: the figures' reader says what is wrong with it
        }
        return false;
    }

    /** Imports a batch of progress; {@code source} is CSV or JSON, as import_batch records it. */
    @Transactional
    public ImportResult importBody(String source, InputStream body, String enteredBy, boolean dryRun) {
        List<RowError> errors = new ArrayList<>();
        List<FieldError> fieldErrors = new ArrayList<>();
        List<Row> rows;
        String who = enteredBy;
        int[] skipped = {0};
        try {
            byte[] bytes = body.readAllBytes();
            if (source.equals("JSON")) {
                JsonNode tree = mapper.readTree(bytes);
                who = enteredByOf(enteredBy, tree == null ? null : tree.get("enteredBy"), fieldErrors);
                rows = json(tree, errors);
            } else {
                rows = csv(utf8(bytes, errors), errors, skipped);
            }
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
                String first = j.getOriginalMessage() == null ? "" : j.getOriginalMessage().lines().findFirst().orElse("");
                throw new ImportRejectedException(List.of(), List.of(new RowError(0, null, null,
                        "The body is not valid JSON: " + first, RowErrorCode.MALFORMED)), 1);
            }
            throw new UncheckedIOException(e);
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(0, null, null, "has " + rows.size() + " rows: a batch of progress has at most "
                    + MAX_ROWS, RowErrorCode.MALFORMED));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, null, null, "The batch has no rows", RowErrorCode.NO_ROWS));
        }
        Map<String, Milestone> byRef = crossCheck(rows, errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            throw new ImportRejectedException(fieldErrors, errors.subList(0, Math.min(errors.size(), 1000)), errors.size());
        }
        if (!fieldErrors.isEmpty()) {
            throw ApiException.invalid(fieldErrors);
        }
        return merge(source, rows, byRef, who, dryRun, skipped[0]);
    }

    private ImportResult merge(String source, List<Row> rows, Map<String, Milestone> byRef, String who, boolean dryRun,
                               int skipped) {
        Map<String, MilestoneProgress> current = new HashMap<>();
        progress.forMilestones(byRef.values().stream().map(m -> m.id).toList(), null)
                .forEach(p -> current.put(p.milestone.id + "|" + p.period, p));
        int created = 0;
        int updated = 0;
        List<Row> changed = new ArrayList<>();
        for (Row r : rows) {
            MilestoneProgress p = current.get(byRef.get(r.milestone()).id + "|" + r.period());
            if (p == null) {
                created++;
                changed.add(r);
            } else if (p.rating != r.rating() || !Objects.equals(p.commentary, r.commentary())) {
                updated++;
                changed.add(r);
            }
        }
        ImportResult.Counts counts = new ImportResult.Counts(created, updated, rows.size() - created - updated);
        ImportResult.Counts none = new ImportResult.Counts(0, 0, 0);
        if (dryRun) {
            return new ImportResult(null, true, rows.size() + skipped, skipped, none, none, read(rows), counts);
        }
        Instant now = clock.instant();
        String author = audit.actor(who);
        long batchId = ((Number) em.createNativeQuery("insert into import_batch (source, created_by, created_at, rows,"
                        + " created, updated, unchanged) values (:source, :by, :at, :rows, :created, :updated,"
                        + " :unchanged) returning id")
                .setParameter("source", source).setParameter("by", author)
                .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter("rows", rows.size() + skipped)
                .setParameter("created", created).setParameter("updated", updated)
                .setParameter("unchanged", counts.unchanged()).getSingleResult()).longValue();
        audit.batch(batchId);
        for (Row r : changed) {
            Milestone m = byRef.get(r.milestone());
            MilestoneProgress p = current.get(m.id + "|" + r.period());
            boolean isNew = p == null;
            if (isNew) {
                p = new MilestoneProgress();
                p.milestone = m;
                p.period = r.period();
            }
            p.rating = r.rating();
            p.commentary = r.commentary();
            p.enteredAt = now;
            if (isNew) {
                progress.persist(p);
            }
        }
        progress.flush();
        return new ImportResult(batchId, false, rows.size() + skipped, skipped, none, none, List.of(), counts);
    }

    /** Unknown milestones, the same milestone and quarter twice, signed-off quarters, and the caller's role. */
    private Map<String, Milestone> crossCheck(List<Row> rows, List<RowError> errors) {
        Set<String> refs = new HashSet<>();
        Set<String> periods = new HashSet<>();
        rows.forEach(r -> {
            refs.add(r.milestone());
            if (r.period() != null) {
                periods.add(r.period());
            }
        });
        Map<String, Milestone> byRef = new HashMap<>();
        if (!refs.isEmpty()) {
            milestones.list("ref in ?1", refs).forEach(m -> byRef.put(m.ref, m));
        }
        Set<String> closed = new HashSet<>(signoffs.signedOff(periods));
        boolean mayWrite = writeRoles.mayWrite(WriteRoles.PROGRESS);
        Map<String, Integer> first = new HashMap<>();
        for (Row r : rows) {
            if (!byRef.containsKey(r.milestone())) {
                errors.add(new RowError(r.row(), "milestone", r.milestone(), "is not the ref of any milestone: define"
                        + " the milestone first", RowErrorCode.UNKNOWN_MILESTONE));
            }
            if (r.period() != null) {
                Integer earlier = first.putIfAbsent(r.milestone() + "|" + r.period(), r.row());
                if (earlier != null) {
                    errors.add(new RowError(r.row(), "milestone", r.milestone(), "appears with period " + r.period()
                            + " in more than one row of this batch (the first is row " + earlier + "): each milestone"
                            + " and quarter may appear once", RowErrorCode.DUPLICATE_ROW));
                }
                if (closed.contains(r.period())) {
                    errors.add(new RowError(r.row(), "period", r.period(), "is signed off: its progress cannot change"
                            + " until it is reopened (POST /api/v1/periods/{period}/reopen)", RowErrorCode.PERIOD_SIGNED_OFF));
                }
            }
            if (!mayWrite) {
                errors.add(new RowError(r.row(), "rating", null, "needs the editor role", RowErrorCode.ROLE_REQUIRED));
            }
        }
        return byRef;
    }

    private static List<ImportResult.ReadRow> read(List<Row> rows) {
        return rows.stream().limit(1000).map(r -> new ImportResult.ReadRow(r.row(), r.milestone(), r.period(), null,
                null, false, false, null, null, r.readAs())).toList();
    }

    private static String utf8(byte[] bytes, List<RowError> errors) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            errors.add(new RowError(0, null, null, "The file is not valid UTF-8: save it as CSV UTF-8", RowErrorCode.ENCODING));
            return "";
        }
    }

    private List<Row> csv(String text, List<RowError> errors, int[] skipped) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (text.isBlank()) {
            if (errors.isEmpty()) {
                errors.add(new RowError(0, null, null, "The file is empty: it needs a header row"
                        + " (milestone,period,rating,commentary) and then one row per milestone", RowErrorCode.EMPTY_FILE));
            }
            return rows;
        }
        try (var it = CSV.readerForArrayOf(String.class).<String[]>readValues(text)) {
            String[] header = it.next();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                String name = header[i].strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!COLUMNS.contains(name)) {
                    errors.add(new RowError(1, header[i], header[i], "is not a column of a batch of progress: "
                            + String.join(", ", COLUMNS) + " (in any order and case)", RowErrorCode.HEADER_UNKNOWN_COLUMN));
                } else if (index.putIfAbsent(name, i) != null) {
                    errors.add(new RowError(1, header[i], header[i], "appears twice in the header", RowErrorCode.MALFORMED));
                }
            }
            for (String required : List.of("milestone", "period", "rating")) {
                if (!index.containsKey(required)) {
                    errors.add(new RowError(1, required, null, "is a required column, missing from the header",
                            RowErrorCode.HEADER_MISSING_COLUMN));
                }
            }
            if (!errors.isEmpty()) {
                return rows;
            }
            int number = 1;
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                number++;
                if (java.util.Arrays.stream(cells).allMatch(String::isBlank)) {
                    skipped[0]++;
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                index.forEach((name, i) -> row.put(name, i < cells.length ? cells[i] : ""));
                check(number, row.get("milestone"), row.get("period"), row.get("rating"), row.get("commentary"), true,
                        errors).ifPresent(rows::add);
            }
        } catch (RuntimeException e) {
            errors.add(new RowError(rows.size() + 2, null, null, "is not CSV as expected: " + e.getMessage(),
                    RowErrorCode.MALFORMED));
        }
        return rows;
    }

    private List<Row> json(JsonNode tree, List<RowError> errors) {
        List<Row> rows = new ArrayList<>();
        if (tree == null || !tree.isObject() || !tree.path("rows").isArray()) {
            errors.add(new RowError(0, "rows", null, "The body must be {\"enteredBy\": ..., \"rows\": [{\"milestone\":"
                    + " ..., \"period\": ..., \"rating\": ...}]}", RowErrorCode.MALFORMED));
            return rows;
        }
        tree.fieldNames().forEachRemaining(name -> {
            if (!name.equals("rows") && !name.equals("enteredBy")) {
                errors.add(new RowError(0, name, null, "is not a known field: enteredBy, rows", RowErrorCode.MALFORMED));
            }
        });
        int number = 0;
        for (JsonNode node : tree.get("rows")) {
            number++;
            if (!node.isObject()) {
                errors.add(new RowError(number, null, null, "must be an object: {\"milestone\": ..., \"period\": ...,"
                        + " \"rating\": ...}", RowErrorCode.MALFORMED));
                continue;
            }
            int row = number;
            boolean typed = true;
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (!COLUMNS.contains(field.getKey())) {
                    errors.add(new RowError(row, field.getKey(), null, "is not a known field: " + String.join(", ", COLUMNS),
                            RowErrorCode.MALFORMED));
                    typed = false;
                } else if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                    errors.add(new RowError(row, field.getKey(), field.getValue().toString(), "must be a string",
                            RowErrorCode.MALFORMED));
                    typed = false;
                }
            }
            if (typed) {
                check(row, text(node, "milestone"), text(node, "period"), text(node, "rating"), text(node, "commentary"),
                        false, errors).ifPresent(rows::add);
            }
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * One row on its own: a milestone ref, a quarter, a rating (its name; in a spreadsheet, in any case and with
     * spaces: "on course"), and commentary of at most 10,000 characters. A row with a milestone goes on to the checks
     * across rows even with other errors, so that every error is reported.
     */
    private static java.util.Optional<Row> check(int row, String milestone, String period, String rating,
                                                 String commentary, boolean spreadsheet, List<RowError> errors) {
        List<String> readAs = new ArrayList<>();
        if (milestone == null || milestone.isBlank()) {
            errors.add(new RowError(row, "milestone", milestone, "is required: the milestone's ref, e.g. P1.1",
                    RowErrorCode.UNKNOWN_MILESTONE));
        }
        String quarter = null;
        if (period == null || period.isBlank()) {
            errors.add(new RowError(row, "period", period, "is required: a quarter such as 2024-25-Q1",
                    RowErrorCode.INVALID_PERIOD));
        } else {
            try {
                quarter = ProgressViews.quarter("period", period.strip()).code();
            } catch (ApiException e) {
                errors.add(new RowError(row, "period", period, e.errors().isEmpty() ? e.getMessage()
                        : e.errors().get(0).message(), RowErrorCode.INVALID_PERIOD));
            }
        }
        ProgressRating value = null;
        if (rating == null || rating.isBlank()) {
            errors.add(new RowError(row, "rating", rating, "is required: one of " + ratings(), RowErrorCode.INVALID_RATING));
        } else {
            String name = spreadsheet ? rating.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_') : rating;
            try {
                value = ProgressRating.valueOf(name);
                if (!name.equals(rating)) {
                    readAs.add("rating '" + rating + "' read as " + value);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, "rating", rating, "is not a rating: one of " + ratings(),
                        RowErrorCode.INVALID_RATING));
            }
        }
        String words = commentary == null || commentary.isBlank() ? null : commentary;
        if (words != null && words.length() > MAX_COMMENTARY) {
            errors.add(new RowError(row, "commentary", words, "is longer than " + MAX_COMMENTARY + " characters",
                    RowErrorCode.TOO_LONG));
        }
        if (milestone == null || milestone.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Row(row, milestone.strip(), quarter, value, words, List.copyOf(readAs)));
    }

    private static String ratings() {
        return String.join(", ", java.util.Arrays.stream(ProgressRating.values()).map(Enum::name).toList());
    }

    /** The JSON body's enteredBy, else the query parameter's; if both are given they must agree. */
    private static String enteredByOf(String parameter, JsonNode body, List<FieldError> errors) {
        String stated = body == null || body.isNull() ? null : body.isTextual() ? body.asText() : null;
        if (body != null && !body.isNull() && !body.isTextual()) {
            errors.add(new FieldError("enteredBy", "must be a string"));
        }
        if (stated != null && parameter != null && !parameter.equals(stated)) {
            errors.add(new FieldError("enteredBy", "differs between the body and the query parameter"));
        }
        String who = stated != null ? stated : parameter;
        if (who == null || who.isBlank()) {
            errors.add(new FieldError("enteredBy", "is required: who enters the batch, in the body or as the query"
                    + " parameter enteredBy"));
        }
        return who;
    }
}
