package org.tahaluf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tahaluf.core.EventType;
import org.tahaluf.core.Modality;

/** The intensity scale's own lint: every type and modality weighed, in range, in the documented order. */
class IntensityTest {

    private final Intensity scale = Intensity.standard();

    @Test
    void everyTypeWeighsBetweenOneAndTen() {
        for (EventType t : EventType.values()) {
            assertThat(scale.typeWeight(t)).as(t.name()).isBetween(1.0, 10.0);
        }
    }

    @Test
    void certaintyOrdersTheModalitiesAndADenialWeighsNothing() {
        double asserted = scale.weight(EventType.ASSAULT, Modality.ASSERTED);
        double expected = scale.weight(EventType.ASSAULT, Modality.EXPECTED);
        double intended = scale.weight(EventType.ASSAULT, Modality.INTENDED);
        double hypothetical = scale.weight(EventType.ASSAULT, Modality.HYPOTHETICAL);

        assertThat(asserted).isEqualTo(scale.typeWeight(EventType.ASSAULT));
        assertThat(asserted).isGreaterThan(expected);
        assertThat(expected).isGreaterThan(intended);
        assertThat(intended).isGreaterThan(hypothetical);
        assertThat(scale.weight(EventType.ASSAULT, Modality.NEGATED)).isZero();
    }

    @Test
    void forceOutweighsWords() {
        assertThat(scale.typeWeight(EventType.ASSAULT)).isGreaterThan(scale.typeWeight(EventType.THREATEN));
        assertThat(scale.typeWeight(EventType.THREATEN)).isGreaterThan(scale.typeWeight(EventType.ACCUSE));
        assertThat(scale.typeWeight(EventType.AID)).isGreaterThan(scale.typeWeight(EventType.CONSULT));
    }
}
