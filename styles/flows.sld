<?xml version="1.0" encoding="UTF-8"?>
<!--
  Waymark "flows" layer for GeoServer (SLD 1.0): movements merged by origin and destination; line width
  follows the number of reports (1.8 px for one, 10.7 px from 20 on), with an arrow head at the
  destination. Colours match styles/flows.qml.
  The arrow head is a PointSymbolizer on endPoint(geom), turned by endAngle(geom): GeoServer's geometry
  functions inside sld:Geometry, the one construct here beyond the plain OGC SLD 1.0 schema (GeoServer's
  own SLD 1.0 schema allows it). The head is a wkt:// mark whose tip sits 0.4 head-widths before the
  origin of the mark, so it stops short of the destination and a place circle drawn on top leaves it
  visible.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>flows</Name>
    <UserStyle>
      <Name>waymark_flows</Name>
      <Title>Waymark flows</Title>
      <Abstract>Movements merged by origin and destination; width follows the number of reports.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>flow</Name>
          <Title>Flow (width: reports)</Title>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#54278F</CssParameter>
              <CssParameter name="stroke-width">
                <ogc:Function name="Interpolate">
                  <ogc:PropertyName>reports</ogc:PropertyName>
                  <ogc:Literal>1</ogc:Literal><ogc:Literal>1.8</ogc:Literal>
                  <ogc:Literal>20</ogc:Literal><ogc:Literal>10.7</ogc:Literal>
                </ogc:Function>
              </CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
              <CssParameter name="stroke-opacity">0.8</CssParameter>
            </Stroke>
          </LineSymbolizer>
          <PointSymbolizer>
            <Geometry>
              <ogc:Function name="endPoint">
                <ogc:PropertyName>geom</ogc:PropertyName>
              </ogc:Function>
            </Geometry>
            <Graphic>
              <Mark>
                <WellKnownName>wkt://POLYGON((-0.4 0, -0.9 0.5, -0.65 0, -0.9 -0.5, -0.4 0))</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#54278F</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">0.6</CssParameter>
                </Stroke>
              </Mark>
              <Size>
                <ogc:Function name="Interpolate">
                  <ogc:PropertyName>reports</ogc:PropertyName>
                  <ogc:Literal>1</ogc:Literal><ogc:Literal>20</ogc:Literal>
                  <ogc:Literal>20</ogc:Literal><ogc:Literal>32</ogc:Literal>
                </ogc:Function>
              </Size>
              <Rotation>
                <ogc:Function name="endAngle">
                  <ogc:PropertyName>geom</ogc:PropertyName>
                </ogc:Function>
              </Rotation>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
