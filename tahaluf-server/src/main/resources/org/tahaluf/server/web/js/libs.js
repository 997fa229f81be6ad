// Loads a chart or map library the first time a page needs it, so that pages without charts do
// not parse a megabyte of JavaScript. Same-origin script files only: the CSP allows nothing else.

const LIBRARIES = {
  cytoscape: ['/webjars/cytoscape/3.33.1/dist/cytoscape.min.js'],
  echarts: ['/webjars/echarts/5.5.0/echarts.min.js'],
  leaflet: ['/webjars/leaflet/1.9.4/dist/leaflet.js'],
};

const loading = {};

export function need(name) {
  if (!loading[name]) {
    loading[name] = Promise.all(LIBRARIES[name].map((src) => new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('cannot load ' + src));
      document.head.appendChild(script);
    })));
  }
  return loading[name];
}
