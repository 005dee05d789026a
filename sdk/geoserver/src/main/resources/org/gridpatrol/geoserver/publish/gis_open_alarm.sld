<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>gis_open_alarm</Name>
    <UserStyle>
      <Name>gis_open_alarm</Name>
      <Title>GridPatrol 未处理告警 open alarms</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>open</Name>
          <Title>告警 alarm</Title>
          <PointSymbolizer><Graphic><Mark><WellKnownName>triangle</WellKnownName>
            <Fill><CssParameter name="fill">#E02020</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1</CssParameter></Stroke>
          </Mark><Size>14</Size></Graphic></PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
