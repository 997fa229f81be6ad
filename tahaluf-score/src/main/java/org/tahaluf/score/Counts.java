package org.tahaluf.score;

/**
 * What one document contributes to the micro-averaged metrics: required gold items found, and
 * system items that the gold accepts. Added up over documents.
 */
public record Counts(int actorTp, int actorReq, int actorSys, int actorSysOk,
                     int dyadTp, int dyadReq, int dyadSys, int dyadSysOk,
                     int claimTp, int claimReq, int threatTp, int threatReq) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(actorTp + o.actorTp, actorReq + o.actorReq, actorSys + o.actorSys, actorSysOk + o.actorSysOk,
                dyadTp + o.dyadTp, dyadReq + o.dyadReq, dyadSys + o.dyadSys, dyadSysOk + o.dyadSysOk,
                claimTp + o.claimTp, claimReq + o.claimReq, threatTp + o.threatTp, threatReq + o.threatReq);
    }
}
