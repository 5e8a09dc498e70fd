package uk.org.councilkpi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.councilkpi.status.ProgressRating;

/** The progress cells of Halton's reports as the PDF conversion left them (demo/halton_milestones.csv). */
class PrintedProgressTest {

    @ParameterizedTest(name = "''{0}'' with commentary ''{1}'' is {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // ticks, however converted: 2015/16 (✓, bold, LaTeX) and 2009/10 (a checked box)
            "✓|NULL|ON_COURSE",
            "<b>✓</b>|NULL|ON_COURSE",
            "$\\checkmark$|NULL|ON_COURSE",
            "<input checked=\"\" type=\"checkbox\"/>|Post holder in place from 1 st September 2009|ON_COURSE",
            " ✓ |NULL|ON_COURSE",
            // 2015/16 Q2 CED08a, 2009/10 SS 2's risk control measure
            "?|NULL|UNCERTAIN",
            "✗|NULL|OFF_COURSE",
            "x|NULL|OFF_COURSE",
            // 2024/25: the return never came
            "|Information requested, not provided|NOT_PROVIDED",
            "NULL|Information requested, not provided.|NOT_PROVIDED",
            "Information requested, not provided|NULL|NOT_PROVIDED",
            // a symbol lost in the conversion: never a guess
            "|374 children in care, a positive reduction of 2% from previous quarter Q4 381.|NOT_KNOWN",
            "NULL|NULL|NOT_KNOWN",
            "1|NULL|NOT_KNOWN",
            "~|NULL|NOT_KNOWN",
            "<b>4</b>|NULL|NOT_KNOWN",
            "↑|Steady increase in attendances from previous 12 months|NOT_KNOWN",
            "New measure|36% of the population (503 children) were accessing a funded place|NOT_KNOWN",
            // a tick with the words beside it is still a tick: the commentary does not decide
            "✓|Information requested, not provided|ON_COURSE"})
    void shouldReadEveryPrintedCell(String cell, String commentary, ProgressRating expected) {
        assertEquals(expected, PrintedProgress.read(cell, commentary).rating());
    }

    @Test
    void shouldSayWhyASymbolIsNotKnown() {
        assertEquals("'1' is no progress symbol (a glyph or words the conversion left): not known",
                PrintedProgress.read("1", null).why());
        assertEquals("no symbol left in the converted report: lost, not known", PrintedProgress.read("", "text").why());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Appoint a designated officer to manage care leaver employment by September 2009|2009-09-30",
            "Recruit to the vacant 4 social work posts in the adoption and fostering services by June 2009|2009-06-30",
            "Complete RAG categorisation process for all EYFS settings by October 2015 and identify actions|2015-10-31",
            "Increase the number of in house foster care placements by 8 by September 2009 (10% increase)|2009-09-30",
            "Review of Specialist provision available for Halton children and young people.|NULL"})
    void shouldReadADueDateFromAMilestonesText(String text, LocalDate due) {
        assertEquals(Optional.ofNullable(due), PrintedDueDate.inText(text));
    }

    @Test
    void shouldReadTheShortFormOfAnActionsTargetColumn() {
        assertEquals(Optional.of(LocalDate.of(2010, 3, 31)), PrintedDueDate.shortForm("Mar 10 OD Specialist Services and all DM's"));
        assertEquals("OD Specialist Services and all DM's", PrintedDueDate.afterShortForm("Mar 10 OD Specialist Services and all DM's"));
        assertEquals(Optional.empty(), PrintedDueDate.shortForm("Jamie Pope"));
    }
}
