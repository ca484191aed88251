package org.waymark.publish;

import java.net.URI;
import java.util.List;

/**
 * What a {@link GeoServerPublisher#publish} run did.
 *
 * @param geoServerVersion the version GeoServer reported, e.g. {@code 2.24.1}
 * @param workspace        the workspace the layers are in
 * @param store            the GeoPackage data store inside it
 * @param layers           the published layers, e.g. {@code places}; on GeoServer they are
 *                         {@code workspace:places}
 * @param steps            one line per change made, in order, e.g. {@code created workspace news}
 * @param wmsCapabilities  the workspace's WMS GetCapabilities URL, to add the layers to a map client
 */
public record Publication(String geoServerVersion, String workspace, String store, List<String> layers,
                          List<String> steps, URI wmsCapabilities) {

    public Publication {
        layers = List.copyOf(layers);
        steps = List.copyOf(steps);
    }
}
