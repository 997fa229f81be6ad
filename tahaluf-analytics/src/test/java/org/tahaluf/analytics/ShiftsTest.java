package org.tahaluf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Change points in a dyad's series, on streams with a known change. */
class ShiftsTest {

    @Test
    void aDyadThatTurnsFromConflictToCooperationFlipsAtTheFirstMonthOfCooperation() {
        Synthetic s = new Synthetic()
                .fight("US", "SY", Synthetic.day("2026-01-10")).fight("US", "SY", Synthetic.day("2026-02-03"))
                .cooperate("US", "SY", Synthetic.day("2026-03-15")).cooperate("US", "SY", Synthetic.day("2026-04-02"))
                .cooperate("US", "SY", Synthetic.day("2026-04-20"));

        DyadSeries series = DyadSeries.of("US", "SY", Period.MONTH, s.signals());

        assertThat(series.points()).hasSize(4);
        assertThat(series.shifts()).filteredOn(x -> x.kind() == Shift.Kind.SIGN_FLIP).singleElement().satisfies(x -> {
            assertThat(x.at()).isEqualTo(Synthetic.day("2026-03-01"));
            assertThat(x.fromSign()).isEqualTo(-1);
            assertThat(x.toSign()).isEqualTo(1);
        });
    }

    @Test
    void aSteadyDyadHasNoShift() {
        Synthetic s = new Synthetic();
        for (int month = 1; month <= 6; month++) {
            s.cooperate("A", "B", Synthetic.day(String.format("2026-%02d-10", month)));
        }

        assertThat(DyadSeries.of("A", "B", Period.MONTH, s.signals()).shifts()).isEmpty();
    }

    @Test
    void aSuddenSurgeOfFightingIsAnIntensityJump() {
        Synthetic s = new Synthetic().fight("A", "B", Synthetic.day("2026-01-05"));
        for (int i = 0; i < 5; i++) {
            s.fight("A", "B", Synthetic.day("2026-01-26"));
        }

        DyadSeries series = DyadSeries.of("A", "B", Period.WEEK, s.signals());

        assertThat(series.points()).hasSize(4);
        assertThat(series.shifts()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Shift.Kind.INTENSITY_JUMP);
            assertThat(x.at()).isEqualTo(Synthetic.day("2026-01-26"));
        });
    }

    @Test
    void gapsBetweenPeriodsAreEmptyPeriodsNotMissingOnes() {
        Synthetic s = new Synthetic().cooperate("A", "B", Synthetic.day("2026-01-05")).cooperate("A", "B", Synthetic.day("2026-05-05"));

        assertThat(DyadSeries.of("A", "B", Period.MONTH, s.signals()).points())
                .extracting(DyadSeries.Point::events).containsExactly(1, 0, 0, 0, 1);
    }
}
