package uk.org.councilkpi.common;

/** What a PUT stored, and whether it created the resource or replaced it (the resource answers 201 or 200). */
public record Stored<T>(T body, boolean created) {
}
