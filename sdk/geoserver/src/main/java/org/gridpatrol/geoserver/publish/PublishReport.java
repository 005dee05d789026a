package org.gridpatrol.geoserver.publish;

import java.util.List;

/**
 * What a publishing run did, step by step.
 *
 * @param steps every resource with what happened to it
 */
public record PublishReport(List<Step> steps) {

    /**
     * One resource.
     *
     * @param kind    workspace, datastore, style or featuretype
     * @param name    its name
     * @param outcome created by this run, or found already there
     */
    public record Step(String kind, String name, GeoServerRest.Outcome outcome) {
    }

    /** @return how many resources this run created */
    public long created() {
        return steps.stream().filter(s -> s.outcome() == GeoServerRest.Outcome.CREATED).count();
    }

    /** @return how many were there already */
    public long found() {
        return steps.stream().filter(s -> s.outcome() == GeoServerRest.Outcome.FOUND).count();
    }

    /** @return one line per step, then a summary, for the console and the audit log */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Step s : steps) {
            text.append(String.format("%-11s %-32s %s%n", s.kind(), s.name(),
                    s.outcome() == GeoServerRest.Outcome.CREATED ? "created 已创建" : "found 已存在"));
        }
        return text.append(created()).append(" created, ").append(found()).append(" found").toString();
    }
}
