package uk.org.councilkpi.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.org.councilkpi.common.Definition;

/** A council plan ("Children and Young People Plan 2024-27"): the root of its priorities and objectives. */
@Entity
@Table(name = "plan")
public class Plan extends Definition {

    public String directorate;
    public String fromPeriod;
    public String toPeriod;
}
