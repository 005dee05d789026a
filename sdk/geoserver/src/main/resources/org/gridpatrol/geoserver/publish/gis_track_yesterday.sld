<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>gis_track_yesterday</Name>
    <UserStyle>
      <Name>gis_track_yesterday</Name>
      <Title>GridPatrol 昨日轨迹 yesterday's tracks</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>track</Name>
          <Title>轨迹 track</Title>
          <LineSymbolizer>
            <Stroke><CssParameter name="stroke">#7A3CC8</CssParameter><CssParameter name="stroke-width">2</CssParameter><CssParameter name="stroke-opacity">0.7</CssParameter></Stroke>
          </LineSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
