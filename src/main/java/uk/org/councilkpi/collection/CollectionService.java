package uk.org.councilkpi.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import static uk.org.councilkpi.common.SqlValues.instant;

import uk.org.councilkpi.indicator.Frequency;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.problem.ApiException;
import uk.org.councilkpi.report.PlanScope;
import uk.org.councilkpi.status.ProgressRating;

/**
 * The collection round of a period: the items a report covers ({@link PlanScope}: its plans' milestones and indicators,
 * and the directorate's others), each with its return or none, grouped by responsible officer. An indicator reported
 * annually is expected for a year, not for its quarters. Six statements, whatever the size.
 */
@ApplicationScoped
public class CollectionService {

    static final String NOT_PROVIDED = "NOT_PROVIDED";

    private final PlanScope scope;
    private final EntityManager em;

    public CollectionService(PlanScope scope, EntityManager em) {
        this.scope = scope;
        this.em = em;
    }

    private record Owner(String name, String email) {
    }

    private record Owned(Owner owner, CollectionResponse.Item item) {
    }

    @Transactional
    public CollectionResponse collection(String periodCode, String directorate, String planRef) {
        Period period = Period.parse(periodCode);
        PlanScope.Loaded loaded = scope.load(period, directorate, planRef, null);
        if (planRef != null && loaded.plans().isEmpty()) {
            throw ApiException.notFound("No plan with ref '" + planRef + "' in force in " + period.code());
        }
        List<Owned> items = new ArrayList<>();
        BiPredicate<Long, String> covers = loaded.covers(directorate, planRef != null);
        for (Object[] r : indicators(period)) {
            long id = ((Number) r[0]).longValue();
            boolean expected = Frequency.valueOf((String) r[7]).expectsReturnFor(period);
            if (covers.test(id, (String) r[6]) && expected) {
                String state = (String) r[8];
                items.add(new Owned(new Owner(blank((String) r[4]), blank((String) r[5])),
                        new CollectionResponse.Item("INDICATOR", (String) r[1], (String) r[2], (String) r[3],
                                status(state, NOT_PROVIDED.equals(state)), state, (String) r[9], instant(r[10]))));
            }
        }
        for (PlanScope.Milestone m : loaded.milestones()) {
            PlanScope.Return ret = loaded.returnOf(m.id(), period.code());
            String rating = ret == null ? null : ret.rating().name();
            items.add(new Owned(new Owner(blank(m.officer()), blank(m.email())),
                    new CollectionResponse.Item(m.kind().name(), m.ref(), m.title(), m.service(),
                            status(rating, ret != null && ret.rating() == ProgressRating.NOT_PROVIDED), rating,
                            ret == null ? null : ret.enteredBy(), ret == null ? null : ret.enteredAt())));
        }
        Map<Owner, List<CollectionResponse.Item>> byOwner = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing((Owned o) -> o.owner().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(o -> o.owner().email(), Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(o -> byOwner.computeIfAbsent(o.owner(), k -> new ArrayList<>()).add(o.item()));
        List<CollectionResponse.Officer> officers = new ArrayList<>();
        byOwner.forEach((owner, list) -> officers.add(new CollectionResponse.Officer(owner.name(), owner.email(),
                new ArrayList<>(list.stream().map(CollectionResponse.Item::service).filter(Objects::nonNull)
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new))),
                counts(list), template(period, owner.name()), list)));
        return new CollectionResponse(period.code(), directorate, planRef,
                counts(items.stream().map(Owned::item).toList()), officers);
    }

    /** Every indicator with what decides whether it is covered, and its figure for the period if any: one statement. */
    @SuppressWarnings("unchecked")
    private List<Object[]> indicators(Period period) {
        return em.createNativeQuery("select i.id, i.ref, i.title, i.service, i.responsible_officer, i.responsible_email,"
                        + " i.directorate, i.frequency, v.state, v.entered_by, v.entered_at from indicator i"
                        + " left join indicator_value v on v.indicator_id = i.id and v.period = :period"
                        + " order by i.directorate, i.id")
                .setParameter("period", period.code()).getResultList();
    }

    private static String status(String returned, boolean notProvided) {
        return returned == null ? "MISSING" : notProvided ? NOT_PROVIDED : "COMPLETE";
    }

    private static CollectionResponse.Counts counts(List<CollectionResponse.Item> items) {
        int complete = 0;
        int notProvided = 0;
        int missing = 0;
        for (CollectionResponse.Item i : items) {
            switch (i.status()) {
                case "COMPLETE" -> complete++;
                case NOT_PROVIDED -> notProvided++;
                default -> missing++;
            }
        }
        return new CollectionResponse.Counts(items.size(), complete, notProvided, missing);
    }

    private static String template(Period period, String officer) {
        String path = "/api/v1/imports/template?period=" + period.code();
        return officer == null ? path : path + "&responsibleOfficer="
                + URLEncoder.encode(officer, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
