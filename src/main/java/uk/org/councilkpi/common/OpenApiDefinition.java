package uk.org.councilkpi.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.councilkpi.problem.Problem;

/** The contract's front page and the problem answers every operation shares. */
@OpenAPIDefinition(
        info = @Info(title = "Council performance indicators API", version = "1.0.0",
                description = "Indicators, targets and quarterly figures of English councils, with the traffic-light"
                        + " status (RAG) and direction of travel computed on every read, as the councils' scrutiny"
                        + " reports print them. Periods are financial years (2017-18, the year-end outturn) and"
                        + " their quarters (2017-18-Q2). Every error is an RFC 9457 problem (application/problem+json)."
                        + " Callers send an API key as 'Authorization: Bearer <key>'. Roles, each including the ones"
                        + " before it: viewer (published figures), partner (and the feed of published changes), editor"
                        + " (drafts, suppressed numbers, every write of figures), admin (indicators, targets, sign-off,"
                        + " publication, keys). Each operation gives the least role it needs as x-required-role, and"
                        + " says it in its description.",
                contact = @Contact(name = "Council performance indicators API team"),
                license = @License(name = "Open Government Licence v3.0",
                        url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
        tags = {
                @Tag(name = "Indicators", description = "Define the indicators a council reports on"),
                @Tag(name = "Targets", description = "Targets per financial year, optionally per quarter"),
                @Tag(name = "Values", description = "The figures for each period, with their state and commentary"),
                @Tag(name = "Overrides", description = "A performance officer's judgement of a rating, shown beside the computed one"),
                @Tag(name = "Comparators", description = "Statistical-neighbour and national averages"),
                @Tag(name = "Scorecards", description = "Every matching indicator for a period, with RAG, direction of travel and the counts a report prints, computed on read"),
                @Tag(name = "History", description = "An indicator's figures over time with their computed status, and every change made to it"),
                @Tag(name = "Sign-off", description = "Signing a quarter off, and reopening it"),
                @Tag(name = "Imports", description = "Loading a quarter's figures in one batch, from a spreadsheet or JSON"),
                @Tag(name = "Publication", description = "Publishing a period's figures to viewers and partners before sign-off, and withdrawing them"),
                @Tag(name = "Feed", description = "Published figures changed since a cursor, for partners' incremental sync"),
                @Tag(name = "Plans", description = "Plans, their priorities and objectives, and the indicators that serve them"),
                @Tag(name = "Milestones", description = "Milestones, risk control measures and actions, and the progress rated each quarter"),
                @Tag(name = "API keys", description = "Keys for named clients, each with one role"),
                @Tag(name = "Reports", description = "The quarterly report's data: plans, priorities and objectives with their"
                        + " milestones' progress and their indicators' RAG, and the counts a council prints"),
                @Tag(name = "Collection", description = "The quarter's collection round: per responsible officer, what has a"
                        + " return, what is missing and what was reported as not provided"),
                @Tag(name = "Pictures", description = "An indicator's chart (SVG) and the committee report (HTML or PDF), drawn"
                        + " from the same data and publication rules as histories and scorecards")
        },
        components = @Components(responses = {
                @APIResponse(name = ApiResponses.BAD_REQUEST_REF, responseCode = "400",
                        description = "Invalid input: each rejected field is named with its reason",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.UNAUTHORIZED_REF, responseCode = "401",
                        description = "No API key, or one that is unknown, revoked or expired; the problem names the role needed",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.FORBIDDEN_REF, responseCode = "403",
                        description = "The key's role does not include the one the operation needs, which the problem names",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.NOT_FOUND_REF, responseCode = "404",
                        description = "No indicator with that ref, or nothing recorded for that period",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.CONFLICT_REF, responseCode = "409",
                        description = "The request conflicts with what is stored, or the period is signed off",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.NOT_ACCEPTABLE_REF, responseCode = "406",
                        description = "None of the media types the operation answers in is acceptable (Accept)",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.PRECONDITION_FAILED_REF, responseCode = "412",
                        description = "If-Match names a version that is no longer current: read again and retry",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.TOO_LARGE_REF, responseCode = "413",
                        description = "The request body is larger than allowed",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.UNSUPPORTED_MEDIA_TYPE_REF, responseCode = "415",
                        description = "The body is not of a media type the operation accepts (or not in UTF-8)",
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.UNAVAILABLE_REF, responseCode = "503",
                        description = "The database cannot be reached just now: retry after the seconds Retry-After gives",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                                schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiResponses.TOO_MANY_REQUESTS_REF, responseCode = "429",
                        description = "Over the rate limit of this caller (its API key, or else its address): retry after"
                                + " the seconds Retry-After gives. Answers within the limit carry X-RateLimit-Limit and"
                                + " X-RateLimit-Remaining",
                        headers = {
                                @Header(name = "Retry-After", description = "Seconds to wait before the next request",
                                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
                                @Header(name = "X-RateLimit-Limit", description = "How many requests a caller may send at once",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                @Header(name = "X-RateLimit-Remaining", description = "How many are left now (0)",
                                        schema = @Schema(type = SchemaType.INTEGER))
                        },
                        content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
        }))
public class OpenApiDefinition extends Application {
}
