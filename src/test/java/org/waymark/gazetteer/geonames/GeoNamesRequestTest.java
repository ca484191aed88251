package org.waymark.gazetteer.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GeoNamesRequestTest {

    @Test
    void theCacheKeyIgnoresParameterOrderAndHoldsNoUsername() {
        GeoNamesRequest a = GeoNamesRequest.of("searchJSON", "name_equals", "Deir ez-Zor", "featureClass", "P",
                "featureClass", "A", "maxRows", "20");
        GeoNamesRequest b = GeoNamesRequest.of("searchJSON", "maxRows", "20", "featureClass", "A",
                "name_equals", "Deir ez-Zor", "featureClass", "P");

        assertEquals(a.cacheKey(), b.cacheKey());
        assertEquals("searchJSON?featureClass=A&featureClass=P&maxRows=20&name_equals=Deir%20ez-Zor", a.cacheKey());
        assertFalse(a.cacheKey().contains("username"));
    }

    @Test
    void theUriCarriesTheEncodedUsernameAndParameters() {
        GeoNamesRequest r = GeoNamesRequest.of("searchJSON", "name_equals", "Ḩalab & Co");

        URI uri = r.uri(URI.create("https://secure.geonames.net/premium/"), "a user");

        assertEquals("https://secure.geonames.net/premium/searchJSON?name_equals=%E1%B8%A8alab%20%26%20Co"
                + "&username=a%20user", uri.toString());
        String first = uri.getRawQuery().split("&")[0];
        assertEquals("Ḩalab & Co", java.net.URLDecoder.decode(first.substring("name_equals=".length()),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
