package uk.org.councilkpi.value;

/**
 * A figure that is suppressed now or was at some time, as it is now: its current version (null once deleted) and
 * whether that version is suppressed.
 * <p>
 * Suppression protects small numbers about identifiable people, so once a figure has been suppressed, no earlier
 * number of it may reach a viewer or partner again, whatever instant a read asks for. Editors see the past as it was.
 */
public record Suppression(Long currentVersion, boolean suppressedNow) {

    public static String key(long indicatorId, String period) {
        return indicatorId + "|" + period;
    }

    /**
     * Whether a version of this figure, as a past read loaded it, must be shown suppressed to a viewer:
     * <ul>
     *   <li>yes while the figure is suppressed now;</li>
     *   <li>yes for every version but the current one (a number suppressed once stays hidden, and so do the ones
     *       before it), and for every version once the figure is deleted;</li>
     *   <li>no for the current version when it is not suppressed: an editor has since published that number.</li>
     * </ul>
     */
    public boolean hides(IndicatorValue version) {
        return suppressedNow || currentVersion == null || version.version != currentVersion;
    }
}
