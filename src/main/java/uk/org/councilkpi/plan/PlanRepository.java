package uk.org.councilkpi.plan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.org.councilkpi.definition.DefinitionRepository;

@ApplicationScoped
public class PlanRepository implements DefinitionRepository<Plan> {

    public List<Plan> inRefOrder() {
        return listAll(Sort.by("ref"));
    }
}
