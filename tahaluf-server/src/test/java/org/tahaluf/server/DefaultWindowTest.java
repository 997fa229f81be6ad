package org.tahaluf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tahaluf.store.DateRange;

class DefaultWindowTest {

    @Test
    void aStoreOfAYearOrLessOpensWhole() {
        assertThat(DefaultWindow.of(new DateRange(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 4, 21))))
                .isEqualTo(new DefaultWindow(null, null));
        assertThat(DefaultWindow.of(new DateRange(null, null))).isEqualTo(new DefaultWindow(null, null));
    }

    @Test
    void yearsOfNewsOpenOnTheLastMonth() {
        assertThat(DefaultWindow.of(new DateRange(LocalDate.of(2012, 10, 11), LocalDate.of(2018, 10, 20))))
                .isEqualTo(new DefaultWindow(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 31)));
    }
}
