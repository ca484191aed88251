package org.waymark.gazetteer;

/**
 * The tables of a version 1 index file ({@link LegacyIndexFile}) as parallel primitive arrays. Places are sorted by
 * geonameid (binary search for {@code byId}); lookup keys are normalized names sorted by their UTF-8 bytes, each with
 * a run of place indices in {@code postings}, most populous first.
 *
 * @param ids            geonameid per place, ascending
 * @param latitudes      per place
 * @param longitudes     per place
 * @param names          display name per place
 * @param features       per place, index into featureClasses/featureCodes
 * @param featureClasses distinct feature classes ("P")
 * @param featureCodes   distinct feature codes ("PPLA"), parallel to featureClasses
 * @param countries      per place, index into countryTable
 * @param countryTable   distinct country codes ("" for none)
 * @param admin1s        per place, index into admin1Table
 * @param admin1Table    distinct admin1 codes ("" for none)
 * @param populations    per place, 0 when unknown
 * @param keyBytes       the sorted normalized names, UTF-8, concatenated
 * @param keyStarts      key k is keyBytes[keyStarts[k], keyStarts[k+1])
 * @param postingStarts  key k names places postings[postingStarts[k], postingStarts[k+1])
 * @param postings       place indices
 * @param maxNameTokens  longest key in tokens
 * @param countryCodes   ISO codes that have a country place, parallel to countryPlaces
 * @param countryPlaces  place index of each country
 * @param admin1Keys     "CC.A1" keys, parallel to admin1Places
 * @param admin1Places   place index of each admin1 division
 * @param demonymForms   normalized demonyms, parallel to demonymCodes
 * @param demonymCodes   ISO country code of each demonym
 */
record IndexTables(long[] ids, double[] latitudes, double[] longitudes, String[] names,
                   short[] features, String[] featureClasses, String[] featureCodes,
                   short[] countries, String[] countryTable, int[] admin1s, String[] admin1Table,
                   long[] populations,
                   byte[] keyBytes, int[] keyStarts, int[] postingStarts, int[] postings, int maxNameTokens,
                   String[] countryCodes, int[] countryPlaces, String[] admin1Keys, int[] admin1Places,
                   String[] demonymForms, String[] demonymCodes) {

    int placeCount() {
        return ids.length;
    }

    int keyCount() {
        return keyStarts.length - 1;
    }
}
