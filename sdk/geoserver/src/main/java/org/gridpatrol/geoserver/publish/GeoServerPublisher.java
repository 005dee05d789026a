package org.gridpatrol.geoserver.publish;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.geoserver.ogc.MapServiceException;

/**
 * Publishes GridPatrol's layers on a GeoServer, idempotently: a workspace, a PostGIS datastore on the
 * read-only role, then for each {@link GisLayer} its SLD style and its feature type (a new feature type
 * gets its style as the default). Whatever exists already is left as it is and reported as found, so a
 * second run changes nothing and an IT administrator's edits in GeoServer survive.
 */
public final class GeoServerPublisher {
    private static final String XML = "text/xml";
    private static final String SLD = "application/vnd.ogc.sld+xml";
    private final GeoServerRest rest;
    private final String workspace;
    private final String store;

    /**
     * @param rest      GeoServer's REST API
     * @param workspace the workspace to publish in (also the store's name), e.g. {@code gridpatrol}
     */
    public GeoServerPublisher(GeoServerRest rest, String workspace) {
        this.rest = rest;
        this.workspace = workspace;
        this.store = workspace;
    }

    /**
     * @param database how GeoServer reaches the views
     * @return what was created and what was found
     * @throws MapServiceException when GeoServer refuses a step, wants other credentials, or is unreachable
     * @throws InterruptedException when interrupted
     */
    public PublishReport publish(DatabaseConnection database) throws MapServiceException, InterruptedException {
        List<PublishReport.Step> steps = new ArrayList<>();
        String ws = "workspaces/" + workspace;
        steps.add(step("workspace", workspace, ws, "workspaces", XML,
                "<workspace><name>" + xml(workspace) + "</name></workspace>"));
        steps.add(step("datastore", store, ws + "/datastores/" + store, ws + "/datastores", XML, datastore(database)));
        for (GisLayer layer : GisLayer.values()) {
            String name = layer.view();
            steps.add(step("style", name, ws + "/styles/" + name, ws + "/styles?name=" + name, SLD, layer.sld()));
            PublishReport.Step featureType = step("featuretype", name, ws + "/datastores/" + store + "/featuretypes/" + name,
                    ws + "/datastores/" + store + "/featuretypes", XML, featureType(layer));
            steps.add(featureType);
            if (featureType.outcome() == GeoServerRest.Outcome.CREATED) {
                rest.update("set default style of " + name, "layers/" + workspace + ":" + name, XML,
                        "<layer><defaultStyle><name>" + name + "</name><workspace>" + xml(workspace)
                                + "</workspace></defaultStyle></layer>");
            }
        }
        return new PublishReport(List.copyOf(steps));
    }

    private PublishReport.Step step(String kind, String name, String path, String collection, String type, String body)
            throws MapServiceException, InterruptedException {
        if (rest.exists(path)) {
            return new PublishReport.Step(kind, name, GeoServerRest.Outcome.FOUND);
        }
        return new PublishReport.Step(kind, name, rest.create("create " + kind + " " + name, collection, type, body));
    }

    private String datastore(DatabaseConnection db) {
        // the entry form GeoServer itself writes; keys such as "Expose primary keys" hold spaces
        return "<dataStore><name>" + xml(store) + "</name>"
                + "<description>GridPatrol 网格巡查 (read-only role " + xml(db.user()) + ")</description>"
                + "<connectionParameters>"
                + entry("host", db.host()) + entry("port", Integer.toString(db.port()))
                + entry("database", db.database()) + entry("schema", db.schema())
                + entry("user", db.user()) + entry("passwd", db.password()) + entry("dbtype", "postgis")
                + entry("Expose primary keys", "false")
                + "</connectionParameters></dataStore>";
    }

    private static String entry(String key, String value) {
        return "<entry key=\"" + xml(key) + "\">" + xml(value) + "</entry>";
    }

    private static String featureType(GisLayer layer) {
        return "<featureType><name>" + layer.view() + "</name><nativeName>" + layer.view() + "</nativeName>"
                + "<title>" + xml(layer.title()) + "</title><srs>EPSG:4326</srs>"
                + "<projectionPolicy>FORCE_DECLARED</projectionPolicy></featureType>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
