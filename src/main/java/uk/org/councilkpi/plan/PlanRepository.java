package uk.org.councilkpi.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public Optional<Plan> findByRef(String ref) {
        return find("ref", ref).firstResultOptional();
    }

    public List<Plan> inRefOrder() {
        return listAll(Sort.by("ref"));
    }
}
