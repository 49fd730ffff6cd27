// Type declarations for the Cytoscape package that ships none.

declare module "react-cytoscapejs" {
  import type { Component, CSSProperties } from "react";
  import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from "cytoscape";

  export interface CytoscapeComponentProps {
    id?: string;
    className?: string;
    style?: CSSProperties;
    elements: ElementDefinition[];
    stylesheet?: StylesheetJson;
    layout?: LayoutOptions;
    /** Called with the Core after every render, not only the first. */
    cy?: (cy: Core) => void;
    zoom?: number;
    minZoom?: number;
    maxZoom?: number;
    boxSelectionEnabled?: boolean;
    autounselectify?: boolean;
    textureOnViewport?: boolean;
    hideEdgesOnViewport?: boolean;
    motionBlur?: boolean;
    wheelSensitivity?: number;
    pixelRatio?: number | "auto";
  }

  export default class CytoscapeComponent extends Component<CytoscapeComponentProps> {
    static normalizeElements(elements: { nodes?: ElementDefinition[]; edges?: ElementDefinition[] } | ElementDefinition[]): ElementDefinition[];
  }
}
