/** The explore view: canvas with its toolbar (the filter sidebar and details panel come from the layout). */
import { CanvasToolbar } from "../features/canvas/components/canvas-toolbar";
import { GraphCanvas } from "../features/canvas/components/graph-canvas";

export function ExploreView() {
  return (
    <div className="explore-view">
      <CanvasToolbar />
      <GraphCanvas />
    </div>
  );
}
