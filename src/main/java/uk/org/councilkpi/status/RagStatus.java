package uk.org.councilkpi.status;

/** A computed traffic light with the reason and a sentence a dashboard can show. */
public record RagStatus(Rag rating, RagReason reason, String explanation) {
}
