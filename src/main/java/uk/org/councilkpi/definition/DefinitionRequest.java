package uk.org.councilkpi.definition;

/** A request that defines something by its ref: the ref it creates, or, to replace it, the ref it must keep. */
public interface DefinitionRequest {

    String ref();
}
