package org.gridpatrol.model.geoserver;

import java.util.List;

/**
 * What publishing on GeoServer did.
 *
 * @param geoserverUrl where
 * @param workspace    in which workspace
 * @param steps        each resource and what happened to it
 * @param created      how many this run created
 * @param found        how many were there already
 */
public record GeoServerPublishResult(String geoserverUrl, String workspace, List<Step> steps, long created, long found) {

    /**
     * One resource.
     *
     * @param kind    {@code workspace}, {@code datastore}, {@code style} or {@code featuretype}
     * @param name    its name
     * @param outcome {@code CREATED} or {@code FOUND}
     */
    public record Step(String kind, String name, String outcome) {
    }
}
