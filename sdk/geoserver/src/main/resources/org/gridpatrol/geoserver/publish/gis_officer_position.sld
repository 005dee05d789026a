<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>gis_officer_position</Name>
    <UserStyle>
      <Name>gis_officer_position</Name>
      <Title>GridPatrol 队员位置 officers</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>on-duty</Name>
          <Title>在岗 clocked in</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>clocked_in</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName>
            <Fill><CssParameter name="fill">#1E78C8</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter></Stroke>
          </Mark><Size>10</Size></Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>off-duty</Name>
          <Title>未打卡 not clocked in</Title>
          <ElseFilter/>
          <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName>
            <Fill><CssParameter name="fill">#9A9A9A</CssParameter></Fill>
          </Mark><Size>8</Size></Graphic></PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
