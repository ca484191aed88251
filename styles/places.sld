<?xml version="1.0" encoding="UTF-8"?>
<!--
  Waymark "places" layer for GeoServer (SLD 1.0): circles whose size grows with the number of mentions
  (7 px for one mention, 25 px from 50 mentions on, area-like steps in between), labelled with the name
  on a white halo. Colours match styles/places.qml.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>places</Name>
    <UserStyle>
      <Name>waymark_places</Name>
      <Title>Waymark places</Title>
      <Abstract>Resolved places; circle size follows the number of mentions.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>place</Name>
          <Title>Place (size: mentions)</Title>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#2C7FB8</CssParameter>
                  <CssParameter name="fill-opacity">0.75</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#08306B</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>
                <ogc:Function name="Interpolate">
                  <ogc:PropertyName>mentions</ogc:PropertyName>
                  <ogc:Literal>1</ogc:Literal><ogc:Literal>7</ogc:Literal>
                  <ogc:Literal>5</ogc:Literal><ogc:Literal>11</ogc:Literal>
                  <ogc:Literal>15</ogc:Literal><ogc:Literal>16</ogc:Literal>
                  <ogc:Literal>50</ogc:Literal><ogc:Literal>25</ogc:Literal>
                </ogc:Function>
              </Size>
            </Graphic>
          </PointSymbolizer>
          <TextSymbolizer>
            <Label>
              <ogc:PropertyName>name</ogc:PropertyName>
            </Label>
            <Font>
              <CssParameter name="font-family">SansSerif</CssParameter>
              <CssParameter name="font-size">12</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint>
                  <AnchorPointX>0</AnchorPointX>
                  <AnchorPointY>0.5</AnchorPointY>
                </AnchorPoint>
                <!-- right of the circle: half its size plus 3 px -->
                <Displacement>
                  <DisplacementX>
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>mentions</ogc:PropertyName>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>6.5</ogc:Literal>
                      <ogc:Literal>5</ogc:Literal><ogc:Literal>8.5</ogc:Literal>
                      <ogc:Literal>15</ogc:Literal><ogc:Literal>11</ogc:Literal>
                      <ogc:Literal>50</ogc:Literal><ogc:Literal>15.5</ogc:Literal>
                    </ogc:Function>
                  </DisplacementX>
                  <DisplacementY>0</DisplacementY>
                </Displacement>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>1.5</Radius>
              <Fill>
                <CssParameter name="fill">#FFFFFF</CssParameter>
                <CssParameter name="fill-opacity">0.85</CssParameter>
              </Fill>
            </Halo>
            <Fill>
              <CssParameter name="fill">#1A1A1A</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
