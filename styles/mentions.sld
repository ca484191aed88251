<?xml version="1.0" encoding="UTF-8"?>
<!--
  Waymark "mentions" layer for GeoServer (SLD 1.0): one small marker per resolved mention; place names
  (kind 'toponym') are orange circles, demonyms ('Syrian', 'Libyan') purple triangles, anything else a
  grey square. Unresolved mentions have no geometry and are not drawn. Colours match styles/mentions.qml.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>mentions</Name>
    <UserStyle>
      <Name>waymark_mentions</Name>
      <Title>Waymark mentions</Title>
      <Abstract>Each resolved mention of a place in a document; toponyms and demonyms drawn differently.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>toponym</Name>
          <Title>Place name</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>kind</ogc:PropertyName>
              <ogc:Literal>toponym</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#FD8D3C</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#7F2704</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>demonym</Name>
          <Title>Demonym (e.g. 'Syrian')</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>kind</ogc:PropertyName>
              <ogc:Literal>demonym</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>triangle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#6A51A3</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#3F007D</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>9</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>other</Name>
          <Title>Other</Title>
          <ElseFilter/>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>square</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#969696</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#505050</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                </Stroke>
              </Mark>
              <Size>6</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
