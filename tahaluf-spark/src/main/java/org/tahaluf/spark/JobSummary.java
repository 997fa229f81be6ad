package org.tahaluf.spark;

import java.util.List;

/** What one run of the job did: articles analysed, events found, problems met, seconds taken. */
record JobSummary(long documents, long events, List<String> problems, double seconds) {

    JobSummary {
        problems = List.copyOf(problems);
    }

    double documentsPerSecond() {
        return seconds > 0 ? documents / seconds : 0;
    }
}
