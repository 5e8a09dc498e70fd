package uk.org.councilkpi.common;

import jakarta.persistence.MappedSuperclass;

/**
 * A definition someone answers for each period (an indicator, a milestone): where it sits in the council and its
 * responsible officer, whom the collection round asks for its return.
 */
@MappedSuperclass
public abstract class OwnedDefinition extends Definition {

    public String directorate;
    public String service;
    public String responsibleOfficer;
    /** The owner's e-mail, for the collection round (V10). */
    public String responsibleEmail;
}
