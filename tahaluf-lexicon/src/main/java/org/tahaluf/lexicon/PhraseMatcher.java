package org.tahaluf.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahaluf.core.Token;

/**
 * A compiled matcher for phrases over segmented tokens: a trie whose edges are normalized words
 * or word prefixes. Each token is tried under every reading its segmenter gave it (with and
 * without clitics), so one entry for "الولايات المتحدة" also finds "بالولايات المتحدة".
 *
 * <p>Immutable once built and safe to share between threads.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** One word of a phrase: a normalized word, or a prefix when {@code prefix} is set. */
    public record Element(String text, boolean prefix) {

        public Element {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty pattern element");
            }
        }

        boolean accepts(String form) {
            return prefix ? form.startsWith(text) : form.equals(text);
        }
    }

    /** A match: tokens {@code first..last} inclusive, characters {@code [start, end)} without leading clitics. */
    public record Match<T>(int first, int last, int start, int end, T value, String proclitics) {

        public int length() {
            return last - first + 1;
        }
    }

    private static final int PREFIX_KEY = 2;

    private static final class Node<T> {
        final Map<String, Node<T>> exact = new HashMap<>();
        final Map<String, List<Map.Entry<String, Node<T>>>> prefixes = new HashMap<>();
        final List<T> values = new ArrayList<>(1);

        Node<T> child(Element e) {
            if (!e.prefix()) {
                return exact.computeIfAbsent(e.text(), k -> new Node<>());
            }
            List<Map.Entry<String, Node<T>>> bucket = prefixes.computeIfAbsent(prefixKey(e.text()), k -> new ArrayList<>());
            for (Map.Entry<String, Node<T>> edge : bucket) {
                if (edge.getKey().equals(e.text())) {
                    return edge.getValue();
                }
            }
            Node<T> node = new Node<>();
            bucket.add(Map.entry(e.text(), node));
            return node;
        }
    }

    private final Node<T> root;
    private final int size;

    private PhraseMatcher(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Number of phrases compiled in. */
    public int size() {
        return size;
    }

    /** Every match that starts at token {@code i}, shortest first. */
    public List<Match<T>> matchAt(List<Token> tokens, int i) {
        List<Match<T>> out = new ArrayList<>(2);
        Token first = tokens.get(i);
        if (first.punctuation()) {
            return out;
        }
        for (Token.Form form : first.forms()) {
            for (Node<T> next : step(root, form.text())) {
                walk(tokens, i, i, next, form, out);
            }
        }
        out.sort((a, b) -> Integer.compare(a.length(), b.length()));
        return out;
    }

    /** All matches in a token list, in text order. */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.addAll(matchAt(tokens, i));
        }
        return out;
    }

    private void walk(List<Token> tokens, int first, int at, Node<T> node, Token.Form firstForm, List<Match<T>> out) {
        for (T value : node.values) {
            Match<T> m = new Match<>(first, at, firstForm.start(), tokens.get(at).end(), value, firstForm.proclitics());
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        int nextIndex = at + 1;
        if (nextIndex >= tokens.size() || (node.exact.isEmpty() && node.prefixes.isEmpty())) {
            return;
        }
        if (isQuote(tokens.get(nextIndex)) && nextIndex + 1 < tokens.size()) {
            // "قوات «سوريا الديمقراطية»", "تنظيم "الدولة الإسلامية"": the press quotes part of a name
            nextIndex++;
        }
        Token next = tokens.get(nextIndex);
        if (next.punctuation()) {
            return;
        }
        for (Token.Form form : next.forms()) {
            for (Node<T> child : step(node, form.text())) {
                walk(tokens, first, nextIndex, child, firstForm, out);
            }
        }
    }

    private static boolean isQuote(Token t) {
        return t.punctuation() && QUOTES.indexOf(t.surface().charAt(0)) >= 0;
    }

    private static final String QUOTES = "«»\"“”";

    private static <T> List<Node<T>> step(Node<T> node, String form) {
        List<Node<T>> out = new ArrayList<>(1);
        Node<T> exact = node.exact.get(form);
        if (exact != null) {
            out.add(exact);
        }
        if (!node.prefixes.isEmpty() && form.length() >= PREFIX_KEY) {
            List<Map.Entry<String, Node<T>>> bucket = node.prefixes.get(prefixKey(form));
            if (bucket != null) {
                for (Map.Entry<String, Node<T>> edge : bucket) {
                    if (form.startsWith(edge.getKey())) {
                        out.add(edge.getValue());
                    }
                }
            }
        }
        return out;
    }

    private static String prefixKey(String text) {
        return text.length() <= PREFIX_KEY ? text : text.substring(0, PREFIX_KEY);
    }

    /** Collects phrases; each phrase is a list of alternatives per word, expanded when built. */
    public static final class Builder<T> {

        private final Node<T> root = new Node<>();
        private int size;

        /** Adds a phrase of plain words. */
        public Builder<T> addWords(List<String> words, T value) {
            List<List<Element>> phrase = new ArrayList<>();
            for (String w : words) {
                phrase.add(List.of(new Element(w, false)));
            }
            return add(phrase, value);
        }

        /** Adds a phrase whose every word may have alternatives. */
        public Builder<T> add(List<List<Element>> phrase, T value) {
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            for (Element e : phrase.get(0)) {
                if (e.prefix() && e.text().length() < PREFIX_KEY) {
                    throw new IllegalArgumentException("prefix too short to match: " + e.text() + "*");
                }
            }
            List<Node<T>> frontier = List.of(root);
            for (List<Element> alternatives : phrase) {
                List<Node<T>> next = new ArrayList<>();
                for (Node<T> node : frontier) {
                    for (Element e : alternatives) {
                        Node<T> child = node.child(e);
                        if (!next.contains(child)) {
                            next.add(child);
                        }
                    }
                }
                frontier = next;
            }
            for (Node<T> end : frontier) {
                if (!end.values.contains(value)) {
                    end.values.add(value);
                }
            }
            size++;
            return this;
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(root, size);
        }
    }
}
