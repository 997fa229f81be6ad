package org.tahaluf.cli;

import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tahaluf.core.Actor;
import org.tahaluf.core.Event;
import org.tahaluf.core.Modality;
import org.tahaluf.store.EventQuery;
import org.tahaluf.store.Store;

/**
 * The alliance graph as GraphML (Gephi, Cytoscape, yEd): actors as nodes, one undirected edge per
 * pair with its cooperative and conflictual event counts and the sign of their balance. Negated
 * events and copies of stored stories are not counted.
 */
final class GraphmlExport {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final Store store;

    GraphmlExport(Store store) {
        this.store = store;
    }

    void write(EventQuery query, Writer out) {
        Map<String, long[]> pairs = new TreeMap<>();
        store.forEachEvidence(query, ev -> {
            Event e = ev.event().event();
            if (e.target() == null || e.target().equals(e.source()) || e.modality() == Modality.NEGATED) {
                return;
            }
            String key = e.source().compareTo(e.target()) < 0 ? e.source() + "\t" + e.target() : e.target() + "\t" + e.source();
            pairs.computeIfAbsent(key, k -> new long[3])[e.sign() + 1]++;
        });
        ActorDirectory actors = new ActorDirectory(store);
        TreeMap<String, Actor> nodes = new TreeMap<>();
        pairs.keySet().forEach(k -> {
            for (String id : k.split("\t")) {
                nodes.put(id, actors.get(id));
            }
        });
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "name_en", "node", "string");
            key(x, "name_ar", "node", "string");
            key(x, "kind", "node", "string");
            key(x, "country", "node", "string");
            key(x, "cooperation", "edge", "long");
            key(x, "conflict", "edge", "long");
            key(x, "neutral", "edge", "long");
            key(x, "sign", "edge", "int");
            key(x, "weight", "edge", "long");
            x.writeStartElement("graph");
            x.writeAttribute("id", "tahaluf");
            x.writeAttribute("edgedefault", "undirected");
            for (Map.Entry<String, Actor> n : nodes.entrySet()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.getKey());
                Actor a = n.getValue();
                if (a != null) {
                    data(x, "name_en", a.nameEn());
                    data(x, "name_ar", a.nameAr());
                    data(x, "kind", a.kind().code());
                    data(x, "country", a.country());
                }
                x.writeEndElement();
            }
            for (Map.Entry<String, long[]> p : pairs.entrySet()) {
                String[] ends = p.getKey().split("\t");
                long[] c = p.getValue();
                x.writeStartElement("edge");
                x.writeAttribute("source", ends[0]);
                x.writeAttribute("target", ends[1]);
                data(x, "cooperation", Long.toString(c[2]));
                data(x, "conflict", Long.toString(c[0]));
                data(x, "neutral", Long.toString(c[1]));
                data(x, "sign", Long.toString(Long.signum(c[2] - c[0])));
                data(x, "weight", Long.toString(c[0] + c[1] + c[2]));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String name, String on, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", name);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
