package org.tahaluf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.tahaluf.analytics.Analytics;
import org.tahaluf.analytics.AnalyticsJson;
import org.tahaluf.analytics.Brief;
import org.tahaluf.analytics.BriefMarkdown;
import org.tahaluf.analytics.Citation;
import org.tahaluf.analytics.DyadSeries;
import org.tahaluf.analytics.Hotspot;
import org.tahaluf.analytics.Period;
import org.tahaluf.analytics.Shift;
import org.tahaluf.analytics.Window;
import org.tahaluf.store.Store;

/** The analytics module behind the API: its graph JSON as is (the contract's), the rest as the web app reads it. */
public final class StoreAnalyses implements Analyses {

    private final Analytics analytics;

    public StoreAnalyses(Store store) {
        this.analytics = new Analytics(store);
    }

    @Override
    public ObjectNode graph(LocalDate from, LocalDate to) {
        return AnalyticsJson.graph(analytics.graph(new Window(from, to)));
    }

    @Override
    public ObjectNode dyad(String a, String b, LocalDate from, LocalDate to) {
        DyadSeries series = analytics.dyad(a, b, new Window(from, to), Period.MONTH);
        ObjectNode out = ApiJson.object().put("a", series.a()).put("b", series.b())
                .put("period", series.period().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode points = out.putArray("points");
        for (DyadSeries.Point p : series.points()) {
            points.addObject().put("start", ApiJson.date(p.start())).put("cooperation", p.cooperation())
                    .put("conflict", p.conflict()).put("net", p.net()).put("events", p.events());
        }
        ArrayNode shifts = out.putArray("shifts");
        for (Shift s : series.shifts()) {
            shifts.addObject().put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT)).put("at", ApiJson.date(s.at()))
                    .put("from", s.fromSign()).put("to", s.toSign()).put("before", s.before()).put("after", s.after());
        }
        return out;
    }

    @Override
    public JsonNode hotspots(LocalDate from, LocalDate to) {
        ArrayNode out = ApiJson.array();
        for (Hotspot h : analytics.hotspots(new Window(from, to))) {
            ObjectNode o = out.addObject().put("place", h.place()).put("place_text", h.placeText())
                    .put("violent", h.violent()).put("threats", h.threats())
                    .put("previous_violent", h.previousViolent()).put("previous_threats", h.previousThreats())
                    .put("trend", h.trend() == null ? null : h.trend().code())
                    .put("stated_trend", h.stated() == null ? null : h.stated().code());
            h.actors().forEach(o.putArray("actors")::add);
            ArrayNode evidence = o.putArray("evidence");
            for (Citation c : h.evidence()) {
                evidence.add(AnalyticsJson.mapper().valueToTree(c));
            }
        }
        return out;
    }

    @Override
    public ObjectNode brief(LocalDate from, LocalDate to, String lang) {
        Brief brief = analytics.brief(new Window(from, to), lang);
        ObjectNode out = ApiJson.object().put("markdown", BriefMarkdown.render(brief));
        out.set("brief", AnalyticsJson.brief(brief));
        return out;
    }

    @Override
    public java.util.Set<String> members(String node) {
        return analytics.members(node);
    }
}
