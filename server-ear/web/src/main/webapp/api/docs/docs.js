// The document MicroProfile OpenAPI serves for the whole API; API keys go in the "Authorize" dialog.
window.ui = SwaggerUIBundle({
  url: "/openapi?format=JSON",
  dom_id: "#docs",
  deepLinking: true,
  tryItOutEnabled: false
});
