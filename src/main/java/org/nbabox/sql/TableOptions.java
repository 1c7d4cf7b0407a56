package org.nbabox.sql;

import org.nbabox.job.JobConfig;
import org.nbabox.query.BadQueryException;
import picocli.CommandLine.Option;

/** Where jobs/query and jobs/sql find the tables, and the profile their Spark session comes from. */
public final class TableOptions {

    @Option(names = "--tables", paramLabel = "DIR",
            description = "Folder holding the tables (local or s3a://), as written by jobs/batch-process --output. Default: the profile's output.")
    String tables;

    @Option(names = "--conf", paramLabel = "FILE", description = "Configuration profile (default conf/local.properties).")
    String conf;

    private JobConfig profile;

    /** The profile; {@link BadQueryException} when it cannot be read. */
    JobConfig profile() {
        if (profile == null) {
            try {
                profile = JobConfig.load(conf);
            } catch (IllegalArgumentException e) {
                throw new BadQueryException(e.getMessage());
            }
        }
        return profile;
    }

    /** The tables folder: --tables, else the profile's output. */
    String tablesDir() {
        String dir = tables != null ? tables : profile().get("output", null);
        if (dir == null) {
            throw new BadQueryException("--tables is required (or 'output' in the profile)");
        }
        return dir;
    }
}
