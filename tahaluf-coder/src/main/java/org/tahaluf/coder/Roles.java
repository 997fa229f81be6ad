package org.tahaluf.coder;

import java.util.ArrayList;
import java.util.List;
import org.tahaluf.core.Span;

/**
 * The actors of one sentence that can fill an event's roles, with the clauses they sit in.
 * Places, nested mentions, unplaced officials and the speakers of reported speech are left out:
 * a speaker is not the agent of what they report.
 */
final class Roles {

    private final List<Found> candidates = new ArrayList<>();
    private final Clauses clauses;
    private final List<org.tahaluf.core.Token> tokens;
    private final java.util.Set<String> personIds;
    private final java.util.Set<String> intergovernmental;
    private final MentionFinder.Kinds kinds;
    /** The person each title, nisba or body right before one names (see {@link #bearer}), and back. */
    private final java.util.Map<Found, Found> bearers = new java.util.IdentityHashMap<>();
    private final java.util.Map<Found, Found> titles = new java.util.IdentityHashMap<>();

    /**
     * @param speeches the sentence's statements, whose speakers take no role in what they report;
     *                 pass an empty list for a trigger outside every statement
     */
    Roles(List<Found> found, Clauses clauses, List<SpeechFinder.Speech> speeches, List<org.tahaluf.core.Token> tokens,
          MentionFinder.Kinds kinds) {
        this.clauses = clauses;
        this.tokens = tokens;
        this.personIds = kinds.persons();
        this.intergovernmental = kinds.intergovernmental();
        this.kinds = kinds;
        for (Found f : found) {
            if (f.nested() || f.isPlace() || !f.hasActor() || isSpeaker(f, speeches) || isModifier(f)) {
                continue;
            }
            candidates.add(f);
        }
        findBearers();
    }

    /**
     * "الرئيس التركي رجب طيب أردوغان", "العاهل الأردني الملك عبد الله الثاني", "زعيم حزب الله حسن
     * نصر الله": a title, a nisba standing for its state, or a body named right before a person of
     * that state or body (past at most one more title word) names that person.
     */
    private void findBearers() {
        List<Found> byPosition = new ArrayList<>(candidates);
        byPosition.sort(java.util.Comparator.comparingInt(Found::first));
        for (int k = 0; k < byPosition.size(); k++) {
            Found f = byPosition.get(k);
            if (isPersonId(f.actorId())) {
                continue;
            }
            for (int j = k + 1; j < byPosition.size() && byPosition.get(j).first() <= f.last() + 2; j++) {
                Found g = byPosition.get(j);
                if (names(f, g)) {
                    bearers.put(f, g);
                    titles.putIfAbsent(g, f);
                    break;
                }
            }
        }
    }

    private boolean names(Found f, Found g) {
        int gap = g.first() - f.last() - 1;
        if (gap < 0 || g.type() != Found.Type.NAME || !isPersonId(g.actorId())) {
            return false;
        }
        boolean title = f.isOfficial() || f.type() == Found.Type.GENTILIC;
        if (gap > 0 && !(gap == 1 && title && isTitleWord(tokens.get(f.last() + 1)))) {
            return false;
        }
        boolean ofThatState = title && (f.type() == Found.Type.TITLE || kinds.sameState(f.actorId(), g.actorId()));
        return ofThatState || kinds.affiliated(g.actorId(), f.actorId());
    }

    /**
     * "الملك", "الأمير", "King": a title word between an office and a name is a definite Arabic noun
     * with nothing attached, or a capitalised English word; "بقيادة" (led by) is not one.
     */
    private static boolean isTitleWord(org.tahaluf.core.Token t) {
        String w = t.normalized();
        if (t.punctuation() || t.startsWithConjunction() || w.isEmpty()) {
            return false;
        }
        char c = t.surface().charAt(0);
        return w.startsWith("ال") && t.surface().startsWith("ال") || c < 0x0600 && Character.isUpperCase(c);
    }

