package org.tahaluf.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tahaluf.core.Trend;

/** Writes a {@link Brief} as Markdown in its language; every line ends with its sources as [n:sentence]. */
public final class BriefMarkdown {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Alliance brief", "موجز التحالفات"}),
            Map.entry("scope", new String[] {"articles: %d · coded events: %d", "المقالات: %d · الأحداث المرمّزة: %d"}),
            Map.entry("legend", new String[] {"Actors named", "الفاعلون المذكورون"}),
            Map.entry("blocs", new String[] {"Blocs", "التكتلات"}),
            Map.entry("bloc", new String[] {"Bloc", "التكتل"}),
            Map.entry("cooperation", new String[] {"Main cooperation", "أبرز علاقات التعاون"}),
            Map.entry("conflict", new String[] {"Main conflict", "أبرز علاقات الصراع"}),
            Map.entry("ambivalent", new String[] {"Ambivalent relations (both cooperation and conflict)",
                    "علاقات ملتبسة (تعاون وصراع معاً)"}),
            Map.entry("moves", new String[] {"Relocations, deployments and withdrawals", "إعادة التموضع والانتشار والانسحاب"}),
            Map.entry("shifts", new String[] {"Shifts", "التحولات"}),
            Map.entry("hotspots", new String[] {"Hotspots", "بؤر التوتر"}),
            Map.entry("mediation", new String[] {"Mediation", "الوساطة"}),
            Map.entry("claims", new String[] {"Key claims", "أبرز التصريحات"}),
            Map.entry("sources", new String[] {"Sources", "المصادر"}),
            Map.entry("none", new String[] {"none in this window", "لا شيء في هذه الفترة"}),
            Map.entry("coop", new String[] {"cooperation", "تعاون"}),
            Map.entry("confl", new String[] {"conflict", "صراع"}),
            Map.entry("mediates", new String[] {"mediates between", "يتوسط بين"}),
            Map.entry("and", new String[] {" and ", " و"}),
            Map.entry("at", new String[] {"at", "في"}),
            Map.entry("violent", new String[] {"violent events", "أحداث عنف"}),
            Map.entry("threats", new String[] {"threat statements", "تصريحات تهديد"}),
            Map.entry("previous", new String[] {"previous window", "الفترة السابقة"}),
            Map.entry("stated", new String[] {"stated trend", "الاتجاه المذكور"}),
            Map.entry("rising", new String[] {"rising", "متصاعد"}),
            Map.entry("falling", new String[] {"falling", "متراجع"}),
            Map.entry("stable", new String[] {"stable", "مستقر"}),
            Map.entry("flip", new String[] {"moved from %s to %s from %s", "انتقلت من %s إلى %s ابتداءً من %s"}),
            Map.entry("jump", new String[] {"intensity jumped in the period from %s (%.1f against a mean of %.1f)",
                    "قفزت حدتها في الفترة التي تبدأ في %s (%.1f مقابل متوسط %.1f)"}),
            Map.entry("actors", new String[] {"active", "الفاعلون"}));

    private BriefMarkdown() {
    }

    public static String render(Brief brief) {
        int l = brief.language().equals("ar") ? 1 : 0;
        Map<String, Integer> numbers = new HashMap<>();
        brief.sources().forEach(s -> numbers.put(s.documentId(), s.number()));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(w("title", l)).append(" — ").append(brief.window()).append("\n\n");
        md.append('_').append(String.format(Locale.ROOT, w("scope", l), brief.articles(), brief.events())).append("_\n");

        section(md, w("blocs", l), l, brief.blocs(), b -> "**" + w("bloc", l) + " " + b.bloc() + "**: " + String.join(l == 1 ? "، " : ", ", b.names()));
        section(md, w("cooperation", l), l, brief.cooperation(), d -> dyad(d, l, numbers));
        section(md, w("conflict", l), l, brief.conflict(), d -> dyad(d, l, numbers));
        section(md, w("ambivalent", l), l, brief.ambivalent(), d -> dyad(d, l, numbers));
        section(md, w("moves", l), l, brief.moves(), m -> "**" + m.sourceName() + "** — " + m.what()
                + (m.targetName() == null ? "" : " (" + m.targetName() + ")")
                + (m.place() == null ? "" : " — " + w("at", l) + " " + m.place()) + cites(m.cites(), numbers));
        section(md, w("shifts", l), l, brief.shifts(), s -> "**" + s.nameA() + " — " + s.nameB() + "**: " + shift(s.shift(), l));
        section(md, w("hotspots", l), l, brief.hotspots(), h -> hotspot(h, l, numbers));
        section(md, w("mediation", l), l, brief.mediations(), m -> "**" + m.name() + "** " + w("mediates", l) + " "
                + String.join(w("and", l), m.partyNames()));
        section(md, w("claims", l), l, brief.claims(), c -> "**" + c.speakerName() + "**"
                + (c.cue() == null ? "" : " (" + c.cue() + ")") + ": «" + c.quote() + "»" + cites(List.of(c.cite()), numbers));
        md.append("\n## ").append(w("legend", l)).append("\n\n");
        brief.actors().forEach(a -> md.append("- `").append(a.id()).append("` ")
                .append(a.nameEn() == null ? "" : a.nameEn()).append(a.nameEn() != null && a.nameAr() != null ? " / " : "")
                .append(a.nameAr() == null ? "" : a.nameAr()).append('\n'));
        md.append("\n## ").append(w("sources", l)).append("\n\n");
        for (Brief.Source s : brief.sources()) {
            md.append(s.number()).append(". ").append(s.title() == null ? s.documentId() : s.title())
                    .append(s.outlet() == null ? "" : " — " + s.outlet())
                    .append(s.published() == null ? "" : ", " + s.published())
                    .append(s.url() == null ? "" : " <" + s.url() + ">")
                    .append(" `").append(s.documentId()).append("`\n");
        }
        return md.toString();
    }

    private static <T> void section(StringBuilder md, String title, int l, List<T> items, java.util.function.Function<T, String> line) {
        md.append("\n## ").append(title).append("\n\n");
        if (items.isEmpty()) {
            md.append("- _").append(w("none", l)).append("_\n");
        }
        items.forEach(i -> md.append("- ").append(line.apply(i)).append('\n'));
    }

    private static String dyad(Brief.DyadLine d, int l, Map<String, Integer> numbers) {
        String comma = l == 1 ? "، " : ", ";
        return String.format(Locale.ROOT, "**%s — %s**: %s %.1f%s%s %.1f (%s)%s", d.nameA(), d.nameB(), w("coop", l),
                d.cooperation(), comma, w("confl", l), d.conflict(), String.join(comma, d.kinds()), cites(d.cites(), numbers));
    }

    private static String shift(Shift s, int l) {
        if (s.kind() == Shift.Kind.SIGN_FLIP) {
            return String.format(Locale.ROOT, w("flip", l), side(s.fromSign(), l), side(s.toSign(), l), s.at());
        }
        return String.format(Locale.ROOT, w("jump", l), s.at(), s.after(), s.before());
    }

    private static String side(int sign, int l) {
        return sign > 0 ? w("coop", l) : w("confl", l);
    }

    private static String hotspot(Brief.HotspotLine line, int l, Map<String, Integer> numbers) {
        Hotspot h = line.hotspot();
        StringBuilder s = new StringBuilder("**").append(line.placeName()).append("**: ");
        s.append(h.violent()).append(' ').append(w("violent", l)).append(", ").append(h.threats()).append(' ').append(w("threats", l));
        if (h.trend() != null) {
            s.append(", ").append(trend(h.trend(), l)).append(" (").append(w("previous", l)).append(": ")
                    .append(h.previousViolent() + h.previousThreats()).append(')');
        }
        if (h.stated() != null) {
            s.append(", ").append(w("stated", l)).append(": ").append(trend(h.stated(), l));
        }
        s.append(" — ").append(w("actors", l)).append(": ").append(String.join(", ", line.actorNames()));
        return s.append(cites(h.evidence().stream().limit(3).toList(), numbers)).toString();
    }

    private static String trend(Trend t, int l) {
        return w(t.code(), l);
    }

    private static String cites(List<Citation> cites, Map<String, Integer> numbers) {
        if (cites.isEmpty()) {
            return "";
        }
        return " " + cites.stream().map(c -> "[" + numbers.getOrDefault(c.documentId(), 0) + ":s" + c.sentence() + "]")
                .distinct().collect(Collectors.joining(""));
    }

    private static String w(String key, int l) {
        return WORDS.get(key)[l];
    }
}
