package uk.org.councilkpi.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What each enum value of the contract means, for the people reading it. The rule enums (status/, indicator/) are
 * plain Java without OpenAPI annotations, so their words live here; {@link ContractFilter} writes them into each
 * schema's description as "VALUE: meaning" lines (and {@code x-enum-descriptions}, which client generators turn
 * into comments on the constants).
 */
final class ContractVocabulary {

    private static final Map<String, String> INTROS = new LinkedHashMap<>();
    private static final Map<String, Map<String, String>> VALUES = new LinkedHashMap<>();

    static {
        values("Rag", "A traffic-light rating",
                "RED", "missed beyond the amber tolerance",
                "AMBER", "missed, within the amber tolerance",
                "GREEN", "met (bounds included)",
                "NOT_RATED", "no rating could be computed; the reason says why");
        values("RagReason", "Why a figure has the rating it has",
                "MET", "the figure meets its target",
                "MISSED_WITHIN_TOLERANCE", "missed, within the amber tolerance",
                "MISSED_BEYOND_TOLERANCE", "missed beyond the amber tolerance",
                "NO_TARGET", "no target for the period, or the target is N/A",
                "NO_POLARITY", "a single-figure target on a measure with no polarity: nothing says which side is better",
                "NO_VALUE", "no figure, or a state without a number (not yet available, N/A, not provided)",
                "SUPPRESSED", "the figure is suppressed: nothing is computed from it");
        values("DirectionReason", "Why a direction of travel is, or is not, computed",
                "COMPARED", "compared with the earlier figure",
                "NO_VALUE", "the figure itself has no usable number",
                "NO_EARLIER_VALUE", "nothing usable to compare with in the earlier period",
                "NO_POLARITY", "the figure moved, but with no polarity nothing says whether that is better");
        values("Movement", "Which way the figure moved against the earlier one",
                "UP", "higher than the earlier figure",
                "DOWN", "lower than the earlier figure",
                "UNCHANGED", "equal to the earlier figure",
                "NOT_COMPARABLE", "nothing to compare (see the reason)");
        values("Performance", "Whether the movement is good news, by the indicator's polarity",
                "BETTER", "moved the good way, beyond the 'broadly the same' band",
                "SAME", "within the 'broadly the same' band (default: exactly equal)",
                "WORSE", "moved the bad way, beyond the band",
                "NOT_COMPARABLE", "nothing to compare, or no polarity (see the reason)");
        String[] progress = java.util.Arrays.stream(uk.org.councilkpi.status.ProgressRating.values())
                .flatMap(r -> java.util.stream.Stream.of(r.name(), r.meaning())).toArray(String[]::new);
        values("ProgressRating", "A milestone's progress in a quarter, the responsible officer's judgement (stored, never"
                + " computed), in the words of the councils' symbol keys", progress);
        values("MilestoneKind", "What a milestone row is",
                "MILESTONE", "a milestone of a plan's priority or objective",
                "RISK_CONTROL_MEASURE", "a measure controlling a risk to an objective",
                "ACTION", "an action (e.g. a high-priority equality action) with a target date and a responsible officer");
        values("Polarity", "Which direction is good for the indicator",
                "HIGHER_IS_BETTER", "a higher figure is better",
                "LOWER_IS_BETTER", "a lower figure is better",
                "NONE", "a context measure: neither is better (only a range or exact target can rate it)");
        values("TargetForm", "The form of a target",
                "VALUE", "a single figure whose sense comes from the polarity (82%)",
                "AT_LEAST", "a lower bound, met at or above it (>=85%)",
                "AT_MOST", "an upper bound, met at or below it (<20%: 20% is met)",
                "RANGE", "a range, met inside it, bounds included, whatever the polarity (260-300)",
                "EXACT", "an exact figure, met only on it (0 by end of March 2018)",
                "NONE", "explicitly no target (N/A)");
        values("ToleranceKind", "How a band around a figure is measured",
                "PERCENT", "a percentage of the reference figure",
                "ABSOLUTE", "an amount in the indicator's unit");
        values("Unit", "What the indicator's figures count",
                "PERCENT", "a percentage (20 is 20%)",
                "COUNT", "a number of people, cases or events",
                "RATE_PER_1000", "a rate per 1,000 (of the population the indicator names)",
                "RATE_PER_10000", "a rate per 10,000",
                "DAYS", "a number of days",
                "CURRENCY", "an amount of money in pounds",
                "RATIO", "a plain ratio");
        values("ValueState", "What a period's figure is",
                "AVAILABLE", "a figure with a number",
                "NOT_YET_AVAILABLE", "not yet available (data not yet released)",
                "SUPPRESSED", "withheld from publication (small numbers): its number is shown to editors only, and it is never rated",
                "NOT_APPLICABLE", "the measure does not apply to this period (N/A)",
                "NOT_PROVIDED", "information requested, not provided");
        values("DirectionBasis", "What a figure is compared with for the direction of travel",
                "PREVIOUS_PERIOD", "the previous quarter (for a year, the previous year)",
                "SAME_PERIOD_LAST_YEAR", "the same quarter of the previous financial year",
                "LAST_YEAR_OUTTURN", "the previous financial year's outturn");
        values("Frequency", "How often the indicator is reported",
                "MONTHLY", "every month",
                "QUARTERLY", "every quarter",
                "TERMLY", "every school term",
                "HALF_TERMLY", "every half term",
                "ANNUAL", "once a year (the outturn)");
        values("Measurement", "How a period's figure is measured",
                "SNAPSHOT", "as it stands at the period's end",
                "CUMULATIVE_YEAR_TO_DATE", "accumulated from the start of the financial year",
                "ROLLING_12_MONTHS", "over the 12 months to the period's end");
        values("ChangeKind", "What a change concerns",
                "DEFINITION", "the indicator's definition",
                "TARGET", "a target",
                "VALUE", "a figure",
                "OVERRIDE", "an officer's rating",
                "COMPARATOR", "comparator averages");
        values("ChangeAction", "What the change did",
                "CREATED", "the record was created (no 'before')",
                "UPDATED", "the record was changed",
                "DELETED", "the record was deleted (no 'after')");
        values("SignoffAction", "A sign-off event",
                "SIGN_OFF", "the period was signed off: its figures and overrides are locked and published",
                "REOPEN", "the period was reopened, with a note saying why");
        values("FeedChange", "What happened to a figure, or to a whole period",
                "PUBLISHED", "the figure as published now: new, corrected, or its period newly published",
                "REMOVED", "the figure of a published period was deleted",
                "WITHDRAWN", "the whole period is no longer published (withdrawn, or reopened after sign-off): drop its figures");
        values("RevisionEnding", "How a version of a figure stopped being current",
                "REPLACED", "a later version replaced it",
                "DELETED", "the figure was deleted");
        values("RowErrorCode", "The kind of error in a rejected import row",
                "HEADER_MISSING_COLUMN", "the CSV header lacks a required column (ref, period)",
                "HEADER_UNKNOWN_COLUMN", "the CSV header names a column the import does not know",
                "EMPTY_FILE", "the body is empty",
                "NO_ROWS", "a header, or a JSON body, with no rows",
                "ENCODING", "bytes that are not UTF-8, or a NUL character",
                "MALFORMED", "not CSV or JSON as expected: a quote left open, too many cells, an unknown field",
                "INVALID_PERIOD", "the period is not a financial year or a quarter",
                "UNKNOWN_REF", "no indicator has this ref",
                "INVALID_NUMBER", "the figure is not a number within the limits",
                "INVALID_STATE", "the state is not one of the ValueState values",
                "STATE_MISMATCH", "a state that contradicts the value (AVAILABLE without one; NOT_APPLICABLE with one),"
                        + " or a figure's field without a figure",
                "INVALID_TARGET", "the target cannot be read",
                "INVALID_FLAG", "provisional or estimated is not true or false",
                "TOO_LONG", "a text longer than its limit",
                "EMPTY_ROW", "a row that sets nothing",
                "DUPLICATE_ROW", "the same ref and period twice in one batch: both rows are reported",
                "PERIOD_SIGNED_OFF", "a figure for a period that is signed off: reopen it first");
        INTROS.put("RagCounts", "How many indicators have each rating, and how many in all");
        INTROS.put("DirectionCounts", "How many indicators moved better, the same or worse, and how many in all");
        INTROS.put("IndicatorPage", "One page of indicators, with the counts to page through the rest");
        INTROS.put("PeriodSignoffEvent", "A sign-off or a reopening: who, when, and the note given");
        INTROS.put("PeriodPublicationEvent", "A publication or a withdrawal: who, when, and the note given");
        INTROS.put("ImportRow", "One row of a JSON import: a figure and/or a target for an indicator and period");
        INTROS.put("ImportBatch", "A JSON import: its rows, and who enters them");
    }

