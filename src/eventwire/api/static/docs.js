// A readable page of the API's OpenAPI description, drawn locally (no CDN, no Swagger bundle).
"use strict";
(async () => {
  const spec = await (await fetch("/openapi.json")).json();
  const host = document.getElementById("endpoints");
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const section = document.createElement("div");
      section.className = "endpoint";
      const h = document.createElement("h2");
      h.textContent = method.toUpperCase() + " " + path;
      const summary = document.createElement("p");
      summary.textContent = op.summary || "";
      const description = document.createElement("p");
      description.className = "hint";
      description.textContent = op.description || "";
      section.append(h, summary, description);
      host.appendChild(section);
    }
  }
})();
