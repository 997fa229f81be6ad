package org.tahaluf.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session the job runs in. */
final class Sessions {

    private Sessions() {
    }

    /**
     * A session on {@code master}; with none given, the master spark-submit set, else every local
     * core. Dates reach rows as {@link java.time.LocalDate}, the product's own type.
     */
    static SparkSession open(String master) {
        String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
        SparkSession.Builder builder = SparkSession.builder()
                .appName("tahaluf")
                .master(chosen)
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (chosen.startsWith("local")) {
            // nobody watches a local run's web UI; it would only take a port
            builder.config("spark.ui.enabled", "false");
        }
        return builder.getOrCreate();
    }
}
