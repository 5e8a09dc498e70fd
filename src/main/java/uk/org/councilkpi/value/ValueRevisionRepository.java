package uk.org.councilkpi.value;

import static uk.org.councilkpi.common.SqlValues.instant;
import static uk.org.councilkpi.common.SqlValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import uk.org.councilkpi.indicator.Indicator;
import uk.org.councilkpi.status.ValueState;

/** Reads the versions of figures that the history triggers kept (table indicator_value_history). */
@ApplicationScoped
public class ValueRevisionRepository {

    private final EntityManager em;

    public ValueRevisionRepository(EntityManager em) {
        this.em = em;
    }

    /** A figure's earlier versions, newest first. */
    @SuppressWarnings("unchecked")
    public List<ValueRevisionResponse> forPeriod(Indicator indicator, String period) {
        List<Object[]> rows = em.createNativeQuery("""
                select state, number, provisional, estimated, note, commentary, entered_by, entered_at, batch_id,
                       valid_to, ended_how, ended_by, ended_batch_id, change_reason, ended_reason
                from indicator_value_history
                where indicator_id = :indicator and period = :period
                order by valid_to desc, valid_from desc""")
                .setParameter("indicator", indicator.id).setParameter("period", period).getResultList();
        return rows.stream().map(r -> new ValueRevisionResponse(indicator.ref, period, ValueState.valueOf((String) r[0]),
                r[1] == null ? null : ((BigDecimal) r[1]).stripTrailingZeros(), (Boolean) r[2], (Boolean) r[3],
                (String) r[4], (String) r[5], (String) r[6], instant(r[7]), number(r[8]), instant(r[9]),
                ValueRevisionResponse.Ending.valueOf((String) r[10]), (String) r[11], number(r[12]),
                (String) r[13], (String) r[14])).toList();
    }
}
