<?xml version="1.0" encoding="UTF-8"?>
<!--
  Waymark "movements" layer for GeoServer (SLD 1.0): one great-circle line per reported movement, from
  origin to destination, with an arrow head at the destination. Width follows the number of movers
  ("count", roughly logarithmic: 1.5 px for one, 6.5 px from a million on; 2.5 px when the text gives no
  number); solid when reported, dashed when planned, dotted and paler when only possible. Colours match
  styles/movements.qml.
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
    <Name>movements</Name>
    <UserStyle>
      <Name>waymark_movements</Name>
      <Title>Waymark movements</Title>
      <Abstract>Movements reported in the documents, origin to destination; dashed when planned or possible.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>reported</Name>
          <Title>Reported</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>status</ogc:PropertyName>
              <ogc:Literal>reported</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#CB181D</CssParameter>
              <CssParameter name="stroke-width">
                <ogc:Function name="if_then_else">
                  <ogc:Function name="isNull">
                    <ogc:PropertyName>count</ogc:PropertyName>
                  </ogc:Function>
                  <ogc:Literal>2.5</ogc:Literal>
                  <ogc:Function name="Interpolate">
                    <ogc:PropertyName>count</ogc:PropertyName>
                    <ogc:Literal>1</ogc:Literal><ogc:Literal>1.5</ogc:Literal>
                    <ogc:Literal>10</ogc:Literal><ogc:Literal>2.3</ogc:Literal>
                    <ogc:Literal>100</ogc:Literal><ogc:Literal>3</ogc:Literal>
                    <ogc:Literal>1000</ogc:Literal><ogc:Literal>4</ogc:Literal>
                    <ogc:Literal>10000</ogc:Literal><ogc:Literal>5</ogc:Literal>
                    <ogc:Literal>100000</ogc:Literal><ogc:Literal>5.8</ogc:Literal>
                    <ogc:Literal>1000000</ogc:Literal><ogc:Literal>6.5</ogc:Literal>
                  </ogc:Function>
                </ogc:Function>
              </CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
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
                  <CssParameter name="fill">#CB181D</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">0.6</CssParameter>
                </Stroke>
              </Mark>
              <Size>
                <ogc:Function name="if_then_else">
                  <ogc:Function name="isNull">
                    <ogc:PropertyName>count</ogc:PropertyName>
                  </ogc:Function>
                  <ogc:Literal>21</ogc:Literal>
                  <ogc:Function name="Interpolate">
                    <ogc:PropertyName>count</ogc:PropertyName>
                    <ogc:Literal>1</ogc:Literal><ogc:Literal>20</ogc:Literal>
                    <ogc:Literal>10</ogc:Literal><ogc:Literal>21.5</ogc:Literal>
                    <ogc:Literal>100</ogc:Literal><ogc:Literal>23</ogc:Literal>
                    <ogc:Literal>1000</ogc:Literal><ogc:Literal>25</ogc:Literal>
                    <ogc:Literal>10000</ogc:Literal><ogc:Literal>27</ogc:Literal>
                    <ogc:Literal>100000</ogc:Literal><ogc:Literal>28.5</ogc:Literal>
                    <ogc:Literal>1000000</ogc:Literal><ogc:Literal>30</ogc:Literal>
                  </ogc:Function>
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
        <Rule>
          <Name>planned</Name>
          <Title>Planned</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>status</ogc:PropertyName>
              <ogc:Literal>planned</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#CB181D</CssParameter>
              <CssParameter name="stroke-width">
                <ogc:Function name="if_then_else">
                  <ogc:Function name="isNull">
                    <ogc:PropertyName>count</ogc:PropertyName>
                  </ogc:Function>
                  <ogc:Literal>2.5</ogc:Literal>
                  <ogc:Function name="Interpolate">
                    <ogc:PropertyName>count</ogc:PropertyName>
                    <ogc:Literal>1</ogc:Literal><ogc:Literal>1.5</ogc:Literal>
                    <ogc:Literal>10</ogc:Literal><ogc:Literal>2.3</ogc:Literal>
                    <ogc:Literal>100</ogc:Literal><ogc:Literal>3</ogc:Literal>
                    <ogc:Literal>1000</ogc:Literal><ogc:Literal>4</ogc:Literal>
                    <ogc:Literal>10000</ogc:Literal><ogc:Literal>5</ogc:Literal>
                    <ogc:Literal>100000</ogc:Literal><ogc:Literal>5.8</ogc:Literal>
                    <ogc:Literal>1000000</ogc:Literal><ogc:Literal>6.5</ogc:Literal>
                  </ogc:Function>
                </ogc:Function>
              </CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
              <CssParameter name="stroke-dasharray">8 4</CssParameter>
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
                  <CssParameter name="fill">#CB181D</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">0.6</CssParameter>
                </Stroke>
              </Mark>
              <Size>
                <ogc:Function name="if_then_else">
                  <ogc:Function name="isNull">
                    <ogc:PropertyName>count</ogc:PropertyName>
                  </ogc:Function>
                  <ogc:Literal>21</ogc:Literal>
                  <ogc:Function name="Interpolate">
                    <ogc:PropertyName>count</ogc:PropertyName>
                    <ogc:Literal>1</ogc:Literal><ogc:Literal>20</ogc:Literal>
                    <ogc:Literal>10</ogc:Literal><ogc:Literal>21.5</ogc:Literal>
                    <ogc:Literal>100</ogc:Literal><ogc:Literal>23</ogc:Literal>
                    <ogc:Literal>1000</ogc:Literal><ogc:Literal>25</ogc:Literal>
                    <ogc:Literal>10000</ogc:Literal><ogc:Literal>27</ogc:Literal>
                    <ogc:Literal>100000</ogc:Literal><ogc:Literal>28.5</ogc:Literal>
                    <ogc:Literal>1000000</ogc:Literal><ogc:Literal>30</ogc:Literal>
                  </ogc:Function>
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
        <Rule>
          <Name>possible</Name>
          <Title>Possible</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo>
              <ogc:PropertyName>status</ogc:PropertyName>
              <ogc:Literal>possible</ogc:Literal>
            </ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#CB181D</CssParameter>
              <CssParameter name="stroke-width">
                <ogc:Function name="if_then_else">
                  <ogc:Function name="isNull">
                    <ogc:PropertyName>count</ogc:PropertyName>
                  </ogc:Function>
                  <ogc:Literal>2.5</ogc:Literal>
                  <ogc:Function name="Interpolate">
                    <ogc:PropertyName>count</ogc:PropertyName>
                    <ogc:Literal>1</ogc:Literal><ogc:Literal>1.5</ogc:Literal>
                    <ogc:Literal>10</ogc:Literal><ogc:Literal>2.3</ogc:Literal>
                    <ogc:Literal>100</ogc:Literal><ogc:Literal>3</ogc:Literal>
                    <ogc:Literal>1000</ogc:Literal><ogc:Literal>4</ogc:Literal>
                    <ogc:Literal>10000</ogc:Literal><ogc:Literal>5</ogc:Literal>
                    <ogc:Literal>100000</ogc:Literal><ogc:Literal>5.8</ogc:Literal>
                    <ogc:Literal>1000000</ogc:Literal><ogc:Literal>6.5</ogc:Literal>
                  </ogc:Function>
                </ogc:Function>
              </CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
              <CssParameter name="stroke-opacity">0.75</CssParameter>
              <CssParameter name="stroke-dasharray">2 4</CssParameter>
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
                  <CssParameter name="fill">#CB181D</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">0.6</CssParameter>
                </Stroke>
              </Mark>
              <Size>
                <ogc:Function name="if_then_else">
                  <ogc:Function name="isNull">
                    <ogc:PropertyName>count</ogc:PropertyName>
                  </ogc:Function>
                  <ogc:Literal>21</ogc:Literal>
                  <ogc:Function name="Interpolate">
                    <ogc:PropertyName>count</ogc:PropertyName>
                    <ogc:Literal>1</ogc:Literal><ogc:Literal>20</ogc:Literal>
                    <ogc:Literal>10</ogc:Literal><ogc:Literal>21.5</ogc:Literal>
                    <ogc:Literal>100</ogc:Literal><ogc:Literal>23</ogc:Literal>
                    <ogc:Literal>1000</ogc:Literal><ogc:Literal>25</ogc:Literal>
                    <ogc:Literal>10000</ogc:Literal><ogc:Literal>27</ogc:Literal>
                    <ogc:Literal>100000</ogc:Literal><ogc:Literal>28.5</ogc:Literal>
                    <ogc:Literal>1000000</ogc:Literal><ogc:Literal>30</ogc:Literal>
                  </ogc:Function>
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
