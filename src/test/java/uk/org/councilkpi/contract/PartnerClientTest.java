package uk.org.councilkpi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.councilkpi.client.ApiClient;
import uk.org.councilkpi.client.ApiException;
import uk.org.councilkpi.client.ApiResponse;
import uk.org.councilkpi.client.api.ApiKeysApi;
import uk.org.councilkpi.client.api.FeedApi;
import uk.org.councilkpi.client.api.HistoryApi;
import uk.org.councilkpi.client.api.ScorecardsApi;
import uk.org.councilkpi.client.model.ApiKey;
import uk.org.councilkpi.client.model.ApiKeyRequest;
import uk.org.councilkpi.client.model.Feed;
import uk.org.councilkpi.client.model.FeedItem;
import uk.org.councilkpi.client.model.History;
import uk.org.councilkpi.client.model.Problem;
import uk.org.councilkpi.client.model.Scorecard;
import uk.org.councilkpi.support.Keys;

/**
 * The API as a partner agency uses it: through a Java client generated from {@code openapi/openapi.yaml} (the build
 * generates it into the test sources, package {@code uk.org.councilkpi.client}), nothing hand-written.
 */
@QuarkusTest
class PartnerClientTest {

    private static final String CHESHIRE_EAST = "Cheshire East Children and Families";

    @TestHTTPResource("/")
    URI root;

    private ApiClient client(String key) {
        ApiClient client = new ApiClient();
        // HTTP/1.1, as the service speaks (java.net.http would otherwise try an h2c upgrade); a read timeout, so that
        // a stalled answer fails the test instead of hanging the build.
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        return client;
    }

    private String partnerKey() throws ApiException {
        ApiKey issued = new ApiKeysApi(client(Keys.TEST_ADMIN_KEY)).issueApiKey(new ApiKeyRequest()
                .client("Cheshire Police data team").role(ApiKeyRequest.RoleEnum.PARTNER));
        assertEquals(ApiKey.RoleEnum.PARTNER, issued.getRole());
        assertTrue(issued.getActive());
        assertNotNull(issued.getKey(), "the key is in the answer that issues it");
        return issued.getKey();
    }

    @Test
    void shouldPullScorecardsHistoriesAndTheFeedAsAPartner() throws ApiException {
        ApiClient partner = client(partnerKey());

        ApiResponse<Scorecard> scorecard = new ScorecardsApi(partner).getScorecardWithHttpInfo("2017-18-Q2", null, null,
                null, null, CHESHIRE_EAST, null, null, null, null, null, null, null);
        assertEquals(200, scorecard.getStatusCode());
        Scorecard card = scorecard.getData();
        assertTrue(card.getPublished());
        assertEquals(73, card.getIndicators().size());
        assertEquals(6, card.getSummary().getRag().getRed());
        assertEquals(7, card.getSummary().getRag().getAmber());
        assertEquals(13, card.getSummary().getRag().getGreen());
        String etag = scorecard.getHeaders().get("ETag").get(0);

        ApiException notModified = assertThrows(ApiException.class, () -> new ScorecardsApi(partner)
                .getScorecardWithHttpInfo("2017-18-Q2", null, null, null, null, CHESHIRE_EAST, null, null, null, null, null,
                        null, etag));
        assertEquals(304, notModified.getCode(), "an unchanged scorecard is not sent again");
        assertEquals(etag, notModified.getResponseHeaders().firstValue("ETag").orElseThrow());

        History history = new HistoryApi(partner).getIndicatorHistory("1.11", null, null, null);
        assertEquals("1.11", history.getRef());
        assertFalse(history.getEntries().isEmpty());
        assertTrue(history.getEntries().stream().anyMatch(e -> "2017-18-Q2".equals(e.getPeriod())));

        List<FeedItem> items = new ArrayList<>();
        Feed page = new FeedApi(partner).getFeed(100, null);
        items.addAll(page.getItems());
        int pages = 1;
        while (page.getMore()) {
            page = new FeedApi(partner).getFeed(100, page.getCursor());
            items.addAll(page.getItems());
            pages++;
        }
        assertTrue(pages > 1, "the demo data set's published figures take more than one page of 100");
        assertTrue(items.stream().anyMatch(i -> "1.11".equals(i.getRef()) && "2017-18-Q2".equals(i.getPeriod())));
        Feed caughtUp = new FeedApi(partner).getFeed(100, page.getCursor());
        assertTrue(caughtUp.getItems().isEmpty(), "nothing new since the last cursor");
    }

    @Test
    void shouldReadTheProblemOfARefusedCall() throws Exception {
        ApiClient partner = client(partnerKey());
        ApiException refused = assertThrows(ApiException.class, () -> new ApiKeysApi(partner).listApiKeys());
        assertEquals(403, refused.getCode());
        assertEquals("application/problem+json",
                refused.getResponseHeaders().firstValue("Content-Type").orElseThrow());
        Problem problem = partner.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("urn:councilkpi:problem:forbidden", problem.getType());
        assertEquals(403, problem.getStatus());
        assertTrue(problem.getDetail().contains("admin"), problem.getDetail());
    }
}
