// Concordia's browser helpers: Leaflet maps of sites and Chart.js charts, called from Blazor components.
(function () {
  "use strict";

  const kindColours = {
    "venue": "#1f5fbf",
    "fan-zone": "#d9822b",
    "village": "#2e8b57",
    "ceremony-sector": "#c0392b",
    "transport-hub": "#7d3c98",
    "other": "#5d6d7e"
  };

  const maps = new Map();
  const charts = new Map();

  function escapeHtml(text) {
    return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]));
  }

  function popup(p) {
    const demand = p.demand != null ? `<br><strong>${p.demand.toLocaleString()}</strong> needed on the selected day` : "";
    const parent = p.parent ? `<br>Sector of ${escapeHtml(p.parent)}` : "";
    return `<strong>${escapeHtml(p.name)}</strong> <span class="map-code">${escapeHtml(p.code)}</span><br>${escapeHtml(p.kind)}${p.city ? " · " + escapeHtml(p.city) : ""}${parent}${demand}`;
  }

  // Renders (or re-renders) a map of sites into element. Works without any tile server: sites are vector layers.
  function renderMap(element, featureCollection, options) {
    const previous = maps.get(element);
    if (previous) { previous.remove(); }
    const map = L.map(element, { preferCanvas: false, zoomControl: true, attributionControl: true });
    if (options && options.tileUrl) {
      L.tileLayer(options.tileUrl, { maxZoom: 19, attribution: options.tileAttribution || "" }).addTo(map);
    } else {
      element.classList.add("map-no-tiles");
    }

    let points = 0;
    const layer = L.geoJSON(featureCollection, {
      pointToLayer: (feature, latlng) => {
        points++;
        const kind = feature.properties.kind;
        const demand = feature.properties.demand || 0;
        return L.circleMarker(latlng, {
          radius: demand > 0 ? Math.min(14, 5 + Math.sqrt(demand) / 4) : 6,
          color: "#ffffff",
          weight: 1.5,
          fillColor: kindColours[kind] || "#34495e",
          fillOpacity: 0.9,
          className: `site-marker site-kind-${kind}`
        });
      },
      // Points are styled in pointToLayer; this styles outlines only.
      style: feature => feature.geometry.type === "Point" ? {} : ({
        color: kindColours[feature.properties.kind] || "#34495e",
        weight: 2,
        fillOpacity: 0.25,
        className: `site-area site-kind-${feature.properties.kind}`
      }),
      onEachFeature: (feature, l) => {
        l.bindTooltip(escapeHtml(feature.properties.name));
        l.bindPopup(popup(feature.properties));
        if (options && options.linkPrefix) {
          l.on("dblclick", () => { window.location.href = options.linkPrefix + encodeURIComponent(feature.properties.code); });
        }
      }
    });

    // Vector layers need a view before they are added: without tiles nothing else would set one.
    if (options && options.focus && options.focus.length === 4) {
      map.fitBounds([[options.focus[0], options.focus[1]], [options.focus[2], options.focus[3]]], { padding: [20, 20], maxZoom: 15 });
    } else if (layer.getLayers().length > 0) {
      map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 15 });
    } else {
      map.setView([0, 0], 2);
    }

    layer.addTo(map);
    if (options && options.route && options.route.length > 1) {
      L.polyline(options.route.map(p => [p.lat, p.lon]), { color: "#c0392b", weight: 3, dashArray: "6 6", className: "ceremony-route" }).addTo(map);
    }

    const legend = L.control({ position: "bottomright" });
    legend.onAdd = () => {
      const div = L.DomUtil.create("div", "map-legend");
      div.innerHTML = Object.entries(kindColours)
        .map(([kind, colour]) => `<span><i style="background:${colour}"></i>${kind}</span>`).join("");
      return div;
    };
    legend.addTo(map);

    element.dataset.markers = String(points);
    maps.set(element, map);
    setTimeout(() => map.invalidateSize(), 0);
  }

  let worldTopology = null;

  function shade(value, max) {
    if (!value) { return "#e3e8ee"; }
    const ratio = Math.log(1 + value) / Math.log(1 + max);
    const palette = ["#cfe0f5", "#9fc2eb", "#6ea3df", "#3f83cf", "#1f5fbf", "#143f80"];
    return palette[Math.min(palette.length - 1, Math.floor(ratio * palette.length))];
  }

  // A choropleth of countries (world-atlas, ISO 3166-1 numeric ids) with values keyed by numeric code.
  async function renderWorldMap(element, values, options) {
    const previous = maps.get(element);
    if (previous) { previous.remove(); }
    if (!worldTopology) {
      const response = await fetch(options.topologyUrl);
      worldTopology = await response.json();
    }

    const countries = topojson.feature(worldTopology, worldTopology.objects.countries);
    const max = Math.max(1, ...Object.values(values));
    const map = L.map(element, { zoomControl: true, attributionControl: false, worldCopyJump: true });
    map.setView([30, 10], 2);
    let coloured = 0;
    L.geoJSON(countries, {
      style: feature => {
        const value = values[feature.id] || 0;
        if (value > 0) { coloured++; }
        return { color: "#ffffff", weight: 0.6, fillColor: shade(value, max), fillOpacity: 1, className: value > 0 ? "country contributing" : "country" };
      },
      onEachFeature: (feature, layer) => {
        const value = values[feature.id] || 0;
        layer.bindTooltip(`${escapeHtml(feature.properties.name)}: ${value.toLocaleString()} ${escapeHtml(options.unit || "")}`);
      }
    }).addTo(map);
    if (options.focus && options.focus.length === 4) {
      map.fitBounds([[options.focus[0], options.focus[1]], [options.focus[2], options.focus[3]]]);
    }

    element.dataset.countries = String(coloured);
    maps.set(element, map);
    setTimeout(() => map.invalidateSize(), 0);
  }

  function renderChart(canvas, config) {
    const previous = charts.get(canvas);
    if (previous) { previous.destroy(); }
    const chart = new Chart(canvas, config);
    charts.set(canvas, chart);
    canvas.dataset.rendered = "true";
  }

  function dispose(element) {
    const map = maps.get(element);
    if (map) { map.remove(); maps.delete(element); }
    const chart = charts.get(element);
    if (chart) { chart.destroy(); charts.delete(element); }
  }

  window.concordia = { renderMap, renderWorldMap, renderChart, dispose };
})();
