package org.tahaluf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The signed graph on event streams whose answer is known. */
class AllianceGraphTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Test
    void theEnemyOfMyEnemyIsMyFriendIsABalancedTriad() {
        AllianceGraph g = new Synthetic().cooperate("A", "B", DAY).fight("B", "C", DAY).fight("A", "C", DAY).graph();

        assertThat(Balance.triads(g.edges())).singleElement().satisfies(t -> assertThat(t.balanced()).isTrue());
        assertThat(g.unbalanced()).isEmpty();
    }

    @Test
    void twoFriendsOfOneActorAtWarWithEachOtherBreakBalance() {
        AllianceGraph g = new Synthetic().cooperate("A", "B", DAY).cooperate("B", "C", DAY).fight("A", "C", DAY).graph();

        assertThat(g.unbalanced()).singleElement().satisfies(t -> {
            assertThat(t.a()).isEqualTo("A");
            assertThat(t.ca()).isEqualTo(-1);
        });
    }

    @Test
    void alliesGatherInOneBlocAndAdversariesInAnother() {
        AllianceGraph g = new Synthetic()
                .cooperate("A", "B", DAY).cooperate("B", "C", DAY).cooperate("A", "C", DAY)
                .cooperate("D", "E", DAY)
                .fight("A", "D", DAY).fight("B", "E", DAY).fight("C", "D", DAY)
                .graph();

        int west = g.node("A").orElseThrow().bloc();
        int east = g.node("D").orElseThrow().bloc();
        assertThat(west).isNotEqualTo(east);
        assertThat(g.bloc(west)).extracting(GraphNode::id).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(g.bloc(east)).extracting(GraphNode::id).containsExactlyInAnyOrder("D", "E");
        assertThat(west).isEqualTo(1);
    }

    @Test
    void anActorFoughtAndFoughtBesideIsAnAmbivalentDyad() {
        AllianceGraph g = new Synthetic().cooperate("US", "MILITIA", DAY).fight("US", "MILITIA", DAY)
                .cooperate("US", "IRAQ", DAY).graph();

        assertThat(g.edge("US", "MILITIA")).hasValueSatisfying(e -> assertThat(e.ambivalent()).isTrue());
        assertThat(g.edge("US", "IRAQ")).hasValueSatisfying(e -> {
            assertThat(e.ambivalent()).isFalse();
            assertThat(e.sign()).isEqualTo(1);
        });
    }

    @Test
    void oneWordAgainstManyBlowsIsNotAmbivalence() {
        AllianceGraph g = new Synthetic().fight("A", "B", DAY).fight("A", "B", DAY).fight("A", "B", DAY)
                .add("A", "B", 1, Intensity.standard().typeWeight(org.tahaluf.core.EventType.CONSULT), DAY,
                        org.tahaluf.core.EventType.CONSULT)
                .graph();

        assertThat(g.edge("A", "B")).hasValueSatisfying(e -> {
            assertThat(e.ambivalent()).isFalse();
            assertThat(e.sign()).isEqualTo(-1);
        });
    }

    @Test
    void anActorCooperatingWithBothBlocsIsABroker() {
        AllianceGraph g = new Synthetic()
                .cooperate("A", "B", DAY).cooperate("D", "E", DAY).fight("A", "D", DAY).fight("B", "E", DAY)
                .cooperate("M", "A", DAY).cooperate("M", "E", DAY)
                .graph();

        assertThat(g.brokers()).extracting(Broker::actor).contains("M");
    }

    @Test
    void aMapKeepsOnlyTheStrongestActorsWhenAsked() {
        Synthetic s = new Synthetic().fight("A", "B", DAY).fight("A", "B", DAY).cooperate("C", "D", DAY);
        AllianceGraph all = s.graph();
        AllianceGraph top = GraphBuilder.build(Window.all(), s.signals(),
                java.util.Map.of("A", Synthetic.actor("A"), "B", Synthetic.actor("B")), java.util.Map.of(), 2);

        assertThat(all.nodes()).hasSize(4);
        assertThat(top.nodes()).extracting(GraphNode::id).containsExactly("A", "B");
        assertThat(top.edges()).hasSize(1);
    }
}
