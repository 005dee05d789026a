<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>gis_grid</Name>
    <UserStyle>
      <Name>gis_grid</Name>
      <Title>GridPatrol 网格 grids</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>unit</Name>
          <Title>单元网格 unit grid</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>UNIT_GRID</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#FFD666</CssParameter><CssParameter name="fill-opacity">0.35</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#A66E00</CssParameter><CssParameter name="stroke-width">1</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>other</Name>
          <Title>责任区与重点区域 zones and key areas</Title>
          <ogc:Filter><ogc:PropertyIsNotEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>UNIT_GRID</ogc:Literal></ogc:PropertyIsNotEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Stroke><CssParameter name="stroke">#C81E1E</CssParameter><CssParameter name="stroke-width">2</CssParameter><CssParameter name="stroke-dasharray">6 3</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>labels</Name>
          <MaxScaleDenominator>20000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
            <Fill><CssParameter name="fill">#5A3C00</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
