import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";

let registered = false;

/** Registers the layout extensions once per page (registering twice makes Cytoscape warn). */
export function setupCytoscape(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    registered = true;
  }
  return cytoscape;
}
