package uk.org.councilkpi.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. */
public record PageResponse<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "This page's number, from 0", examples = "0") int page,
        @Schema(description = "The page size asked for", examples = "50") int size,
        @Schema(description = "How many items match, on all pages", examples = "73") long totalItems,
        @Schema(description = "How many pages there are", examples = "2") int totalPages) {
}
