package org.tahaluf.analytics;

/**
 * Three actors tied pairwise, with the sign of each tie. It is balanced when the product of the
 * signs is positive (friends of friends are friends, the enemy of my enemy is my friend).
 */
public record Triad(String a, String b, String c, int ab, int bc, int ca) {

    public boolean balanced() {
        return ab * bc * ca > 0;
    }
}