    /** The speaker, and whatever names them between the cue and what they said (an apposition, a title). */
    private boolean isSpeaker(Found f, List<SpeechFinder.Speech> speeches) {
        for (SpeechFinder.Speech s : speeches) {
            if (f.first() == s.speakerFirst() && f.last() == s.speakerLast()) {
                return true;
            }
            if (s.speakerFirst() > s.cue().last() && f.first() > s.cue().last() && f.end() <= s.content().start()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> MODIFIERS = java.util.Set.of("based", "born");

    /** "a Britain-based monitor", "المرصد، ومقره بريطانيا": a name that only qualifies a noun is no party. */
    private boolean isModifier(Found f) {
        return f.last() + 1 < tokens.size() && MODIFIERS.contains(tokens.get(f.last() + 1).normalized())
                || Words.precededBy(tokens, f.first(), WordClass.SEAT.forms(), 1);
    }

    /** The actor whose first token lies in {@code [from, to]}, same clause as {@code anchor}. */
    Found startingWithin(int from, int to, int anchor) {
        for (Found f : candidates) {
            if (f.first() >= from && f.first() <= to && clauses.same(f.first(), anchor)) {
                return f;
            }
        }
        return null;
    }

    /** The nearest actor ending before token {@code at} in its clause, preferring one not already a target. */
    Found before(int at, List<Found> taken, Span within) {
        Found fallback = null;
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Found f = candidates.get(k);
            if (f.last() >= at || !clauses.same(f.last(), at) || !inside(f, within) || isLocative(f, tokens)) {
                continue;
            }
            if (!taken.contains(f)) {
                return f;
            }
            if (fallback == null) {
                fallback = f;
            }
        }
        return fallback;
    }

    /** True when {@code f} is the only actor in the clause of token {@code at}. */
    boolean onlyOneInClause(Found f, int at) {
        for (Found g : candidates) {
            if (g != f && !g.actorId().equals(f.actorId()) && clauses.same(g.first(), at) && !inApposition(f, g)) {
                return false;
            }
        }
        return true;
    }

    /** "أحد أفراد البيشمركة (القوات الكردية)": a second name in brackets right after an actor names it again. */
    private boolean inApposition(Found f, Found g) {
        return g.first() == f.last() + 2 && "(".equals(tokens.get(f.last() + 1).surface());
    }

    /** The first actor of the sentence before token {@code at}: the sentence's topic, the fallback agent. */
    Found topic(int at, Span within) {
        for (Found f : candidates) {
            if (f.last() < at && inside(f, within)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first actor after token {@code at} in its clause and before {@code stop}, other than
     * {@code not}, with the actors coordinated to it by و / and.
     */
    List<Found> after(int at, int stop, Found not, List<org.tahaluf.core.Token> tokens) {
        List<Found> out = new ArrayList<>();
        for (Found f : candidates) {
            if (f.first() <= at || f.first() >= stop || !clauses.same(f.first(), at) || isTopic(f, tokens)
                    || f.type() == Found.Type.GENTILIC || isLocative(f, tokens) || isApposition(f)
                    || Words.precededBy(tokens, f.first(), WordClass.ALLY.forms(), 1)) {
                continue;
            }
            if (not != null && f.actorId().equals(not.actorId()) && out.isEmpty() && !coordinatedNext(f, tokens)) {
                continue;
            }
            if (out.isEmpty()) {
                out.add(f);
            } else if (isCoordinated(out.get(out.size() - 1), f, tokens)) {
                out.add(f);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * "يلتقي كارتر، الذي يقوم بجولة في المنطقة، رئيس الوزراء": when a clause ends in a comma before
     * its object, the first actor of the next clause.
     */
    List<Found> nextClause(int at, Found not, List<org.tahaluf.core.Token> tokens) {
        int clause = clauses.of(at);
        int boundary = -1;
        for (int k = at + 1; k < tokens.size(); k++) {
            if (clauses.of(k) != clause) {
                boundary = k;
                break;
            }
        }
        if (boundary < 0 || !isComma(tokens.get(boundary)) || boundary + 1 >= tokens.size()) {
            return List.of();
        }
        List<Found> next = after(boundary, tokens.size(), not, tokens);
        // "…، وهو ما نفاه التحالف والبنتاغون": a next clause where the subject acts again is its own statement
        boolean again = !next.isEmpty() && not != null && next.get(0).actorId().equals(not.actorId());
        return next.isEmpty() || again || next.get(0).first() > boundary + 4 ? List.of() : next;
    }

    private static boolean isComma(org.tahaluf.core.Token t) {
        return t.surface().equals("،") || t.surface().equals(",");
    }

    static final java.util.Set<String> LOCATIVES = java.util.Set.of("في", "داخل", "in", "inside");

    /** "مقتل العشرات في سوريا", "الإدانة في مجلس الأمن": a state or body after في / in is where, not whom. */
    private boolean isLocative(Found f, List<org.tahaluf.core.Token> tokens) {
        if (f.type() != Found.Type.NAME || f.first() == 0 || !isStateCode(f.actorId())
                && !intergovernmental.contains(f.actorId())) {
            return false;
        }
        String before = tokens.get(f.first() - 1).normalized();
        if (LOCATIVES.contains(before)) {
            return true;
        }
        // "على الحدود بين سورية والعراق", "الحدود مع تركيا": states that bound a place, and the one joined to them
        if (f.first() > 1 && (before.equals("بين") || before.equals("مع"))
                && WordClass.BORDER.contains(tokens.get(f.first() - 2).normalized())) {
            return true;
        }
        if (tokens.get(f.first()).startsWithConjunction()) {
            for (Found g : candidates) {
                if (g.last() == f.first() - 1 && g != f) {
                    return isLocative(g, tokens);
                }
            }
        }
        return false;
    }

    /** "IRQ", "SYR": a state's id, three capital letters (checked by hand: this runs for every role). */
    private static boolean isStateCode(String id) {
        return id.length() == 3 && id.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /**
     * "رئيس الوزراء حيدر العبادي": a title right before a person's name is the person, who takes the
     * role; so is any title, nisba or body that {@link #bearer} reads as naming a person.
     */
    private boolean isApposition(Found f) {
        if (f.isOfficial()) {
            for (Found g : candidates) {
                if (g.first() == f.last() + 1 && g.type() == Found.Type.NAME && isPersonId(g.actorId())) {
                    return true;
                }
            }
        }
        return bearer(f) != f;
    }

    /** The person a title, nisba or body right before them names, who takes the role; else the mention itself. */
    Found bearer(Found f) {
        return bearers.getOrDefault(f, f);
    }

    /**
     * The actors coordinated with {@code f} by و / and, before and after it, in text order and
     * without {@code f}: "وقعت الولايات المتحدة والعراق", "The US and Iraq signed", "التقى العبادي
     * ونظيره التركي". A title before a person joins the chain through its person.
     */
    List<Found> conjuncts(Found f, List<org.tahaluf.core.Token> tokens) {
        List<Found> out = new ArrayList<>();
        Found head = f;
        for (Found g = conjunctBefore(head, tokens); g != null && out.size() < MAX_CONJUNCTS;
                g = conjunctBefore(head, tokens)) {
            out.add(0, g);
            head = g;
        }
        Found tail = f;
        for (Found g = conjunctAfter(tail, tokens); g != null && out.size() < MAX_CONJUNCTS;
                g = conjunctAfter(tail, tokens)) {
            Found person = bearer(g);
            out.add(person);
            tail = person;
        }
        out.removeIf(g -> g.actorId().equals(f.actorId()));
        return out;
    }

    private static final int MAX_CONJUNCTS = 6;

    private Found conjunctAfter(Found a, List<org.tahaluf.core.Token> tokens) {
        for (Found g : candidates) {
            if (g.first() > a.last() && clauses.same(a.last(), g.first()) && isCoordinated(a, g, tokens)) {
                return g;
            }
        }
        return null;
    }

    private Found conjunctBefore(Found b, List<org.tahaluf.core.Token> tokens) {
        Found title = titleOf(b);
        Found start = title == null ? b : title;
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Found g = candidates.get(k);
            if (g.last() < start.first() && clauses.same(g.last(), start.first()) && isCoordinated(g, start, tokens)) {
                return g;
            }
        }
        return null;
    }

    /** The title standing right before a person ("Turkish President" before Erdogan), or null. */
    private Found titleOf(Found person) {
        return titles.get(person);
    }

    private boolean isPersonId(String id) {
        return personIds.contains(id);
    }

    private static final java.util.Set<String> TOPIC_WORDS = java.util.Set.of("حول", "بشان", "بخصوص", "about",
            "regarding", "concerning", "over");

    /** "تبادل المعلومات حول خلايا داعش": what a word like حول / about introduces is a topic, not a party. */
    private static boolean isTopic(Found f, List<org.tahaluf.core.Token> tokens) {
        return Words.precededBy(tokens, f.first(), TOPIC_WORDS, 2);
    }

    private boolean coordinatedNext(Found f, List<org.tahaluf.core.Token> tokens) {
        for (Found g : candidates) {
            if (g.first() > f.last() && isCoordinated(f, g, tokens)) {
                return true;
            }
        }
        return false;
    }

    /** "واشنطن ودمشق", "Washington and Damascus", "X, Y and Z", "العبادي ونظيره العراقي خالد العبيدي". */
    private boolean isCoordinated(Found a, Found b, List<org.tahaluf.core.Token> tokens) {
        for (Found title : candidates) {
            if (title.first() == a.last() + 1 && title.last() == b.first() - 1 && isApposition(title)) {
                return title.proclitics(tokens).startsWith("و");
            }
        }
        int gap = b.first() - a.last() - 1;
        if (onSides(a, b, tokens)) {
            return true;
        }
        if (gap == 0) {
            String p = b.proclitics(tokens);
            return p.startsWith("و") || p.startsWith("ف");
        }
        if (gap == 1) {
            org.tahaluf.core.Token between = tokens.get(a.last() + 1);
            String w = between.normalized();
            // "بين الجيش السوري ومسلحي تنظيم داعش": the members of the next group, joined by و
            boolean members = between.startsWithConjunction()
                    && WordClass.MEMBERS_OF.contains(between.forms().get(between.forms().size() - 1).text());
            return members || w.equals("و") || w.equals("and") || w.equals(",") || w.equals("،");
        }
        if (gap == 2) {
            // "Saudi Arabia and the UAE": the article the name leaves out
            String w = tokens.get(a.last() + 1).normalized();
            return (w.equals("and") || w.equals(",")) && tokens.get(a.last() + 2).normalized().equals("the");
        }
        return false;
    }

    /**
     * "بين مسلحي التنظيم من جهة، وقوات التحالف من جهة أخرى": the first side closed by من جهة, then the
     * second joined by و (on the name or on the members before it).
     */
    private static boolean onSides(Found a, Found b, List<org.tahaluf.core.Token> tokens) {
        int k = a.last() + 1;
        if (k + 1 >= b.first() || !isSideMarker(tokens, k)) {
            return false;
        }
        k += 2;
        while (k < b.first() && tokens.get(k).punctuation()) {
            k++;
        }
        if (k == b.first()) {
            return b.proclitics(tokens).startsWith("و");
        }
        org.tahaluf.core.Token members = tokens.get(k);
        return k + 1 == b.first() && members.startsWithConjunction()
                && WordClass.SIDE_MEMBERS.contains(members.forms().get(members.forms().size() - 1).text());
    }

    /** "من جهة" at token k: the close of one side of a fight. */
    static boolean isSideMarker(List<org.tahaluf.core.Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).normalized().equals("من")
                && tokens.get(k + 1).normalized().equals("جهه");
    }

    /**
     * Where the first of two sides ends ("بين X وY من جهة، وZ من جهة أخرى": the من of the first من جهة),
     * or -1 when the sentence does not name its parties by sides.
     */
    static int sidesSplit(List<org.tahaluf.core.Token> tokens) {
        int first = -1;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (isSideMarker(tokens, k)) {
                if (first >= 0) {
                    return first;
                }
                first = k;
            }
        }
        return -1;
    }

    private static boolean inside(Found f, Span within) {
        return within == null || within.start() <= f.start() && f.end() <= within.end();
    }
}