    private ContractVocabulary() {
    }

    private static void values(String schema, String intro, String... pairs) {
        Map<String, String> meanings = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            meanings.put(pairs[i], pairs[i + 1]);
        }
        INTROS.put(schema, intro);
        VALUES.put(schema, meanings);
    }

    /** "\n- VALUE: meaning" for each value of an enum schema, if it is one. */
    static java.util.Optional<String> meanings(String name) {
        Map<String, String> meanings = VALUES.get(name);
        if (meanings == null) {
            return java.util.Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        meanings.forEach((value, meaning) -> text.append("\n- ").append(value).append(": ").append(meaning));
        return java.util.Optional.of(text.toString());
    }

    /** Gives the schema its description and, for an enum, the meaning of each value, unless it has its own. */
    static void describe(String name, Schema schema) {
        Map<String, String> meanings = VALUES.get(name);
        if (meanings != null && schema.getEnumeration() != null) {
            StringBuilder text = new StringBuilder(INTROS.get(name)).append(':');
            java.util.List<String> descriptions = new java.util.ArrayList<>();
            for (Object value : schema.getEnumeration()) {
                String meaning = meanings.getOrDefault(String.valueOf(value), "");
                text.append("\n- ").append(value).append(": ").append(meaning);
                descriptions.add(meaning);
            }
            schema.setDescription(text.toString());
            schema.addExtension("x-enum-descriptions", descriptions);
        } else if (schema.getDescription() == null && INTROS.containsKey(name)) {
            schema.setDescription(INTROS.get(name));
        }
    }
}
