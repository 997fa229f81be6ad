package org.tahaluf.coder;

import java.util.List;
import org.tahaluf.core.Language;
import org.tahaluf.core.Span;
import org.tahaluf.core.Token;
import org.tahaluf.lexicon.EventPattern;
import org.tahaluf.lexicon.PhraseCompiler;
import org.tahaluf.lexicon.PhraseMatcher.Match;
import org.tahaluf.lexicon.Voice;

/**
 * The rules that find an event's agent (and, for some, its object) from the words around its
 * trigger: word order, particles, clitics, relative verbs, instruments, passives. Each rule is a
 * small static function named for what it recognises.
 */
final class Agents {

    private Agents() {
    }

    /** True when only particles or a light verb, after a conjunction, come before the trigger in its sentence. */
    static boolean opensSentence(Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = 0; k < trigger.first(); k++) {
            Token t = tokens.get(k);
            String w = t.forms().get(t.forms().size() - 1).text();
            if (!PARTICLES.contains(t.normalized()) && !WordClass.LIGHT_VERB.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "للحد من خطر التنظيم ومنع وصوله": a verbal noun joined by و to the previous trigger of its
     * clause shares that trigger's agent.
     */
    static boolean conjoined(Match<EventPattern> trigger, List<Token> tokens, Match<EventPattern> previous,
                                     Voice previousVoice, Clauses clauses) {
        return previous != null && previousVoice == Voice.NOUN && trigger.value().voice() != Voice.PASSIVE
                && tokens.get(trigger.first()).startsWithConjunction() && clauses.same(previous.last(), trigger.first());
    }

    static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("من", "الي", "علي", "في", "عن", "مع",
            "ضد", "بين", "حول", "لدي", "نحو", "عبر", "قرب", "بعد", "قبل", "خلال", "امام", "تجاه");

    /**
     * Unvocalised Arabic writes a verb and its verbal noun alike (منع, نقل). A word with a
     * preposition attached ("لمنع", "للمنع"), or right after a preposition ("تعمل على منع"), is the
     * noun. The article is not stripped before matching, so a verb pattern only matches a word
     * beginning with ال when the verb itself does ("التقى", "التزم"): that is no article.
     */
    static boolean readsAsNoun(Match<EventPattern> trigger, List<Token> tokens) {
        String p = trigger.proclitics();
        if (p.endsWith("ب") || p.endsWith("ل") || p.endsWith("ك")) {
            return true;
        }
        return trigger.first() > 0 && PREPOSITIONS.contains(tokens.get(trigger.first() - 1).normalized());
    }

    /**
     * "يقتلون", "تستهدف", "ستنفجر": an Arabic verb in the imperfect, which tells what is done or will
     * be, not what happened. A word in ي is one; a word in ت is one when its pattern lists the same
     * word in ي ("تقتل" beside "يقتل"), so the perfects in ت ("تعرض", "تبنى") are not.
     */
    static boolean imperfect(Match<EventPattern> trigger, List<Token> tokens, Language language) {
        Voice v = trigger.value().voice();
        if (language != Language.AR || v == Voice.NOUN || v == Voice.PREP || readsAsNoun(trigger, tokens)) {
            return false;
        }
        String word = tokens.get(trigger.first()).normalized().substring(trigger.proclitics().length());
        if (trigger.proclitics().endsWith("س") || word.startsWith("ي")) {
            return true;
        }
        if (!word.startsWith("ت")) {
            return false;
        }
        String twin = "ي" + word.substring(1);
        for (String alt : trigger.value().pattern().split(" ")[0].split("\\|")) {
            String a = PhraseCompiler.normalizeWord(language, alt.replace("*", ""));
            if (alt.endsWith("*") ? twin.startsWith(a) : twin.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** How many words (adjectives: "المواقع العسكرية الإيرانية") may stand between a holding and its nisba. */
    private static final int ASSET_REACH = 2;

    /**
     * "مواقع إيرانية", "المواقع العسكرية الإيرانية": the first nisba after {@code from} and before
     * {@code stop}, in its clause, that qualifies a noun of holdings ({@code asset} cues), or null.
     */
    static Found assetOwner(List<Found> found, SentenceCues cues, int from, int stop, Clauses clauses) {
        for (Found f : found) {
            if (f.type() != Found.Type.GENTILIC || f.nested() || f.first() <= from || f.first() >= stop
                    || !clauses.same(f.first(), from)) {
                continue;
            }
            for (int k = f.first() - 1; k >= Math.max(from + 1, f.first() - ASSET_REACH - 1); k--) {
                Match<org.tahaluf.lexicon.Cue> asset = cues.at(k, "asset");
                if (asset != null && asset.value().value().equals("holding")) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Words that may stand between a verb and its object noun: "أفرج عن", "حق النقض ضد", "the release of the". */
    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("عن", "على", "ضد", "of", "against",
            "the", "a", "an");

    /**
     * "رفضت إيران المقترح الأميركي", "أفرجت إيران عن ناقلة نفط بريطانية", "rejected the Egyptian proposal":
     * the nisba on the object noun ({@code asset} cues of any value) that opens at token {@code at}, past a
     * preposition, an article or a time word; in Arabic it follows the noun (past a word: "ناقلة نفط"), in English it
     * comes before it ("Turkish hostages"). Null when the object there is no such noun.
     */
    static Found objectOwner(List<Found> found, SentenceCues cues, List<Token> tokens, int at, Language language) {
        int k = at;
        for (int skipped = 0; k < tokens.size() && skipped < 2; skipped++) {
            // "رفضت إيران الاثنين المقترح الأميركي": a time word may stand before the object too
            Match<org.tahaluf.lexicon.Cue> time = cues.at(k, "time");
            if (time != null) {
                k = time.last() + 1;
            } else if (OBJECT_OPENERS.contains(tokens.get(k).normalized())) {
                k++;
            } else {
                break;
            }
        }
        for (Found f : found) {
            if (f.type() != Found.Type.GENTILIC || f.nested()) {
                continue;
            }
            if (language == Language.EN ? f.first() == k && assetWithin(cues, f.last() + 1, f.last() + ASSET_REACH)
                    : f.first() > k && f.first() <= k + ASSET_REACH && assetWithin(cues, k, k)
                    && !conjunctionWithin(tokens, k + 1, f.first())) {
                return f;
            }
        }
        return null;
    }

    /** "اغتيال الصحفي والكاتب السعودي": past a word joined by و, the nisba is another noun's. */
    private static boolean conjunctionWithin(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).startsWithConjunction()) {
                return true;
            }
        }
        return false;
    }

    /** True when an {@code asset} cue starts at a token from {@code from} to {@code to}. */
    private static boolean assetWithin(SentenceCues cues, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (cues.at(k, "asset") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "خرج الآلاف للاحتجاج على الغلاء": a verbal noun with لل after a crowd counted before it is its
     * purpose, the crowd's act, not an act already told; without a crowd ("لديهم أسبابهم للتظاهر",
     * "منطقة للتظاهر") it names protest as a kind.
     */
    static boolean purpose(Match<EventPattern> trigger, Scene scene) {
        return trigger.proclitics().endsWith("لل") && scene.countedBefore(trigger.first());
    }

    /** An attack named as where or how something happened: "في هجوم", "بانفجار", "جراء القصف". */
    static boolean circumstance(SentenceCues cues, Match<EventPattern> trigger) {
        return trigger.proclitics().endsWith("ب") || cues.endsBefore("circumstance", trigger.first());
    }

    /** A trigger told as the outcome of what came before it: "ما أسفر عن مقتل", "أدى إلى تدمير". */
    static boolean outcome(SentenceCues cues, Match<EventPattern> trigger) {
        return cues.endsBefore("consequence", trigger.first());
    }

    /** How far after a killing the attack it came by may be named: "مقتل 49 مسلحا من تنظيم داعش بقصف جوي". */
    private static final int MEANS_REACH = 10;

    /**
     * "أعلنت القيادة مقتل 49 مسلحا بقصف جوي": an attack noun with ب a few words after an attack is the
     * means of that attack, not another one.
     */
    static boolean meansOf(Match<EventPattern> trigger, Match<EventPattern> previous, Voice previousVoice) {
        return previous != null && trigger.value().type() == org.tahaluf.core.EventType.ASSAULT
                && previous.value().type() == org.tahaluf.core.EventType.ASSAULT && trigger.proclitics().endsWith("ب")
                && previousVoice != Voice.ACTIVE && trigger.first() > previous.last()
                && trigger.first() - previous.last() <= MEANS_REACH;
    }

    /** The possessive pronouns a verbal noun may carry (not ه, which normalized taa marbuta also ends in). */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("..(هم|هن|هما|ها|نا|كم)$");

    /** A trigger with the article or a possessive: "الهجوم", "بالمظاهرات", "للتفجير", "احتجاجاتهم", "the attack". */
    static boolean definite(Match<EventPattern> trigger, List<Token> tokens) {
        String p = trigger.proclitics();
        String word = tokens.get(trigger.first()).normalized();
        if (p.endsWith("لل") || word.substring(Math.min(word.length(), p.length())).startsWith("ال")) {
            return true;
        }
        if (trigger.value().voice() == org.tahaluf.lexicon.Voice.NOUN && POSSESSIVE.matcher(word).find()) {
            // "احتجاجاتهم", "هجماتها": a noun with a possessive pronoun is definite too
            return true;
        }
        return trigger.first() > 0 && tokens.get(trigger.first() - 1).normalized().equals("the");
    }

    private static final java.util.Set<String> BETWEEN = java.util.Set.of("بين", "between");

    /**
     * "الاتفاق بين إيران والولايات المتحدة", "الاشتباكات بين مسلحي التنظيم والجيش": two or more
     * coordinated actors after بين / between, close to the trigger; the first may be named by its
     * members ("بين مسلحي التنظيم", "بين عناصر من حزب الله", "بين قوات الأسد").
     */
    static boolean betweenParties(List<Found> targets, Match<EventPattern> trigger, List<Token> tokens) {
        if (targets.size() < 2) {
            return false;
        }
        int first = targets.get(0).first();
        int k = first - 1;
        if (k > trigger.last() && tokens.get(k).normalized().equals("من")) {
            k--;
        }
        if (k > trigger.last() && WordClass.SIDE_MEMBERS.contains(deepest(tokens.get(k)))) {
            first = k;
        }
        return Words.precededBy(tokens, first, BETWEEN, 1) && (first - trigger.last() <= 3
                || first - trigger.last() <= BETWEEN_REACH && toldWhere(tokens, trigger.last() + 1, first - 1));
    }

    /**
     * How far after its trigger the parties may begin when a verb of occurrence or a place stands
     * between ("المعركة التي دارت بين", "مواجهات في القصير بين"); a noun between owns the بين
     * ("تفجير أنبوب النفط بين إقليم كردستان وتركيا").
     */
    private static final int BETWEEN_REACH = 5;

    /** True when a word between tells that a fight took place, or where ("التي دارت", "في القصير"). */
    private static boolean toldWhere(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (WordClass.OCCURRING.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    private static String deepest(Token t) {
        return t.forms().get(t.forms().size() - 1).text();
    }

    static final java.util.Set<String> PREPOSITIONAL_LINKS = java.util.Set.of("ضد", "مع", "علي", "بين",
            "against", "with", "between", "on");

    /**
     * "المعارك ضد التنظيم": the target of a general fighting noun stands right after a preposition;
     * a trigger that is itself a preposition ("إلى جانب قوات النظام") takes only the actor right after it.
     */
    static boolean afterPreposition(Found target, List<Token> tokens, Match<EventPattern> trigger) {
        if (target.first() - trigger.last() > 4) {
            return false;
        }
        if (target.first() == trigger.last() + 1) {
            return true;
        }
        // past the members named before their group: "الاشتباكات بين عناصر من حزب الله"
        for (int k = Math.max(trigger.last() + 1, target.first() - 3); k < target.first(); k++) {
            if (PREPOSITIONAL_LINKS.contains(tokens.get(k).normalized())) {
                return true;
            }
        }
        return false;
    }

    /** The pronoun of the noun before, after a verb of carrying out: "قام به", "قامت بها". */
    private static final java.util.Set<String> BY_IT = java.util.Set.of("به", "بها", "بهما");

    /**
     * The agent a noun trigger names after it (past one adjective): after a relative verb with its
     * object pronoun ("هجمات شنها التنظيم", "اعتداء انتحاري قام به داعش") or after من قبل ("عمليات
     * قصف من قبل الطيران الروسي").
     */
    static Found relativeAgent(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = trigger.last() + 1; k < Math.min(tokens.size(), trigger.last() + 3); k++) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                return null;
            }
            if (WordClass.AGENT_VERB.contains(t.normalized()) || WordClass.AGENT_VERB.contains(t.forms().get(t.forms().size() - 1).text())) {
                return roles.startingWithin(k + 1, k + 2, k);
            }
            int next = k + 1;
            if (next + 1 < tokens.size() && (WordClass.CARRIED_OUT.contains(t.normalized()) && BY_IT.contains(tokens.get(next).normalized())
                    || t.normalized().equals("من") && tokens.get(next).normalized().equals("قبل"))) {
                return roles.startingWithin(next + 1, next + 2, k);
            }
        }
        return null;
    }

    /**
     * "قصف طائرات التحالف لمخازن التنظيم": a trigger ending in an instrument (planes, artillery,
     * forces) has its agent as the genitive right after it.
     */
    static boolean agentFirst(Match<EventPattern> trigger, List<Token> tokens) {
        if (trigger.last() == trigger.first()) {
            return false;
        }
        Token head = tokens.get(trigger.last());
        String last = head.forms().get(head.forms().size() - 1).text();
        return WordClass.INSTRUMENT.contains(last) || last.startsWith("ال") && WordClass.INSTRUMENT.contains(last.substring(2));
    }

    /**
     * A passive participle right after the trigger ("المفروض", "imposed") leaves the agent unsaid;
     * lifting what was imposed ("ألغت الحكومة إجراءات العزل المفروضة على") names its own.
     */
    static boolean imposedWithoutAgent(Match<EventPattern> trigger, List<Token> tokens) {
        if (trigger.value().sign() > 0) {
            return false;
        }
        for (int k = trigger.last() + 1; k < Math.min(tokens.size(), trigger.last() + 3); k++) {
            String w = tokens.get(k).forms().get(tokens.get(k).forms().size() - 1).text();
            if (w.startsWith("المفروض") || w.startsWith("مفروض") || w.equals("imposed")) {
                return true;
            }
        }
        return false;
    }

    /** "غارات للولايات المتحدة", "هجوم لداعش": an attack noun's ل-genitive right after it is its agent. */
    static Found possessorAgent(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        // right after it only: in "قصف مواقع لتنظيم القاعدة" the ل-genitive owns the sites, not the shelling
        Found f = roles.startingWithin(trigger.last() + 1, trigger.last() + 1, trigger.last());
        if (f == null) {
            return null;
        }
        String p = f.proclitics(tokens);
        if (p.endsWith("ل")) {
            return f;
        }
        // "هجوم النظام التركي", "غارات التحالف": the genitive of an attack (not of a killing: "اغتيال الحريري") attacks
        Token head = tokens.get(trigger.last());
        String noun = head.forms().get(head.forms().size() - 1).text();
        return p.isEmpty() && trigger.first() == trigger.last() && WordClass.ATTACK_BY_GENITIVE.contains(noun) ? f : null;
    }

    /**
     * "تسليح إيران للحوثيين", "زيارة أردوغان للعراق": a verbal noun's genitive followed at once by an
     * actor with ل is its agent, and the ل-actor its object; a genitive alone is the object ("تسليح
     * الحوثيين"), and ل before a noun is a purpose ("تسليح العشائر لمواجهة داعش"), not the object.
     */
    static Found genitiveAgent(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        Found genitive = roles.startingWithin(trigger.last() + 1, trigger.last() + 1, trigger.last());
        if (genitive == null || !genitive.proclitics(tokens).isEmpty()) {
            return null;
        }
        Found object = roles.startingWithin(genitive.last() + 1, genitive.last() + 1, genitive.last());
        return object != null && object.proclitics(tokens).endsWith("ل") ? genitive : null;
    }

    /** Token {@code at}, or the one after it when {@code at} is a group's forces or members ("قوات التحالف"). */
    static int pastSideMembers(int at, List<Token> tokens) {
        return at < tokens.size() && WordClass.SIDE_MEMBERS.contains(deepest(tokens.get(at))) ? at + 1 : at;
    }

    /** "بالتعاون مع", "لدعم": a verbal noun with a preposition attached is adverbial; its agent is the clause's subject. */
    static boolean isAdverbial(Match<EventPattern> trigger, List<Token> tokens) {
        String p = trigger.proclitics();
        return p.endsWith("ب") || p.endsWith("ل");
    }

    /** "تعرضت مواقع الجيش لهجمات": تعرض before a noun trigger in its clause makes the actor before it the victim. */
    static boolean passiveMarked(Match<EventPattern> trigger, List<Token> tokens, Clauses clauses) {
        for (int k = trigger.first() - 1; k >= Math.max(0, trigger.first() - 8); k--) {
            if (!clauses.same(k, trigger.first())) {
                return false;
            }
            Token t = tokens.get(k);
            String w = t.forms().get(t.forms().size() - 1).text();
            String p = t.proclitics();
            if (WordClass.EXPOSED.contains(w) && (p.isEmpty() || p.equals("و") || p.equals("ف"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of voice {@code either} is passive when nothing but a preposition, a conjunction or
     * the end follows it and its subject: "جنديا عراقيا قتل في هجوم", "قتل جنديان عراقيان في هجوم",
     * but "قتلت القوات العراقية عشرة مسلحين". With no actor around it, it is read as active.
     */
    static boolean readsPassive(Roles roles, Match<EventPattern> trigger, List<Token> tokens, Span within) {
        int next;
        if (preverbalSubject(roles, trigger, tokens, within) != null) {
            next = trigger.last() + 1;
        } else {
            Found after = verbSubject(roles, trigger, tokens);
            if (after == null) {
                return false;
            }
            next = Math.max(trigger.last(), after.last()) + 1;
        }
        if (next >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(next);
        return t.punctuation() || t.startsWithConjunction() || PREPOSITIONS.contains(t.normalized()) || byMeans(t);
    }

    private static boolean byMeans(Token t) {
        Token.Form deepest = t.forms().get(t.forms().size() - 1);
        return deepest.proclitics().endsWith("ب") && WordClass.MEANS.contains(deepest.text());
    }

    /**
     * "وكانت واشنطن قد اغتالت": an actor a few words before the verb in its clause, with only
     * particles between and no preposition in front of it, is its subject (subject-verb order).
     */
    static Found preverbalSubject(Roles roles, Match<EventPattern> trigger, List<Token> tokens, Span within) {
        Found f = roles.before(trigger.first(), List.of(), within);
        if (f == null || trigger.first() - f.last() > 3) {
            return null;
        }
        if (f.hasPrepositionClitic(tokens)
                || f.first() > 0 && PREPOSITIONS.contains(tokens.get(f.first() - 1).normalized()) && !partitive(f, tokens)) {
            return null;
        }
        for (int k = f.last() + 1; k < trigger.first(); k++) {
            if (!PARTICLES.contains(tokens.get(k).normalized())) {
                return null;
            }
        }
        return f;
    }

    /** "21 من المقاتلين قتلوا": من after a count makes the group the subject, not a prepositional phrase. */
    private static boolean partitive(Found f, List<Token> tokens) {
        if (f.first() < 2 || !tokens.get(f.first() - 1).normalized().equals("من")) {
            return false;
        }
        Token count = tokens.get(f.first() - 2);
        return count.surface().chars().anyMatch(Character::isDigit) || WordClass.PARTITIVE.contains(count.normalized());
    }

    static final java.util.Set<String> PARTICLES = java.util.Set.of("قد", "لقد", "كان", "كانت", "كانوا",
            "لم", "لن", "لا", "سوف", "ما", "ان", "انها", "انه", "بدورها", "بدوره", "ايضا", "امس", "اليوم");

    /**
     * The subject of an Arabic verb: the actor right after it, or one word later past an adverb
     * ("هاجمت أمس القوات"), never one behind a preposition ("نقل قيادتها من العراق"); a title before
     * a person's name stands for the person ("هدد الرئيس التركي رجب طيب أردوغان").
     */
    static Found verbSubject(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        if (trigger.last() > trigger.first()) {
            int at = trigger.first() + 1;
            String w = tokens.get(at).normalized();
            if (WordClass.MEMBERS_FROM.contains(w) && at + 1 < trigger.last() && tokens.get(at + 1).normalized().equals("من")) {
                // "فتح عناصر من حزب العمال النار": the members, then من and their group
                at += 2;
            } else if (WordClass.MEMBERS_OF.contains(w)) {
                at++;
            }
            Found inside = roles.startingWithin(at, at, trigger.first());
            if (inside != null && inside.last() < trigger.last()) {
                return roles.bearer(inside);
            }
        }
        int next = trigger.last() + 1;
        int to = next;
        if (next < tokens.size() && !tokens.get(next).punctuation()
                && !PREPOSITIONS.contains(tokens.get(next).normalized())) {
            to = next + 1;
        }
        Found f = roles.startingWithin(next, to, trigger.last());
        if (f == null) {
            return countedMembersOf(roles, trigger, tokens);
        }
        return f.hasPrepositionClitic(tokens) ? null : roles.bearer(f);
    }

    private static final int MEMBERS_REACH = 8;

    /**
     * "وهاجم 20 مسلحا من تنظيم داعش قاعدة", "وهاجم عناصر من التنظيم": members counted or named after
     * the verb, then من and their group: the group is the subject.
     */
    static Found countedMembersOf(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        int k = trigger.last() + 1;
        boolean member = false;
        while (k < tokens.size() && k <= trigger.last() + MEMBERS_REACH) {
            Token t = tokens.get(k);
            String w = t.normalized();
            if (w.equals("من") && member && k + 1 < tokens.size()) {
                Found f = roles.startingWithin(k + 1, k + 1, trigger.last());
                if (f != null) {
                    return roles.bearer(f);
                }
            }
            boolean number = !t.punctuation() && w.chars().allMatch(Character::isDigit);
            if (!number && !WordClass.PARTITIVE.contains(w) && !WordClass.COUNTED_MEMBERS.contains(w)) {
                return null;
            }
            member |= number || WordClass.PARTITIVE.contains(w) || WordClass.COUNTED_MEMBERS.contains(w) && w.length() > 3;
            k++;
        }
        return null;
    }

    /** "الغارات الأميركية": a nisba right after a verbal noun (past one adjective) is its agent. */
    static Found nisbaAgent(List<Found> found, Match<EventPattern> trigger) {
        for (Found f : found) {
            if (f.type() == Found.Type.GENTILIC && !f.nested() && f.first() > trigger.last()
                    && f.first() <= trigger.last() + 2) {
                return f;
            }
        }
        return null;
    }

    /**
     * "تلقى اتصالا هاتفيا من نظيره", "تعرض لهجوم من مسلحين": من right after a passive trigger (past
     * one adjective) introduces its agent; further on it is as often partitive ("جنود من الجيش").
     */
    static Found fromAgent(Roles roles, Match<EventPattern> trigger, List<Token> tokens) {
        for (int k = trigger.last() + 1; k < Math.min(tokens.size(), trigger.last() + 3); k++) {
            if (tokens.get(k).normalized().equals("من")) {
                return roles.startingWithin(k + 1, k + 1, k);
            }
        }
        return null;
    }

    /** Words after which a passive names its agent: "من قبل", "على يد", "على أيدي", "بنيران", "برصاص", "by". */
    private static final java.util.Set<String> AGENT_MARKERS = java.util.Set.of("by", "قبل", "يد", "ايدي", "نيران", "رصاص");

    /** The agent of a passive: the actor after من قبل / على يد / بنيران / by. */
    static Found agent(Roles roles, Match<EventPattern> trigger, List<Token> tokens, int stop) {
        for (int i = trigger.last() + 1; i < Math.min(stop, trigger.last() + 8); i++) {
            Token t = tokens.get(i);
            String w = t.forms().get(t.forms().size() - 1).text();
            if (AGENT_MARKERS.contains(t.normalized()) || AGENT_MARKERS.contains(w)) {
                Found f = roles.startingWithin(i + 1, i + 2, i);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
