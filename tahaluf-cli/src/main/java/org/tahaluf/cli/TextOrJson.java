package org.tahaluf.cli;

/** The two formats of the store commands; picocli refuses any other value by name. */
enum TextOrJson {
    text, json
}
