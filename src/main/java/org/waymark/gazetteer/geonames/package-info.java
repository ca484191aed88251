/**
 * The GeoNames web service as a {@link org.waymark.gazetteer.Gazetteer}: {@link
 * org.waymark.gazetteer.geonames.GeoNamesWebGazetteer} asks {@code searchJSON}, {@code getJSON} and {@code
 * hierarchyJSON}, keeps every answer in a persistent {@link org.waymark.gazetteer.geonames.GeoNamesCache}, stays
 * under the account's credit limits and falls back to another gazetteer whenever the service cannot answer;
 * its {@link org.waymark.gazetteer.Gazetteer#lookup(String)} tells the caller which source did.
 */
package org.waymark.gazetteer.geonames;
